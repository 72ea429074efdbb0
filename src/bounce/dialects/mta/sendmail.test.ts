/** sendmail 8 (and ActiveHunter, which copies its frame): every corpus sample this dialect decodes, rows from labels.json. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../index'
import { expectTable, HANDWRITTEN, type Table } from './lib/corpus-table'

const TABLE: Table = [
  ['lhost-activehunter-01.eml', [['kijitora@example.org', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-activehunter-02.eml', [['kijitora@example.ed.jp', '5.0.910', '550', 'filtered', false]]],
  ['lhost-bigfoot-02.eml', [['kijitora@example.org', '5.7.1', '553', 'userunknown', true]]],
  ['lhost-sendmail-01.eml', [['userunknown@bouncehammer.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-02.eml', [['userunknown@example.org', '5.1.1', '550', 'userunknown', true], ['filtered@example.com', '5.2.1', '550', 'filtered', false]]],
  ['lhost-sendmail-03.eml', [['bounce0@example.org', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-04.eml', [['kijitora@example.com', '5.1.8', '553', 'rejected', false]]],
  ['lhost-sendmail-05.eml', [['kijitora@example.org', '5.2.3', '552', 'exceedlimit', false]]],
  ['lhost-sendmail-06.eml', [['kijitora@example.org', '5.6.9', '550', 'contenterror', false]]],
  ['lhost-sendmail-07.eml', [['kijitora@example.org', '5.7.1', '554', 'norelaying', false]]],
  ['lhost-sendmail-08.eml', [['neko@example.org', '4.7.1', '450', 'requireptr', false]]],
  ['lhost-sendmail-09.eml', [['kijitora@example.co.jp', '5.7.9', '554', 'policyviolation', false]]],
  ['lhost-sendmail-10.eml', [['kijitora@example.or.jp', '4.7.1', '450', 'blocked', false]]],
  ['lhost-sendmail-11.eml', [['kijitora@example.co.jp', '4.4.7', '', 'networkerror', false]]],
  ['lhost-sendmail-12.eml', [['kijitora@example.org', '4.4.7', '', 'expired', false]]],
  ['lhost-sendmail-13.eml', [['kijitora@example.or.jp', '5.3.0', '550', 'systemerror', false]]],
  ['lhost-sendmail-14.eml', [['kijitora@example.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-15.eml', [['kijitora@example.org', '5.1.2', '550', 'hostunknown', true]]],
  ['lhost-sendmail-16.eml', [['aoduigoadiugoaiugaodiugao@example.org', '5.5.0', '554', 'blocked', false]]],
  ['lhost-sendmail-17.eml', [['kijitora@example.net', '5.1.6', '551', 'hasmoved', true]]],
  ['lhost-sendmail-18.eml', [['kijitora@example.jp', '5.3.0', '554', 'mailererror', false]]],
  ['lhost-sendmail-19.eml', [['kijitora@ntt.example.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['lhost-sendmail-20.eml', [['kijitora@example.com', '5.4.6', '554', 'networkerror', false]]],
  ['lhost-sendmail-21.eml', [['kijitora@cat.example.ne.jp', '4.4.7', '', 'blocked', false]]],
  ['lhost-sendmail-22.eml', [['kijitora@example.net', '5.1.6', '551', 'hasmoved', true]]],
  ['lhost-sendmail-24.eml', [['neko@xn--cesupi09d.jp', '5.1.2', '550', 'hostunknown', true]]],
  ['lhost-sendmail-25.eml', [['=?utf-8?b?8j+qipcfkig=?=@example.org', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-26.eml', [['this-local-part-does-not-exist-on-the-system@gol.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-27.eml', [['this-local-part-does-not-exist-on-the-system@mineo.jp', '5.0.0', '550', 'filtered', false]]],
  ['lhost-sendmail-28.eml', [['this-local-part-does-not-exist-on-the-system@uqmobile.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-29.eml', [['this-local-part-does-not-exist-on-the-system@y-mobile.ne.jp', '4.5.0', '421', 'expired', false]]],
  ['lhost-sendmail-30.eml', [['this-local-part-does-not-exist-on-the-system@y-mobile.ne.jp', '4.4.7', '421', 'expired', false]]],
  ['lhost-sendmail-31.eml', [['kijitora@example.net', '5.7.0', '552', 'policyviolation', false], ['sabatora@example.net', '5.7.0', '552', 'policyviolation', false]]],
  ['lhost-sendmail-32.eml', [['nyaaan@neko.example.jp', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-33.eml', [['mailboxfull@neko.example.org', '5.7.1', '550', 'blocked', false]]],
  ['lhost-sendmail-34.eml', [['libsisimai@example.jp', '5.7.0', '552', 'policyviolation', false]]],
  ['lhost-sendmail-35.eml', [['kijitora@example.org', '5.7.13', '525', 'suspend', false]]],
  ['lhost-sendmail-36.eml', [['kijitora@nyaan.example.com', '5.7.1', '550', 'blocked', false]]],
  ['lhost-sendmail-37.eml', [['kijitora@nyaan.example.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-38.eml', [['kijitora@example.com', '5.7.1', '550', 'spamdetected', false]]],
  ['lhost-sendmail-39.eml', [['kijitora@nekochan.example.ne.jp', '4.4.5', '452', 'systemfull', false]]],
  ['lhost-sendmail-40.eml', [['kijitora@ntt.example.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['lhost-sendmail-41.eml', [['this-local-part-does-not-exist@yahoo.com', '5.0.0', '554', 'userunknown', true]]],
  ['lhost-sendmail-42.eml', [['nekochan@libsisimai.org', '5.1.2', '550', 'hostunknown', true]]],
  ['lhost-sendmail-43.eml', [['kijitora@gmail.example.com', '5.7.1', '550', 'notcompliantrfc', false]]],
  ['lhost-sendmail-44.eml', [['kijitora@rokujo.example.jp', '5.6.0', '552', 'contenterror', false]]],
  ['lhost-sendmail-45.eml', [['pseudo-local-part-kijitora-nyaaan@orange.fr', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-46.eml', [['pseudo-local-part-kijitora-nyaaan@laposte.net', '5.5.0', '550', 'userunknown', true]]],
  ['lhost-sendmail-47.eml', [['pseudo-local-part-kijitora-nyaan@free.fr', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-48.eml', [['pseudo-local-part-kijitora-nyaan@sfr.fr', '5.7.1', '550', 'filtered', false]]],
  ['lhost-sendmail-49.eml', [['this-local-part-does-not-exist-on@au.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-50.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['lhost-sendmail-51.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['lhost-sendmail-52.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@au.com', '5.1.1', '550', 'userunknown', true]]],
  ['lhost-sendmail-53.eml', [['sironeko@example.com', '5.0.0', '550', 'securityerror', false]]],
  ['lhost-sendmail-54.eml', [['kijitora@neko.example.jp', '4.4.7', '', 'expired', false]]],
  ['lhost-sendmail-55.eml', [['nyaan@example.jp', '4.5.0', '451', 'mailererror', false]]],
  // Sisimai reads the last quoted reply (421 4.7.0 after QUIT); the report part and the reason line say 5.5.0 / 554.
  ['lhost-sendmail-56.eml', [['neko-nyaan@icloud.example.com', '5.5.0', '554', 'blocked', false]]],
  ['lhost-sendmail-57.eml', [['neko@libsisimai.org', '5.7.27', '550', 'notaccept', true]]],
  ['lhost-sendmail-58.eml', [['info@example.jp', '5.7.1', '550', 'authfailure', false]]],
  ['lhost-sendmail-59.eml', [['info@example.jp', '5.7.1', '550', 'authfailure', false]]],
  ['lhost-sendmail-60.eml', [['kijitora-cat@google.example.com', '5.7.26', '550', 'authfailure', false]]],
  ['rfc3464-04.eml', [['kijitora@mailx-53.neko.example.edu', '5.5.0', '554', 'mailererror', false]]],
  ['rfc3464-06.eml', [['kijitora@example.net', '5.5.0', '', 'userunknown', true]]],
  ['rfc3464-36.eml', [['kijitora@nyaan.example.com', '4.0.0', '', 'expired', false]]],
  ['rhost-franceptt-01.eml', [['pseudo-local-part-kijitora-nyaaan@orange.fr', '5.1.1', '550', 'userunknown', true]]],
  ['rhost-franceptt-02.eml', [['pseudo-local-part-kijitora-nyaaan@laposte.net', '5.5.0', '550', 'userunknown', true]]],
  ['rhost-godaddy-02.eml', [['kijitora@example.com', '5.1.3', '553', 'blocked', false]]],
  ['rhost-google-01.eml', [['shironeko@example.ne.jp', '5.2.1', '550', 'suspend', false]]],
  ['rhost-google-07.eml', [['kijitora-cat@google.example.com', '5.2.1', '550', 'suspend', false]]],
  ['rhost-kddi-01.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['rhost-kddi-02.eml', [['otsu-sakaba-hunter-neko-nyaaaaaaan@au.com', '5.1.1', '550', 'userunknown', true]]],
  ['rhost-microsoft-01.eml', [['kijitora@example.com', '5.7.606', '550', 'blocked', false]]],
  ['rhost-microsoft-04.eml', [['pseudo-local-part-of-microsoft@outlook.com', '5.7.509', '550', 'authfailure', false]]],
  ['rhost-nttdocomo-01.eml', [['azumakuniyuki@ntt.docomo.example.ne.jp', '5.2.0', '550', 'filtered', false]]],
  ['rhost-yahooinc-03.eml', [['this-local-part-does-not-exist@yahoo.com', '5.0.0', '554', 'userunknown', true]]],
]

describe('sendmail', () => expectTable('sendmail', TABLE))

describe('sendmail, handwritten', () => {
  // A return receipt quotes "<a@b>... relayed" in its transcript: no failure may come out of it.
  it('reads a success notice as no bounce', async () => {
    const report = await parseBounce(readFileSync(join(HANDWRITTEN, 'sendmail-success.eml')))
    expect(report.kind === 'delivered' && report.recipients.map((r) => [r.address, r.action, r.verdict]))
      .toEqual([['tom@partner.example', 'relayed', 'none']])
  })
})
