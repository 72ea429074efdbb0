/**
 * Decides one recipient's reason, in the shape of Sisimai's reason/find.go (our tables):
 * 1. the decoder's own reason, then the receiving host's code table;
 * 2. first pass: each classifier in FIRST_PASS order may claim the recipient from the status code,
 *    the SMTP command and its phrases (only for SMTP diagnostics);
 * 3. second pass: the status code's reason when it is specific, else phrases in SECOND_PASS order,
 *    then the status's subject (X.6 content, X.7 security), the reply code, the action, the command;
 * 4. otherwise onhold (a reason exists but is unclear) or undefined (nothing said).
 */
import type { RemoteHostRule } from '../dialect'
import type { Action, Reason } from '../types'
import { FIRST_PASS, RULES, SECOND_PASS } from './order'
import { matchesRule, type Fact, type ReasonRule } from './rule'
import { reasonOfStatus, WEAK_STATUS_REASONS } from './status'
import { deadAddress } from './dead-address'
import { reasonOfReplyCode } from './reply-code'
import { isTemporaryCode } from './temporary'
import { singleSpaced } from '../spaces'

export interface ReasonInput {
  action: Action
  status: string
  replyCode: string
  diagnostic: string
  diagnosticType?: string
  command: string
  remoteMta: string
  domain: string
  decoderReason?: Reason
}

/** Phrase matching looks at this much of a server's text: enough for any real reply, bounded for hostile ones. */
export const MAX_DIAGNOSTIC_SCAN = 4096

export function normaliseText(text: string): string {
  const t = text.length > MAX_DIAGNOSTIC_SCAN ? text.slice(0, MAX_DIAGNOSTIC_SCAN) : text
  // Typographic apostrophes (Microsoft 365's French "n’existe pas") read as the ASCII one the phrases use.
  return singleSpaced(t.toLowerCase()).replace(/[\u2018\u2019\u02bc]/g, "'")
}

/** The first reason whose phrases the text says, in SECOND_PASS order; null when none. */
export function phraseReason(text: string, order: readonly Reason[] = SECOND_PASS): Reason | null {
  const lower = normaliseText(text)
  for (const reason of order) if (matchesRule(RULES[reason], lower)) return reason
  return null
}

/**
 * FIRST_PASS's classifiers looked up once, in one object shape: the rules themselves come in many
 * shapes (with or without probe, unless, patterns), and reading `probe` off each per recipient was a
 * megamorphic load: 1.9 M of 1,534 M instructions per corpus round.
 */
interface FirstPassEntry { reason: Reason; rule: ReasonRule; probe: ((fact: Fact) => boolean) | null }

const FIRST_PASS_RULES: readonly FirstPassEntry[] = FIRST_PASS.map((reason) => ({ reason, rule: RULES[reason], probe: RULES[reason].probe ?? null }))

/** A class, not an object with a closure: one allocation per recipient, no per-call function. */
class RecipientFact implements Fact {
  private readonly memo = new Map<ReasonRule, boolean>()

  constructor(
    readonly text: string,
    readonly status: string,
    readonly statusReason: Reason | null,
    readonly replyCode: string,
    readonly command: string,
    readonly temporary: boolean,
  ) {}

  says(rule: ReasonRule): boolean {
    let hit = this.memo.get(rule)
    if (hit === undefined) this.memo.set(rule, (hit = matchesRule(rule, this.text)))
    return hit
  }
}

function explicit(reason: Reason | undefined): reason is Reason {
  return !!reason && reason !== 'undefined' && reason !== 'onhold'
}

/** The opening of a local program's output ("Command output: User doesn't exist: x") says the user does not exist. */
function programSaysNoUser(text: string): boolean {
  const at = text.indexOf('command output:')
  const output = (at < 0 ? text : text.slice(at + 'command output:'.length)).trimStart().slice(0, 60)
  return matchesRule(deadAddress, output)
}

export function classify(input: ReasonInput, rules: readonly RemoteHostRule[]): Reason {
  if (input.decoderReason === 'feedback') return 'feedback'
  if (input.status.startsWith('2.') || input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded') {
    return 'delivered'
  }
  // A decoder's reason stands (it read the notice's own format); a remote host's table may refine a weak one.
  if (explicit(input.decoderReason) && !WEAK_STATUS_REASONS.has(input.decoderReason)) return input.decoderReason

  for (const rule of rules) {
    if (!rule.matches(input.remoteMta, input.domain)) continue
    const r = rule.reason({ status: input.status, replyCode: input.replyCode, diagnostic: input.diagnostic })
    if (r) return r
  }
  // A weak reason for a refusal of MAIL FROM is about the sender, whatever the decoder guessed.
  if (explicit(input.decoderReason) && input.command !== 'MAIL') return input.decoderReason
  const text = normaliseText(input.diagnostic)
  const statusReason = reasonOfStatus(input.status)
  const temporary = input.action === 'delayed' || isTemporaryCode(input.status, input.replyCode)
  const fact = new RecipientFact(text, input.status, statusReason, input.replyCode, input.command, temporary)
  const type = (input.diagnosticType ?? '').toUpperCase()
  const smtp = type === '' || type === 'SMTP'

  if (smtp) {
    for (const { reason, rule, probe } of FIRST_PASS_RULES) {
      const hit = probe ? probe(fact) : statusReason === reason || fact.says(rule)
      if (hit) return reason
    }
  }

  if (statusReason && !WEAK_STATUS_REASONS.has(statusReason) && smtp) return statusReason
  // A local delivery program that says the user does not exist, under a dead-address status: Postfix's
  // pipe(8) turns the command's EX_NOUSER exit into 5.1.1 (sys_exits.c), and dovecot-lda exits so with
  // "User doesn't exist" (real-messages-e.test.ts). When the program's output opens with those words they
  // decide over "Command died with status"; any other program failure under 5.1.1, even one that quotes a
  // lookup's "No such user" further on ("procmail: Couldn't create …", lhost-postfix-01), stays mailererror.
  if (!smtp && statusReason === 'userunknown' && !temporary && programSaysNoUser(text)) return 'userunknown'
  for (const reason of SECOND_PASS) if (fact.says(RULES[reason])) return reason
  // X.5.4 ("invalid command arguments", Sisimai's systemerror) whose words say the arguments' syntax
  // was refused: the sending software's parameters (OpenSMTPD's "Bad NOTIFY parameter syntax").
  if (statusReason === 'systemerror' && input.status.startsWith('5.5.') && fact.says(RULES.syntaxerror)) return 'syntaxerror'
  if (statusReason) return statusReason
  // Non-SMTP diagnostics (X-Postfix, X-Outbound-Mail-Relay...) skipped the first pass; their words still count.
  if (!smtp) for (const reason of FIRST_PASS) if (fact.says(RULES[reason])) return reason

  const subject = input.status.slice(0, 3)
  if (subject === '5.6' || subject === '4.6') return 'contenterror'
  if (subject === '5.7' || subject === '4.7') return 'securityerror'
  if (type.startsWith('X-UNIX')) return 'mailererror'
  if (fact.says(RULES.syntaxerror) || /^5\.5\.[1-6]$/.test(input.status)) return 'syntaxerror'
  const byReply = input.status ? null : reasonOfReplyCode(input.replyCode)
  if (byReply) return byReply
  if (input.action === 'delayed') return 'expired'
  // Refused at the greeting (CONN) or at HELO/EHLO: the client host itself is not welcome (lhost-sendmail-16).
  if (input.command === 'EHLO' || input.command === 'HELO' || input.command === 'CONN') return 'blocked'
  if (fact.says(RULES.vacation)) return 'vacation'
  return text ? 'onhold' : 'undefined'
}
