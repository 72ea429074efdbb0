/**
 * What the worker said about each address a compose guard asked about. Every answer is kept, even
 * one that arrives after the recipients changed again: the guard asks only for addresses it has no
 * fresh answer for, so a slow worker (10,000 contacts, a busy machine) cannot starve it of answers
 * while the user keeps typing, and re-adding a known address shows its warning without asking.
 * Answers expire after TTL_MS (the store changes: a new bounce, the user marks a contact OK).
 */
import type { ComposeWarning } from '../../store/compose-warnings'

export const TTL_MS = 60_000
/** Past this many addresses, forget everything (a page open for days). */
const MAX_KNOWN = 2000

export class ComposeAnswers {
  private known = new Map<string, { warning: ComposeWarning | null; at: number }>()
  private asking = new Set<string>()
  /** The user's setting, as of the last answer; off: nothing is shown and nothing kept. */
  private enabled = true

  warningFor(address: string): ComposeWarning | null {
    return this.enabled ? this.known.get(address)?.warning ?? null : null
  }

  /** Addresses to ask about now: no fresh answer and not already asked. */
  toAsk(addresses: string[], now: number): string[] {
    return addresses.filter((a) => {
      if (this.asking.has(a)) return false
      const k = this.known.get(a)
      return !this.enabled || !k || now - k.at > TTL_MS
    })
  }

  begin(batch: string[]): void {
    for (const a of batch) this.asking.add(a)
  }

  settle(batch: string[], answer: { enabled: boolean; warnings: ComposeWarning[] }, now: number): void {
    for (const a of batch) this.asking.delete(a)
    this.enabled = answer.enabled
    if (!answer.enabled) {
      this.known.clear()
      return
    }
    if (this.known.size > MAX_KNOWN) this.known.clear()
    const byAddress = new Map(answer.warnings.map((w) => [w.address, w]))
    // Only the addresses asked: an answer cannot add warnings about anyone else.
    for (const a of batch) this.known.set(a, { warning: byAddress.get(a) ?? null, at: now })
  }

  fail(batch: string[]): void {
    for (const a of batch) this.asking.delete(a)
  }
}
