/**
 * Which field separator the CSV export uses. A double-clicked .csv opens in Excel split on the
 * Windows "list separator", which is ';' wherever numbers are written with a decimal comma: with a
 * comma file, a French or Italian Excel shows every row in one column.
 *
 * 'auto' picks ';' for French and Italian (every region: Windows' fr-CH and it-CH write 1.5 yet keep
 * ';', as de-CH does) and for any language whose decimal mark is a comma, else ','. Why the decimal
 * mark decides: Excel refuses a list separator equal to the decimal separator and then uses ';'
 * (Daniel Rentz, Excel's formula separators by system locale, with de_DE → ';' and de_CH → ';':
 * https://www.mail-archive.com/dev@sc.openoffice.org/msg01565.html). The decimal mark comes from
 * CLDR through Intl, so German, Spanish (Spain), Portuguese, Dutch… get ';' and en-US, es-MX get ','.
 * A region with a point but ';' (de-CH) gets ','; its users choose "Semicolon" in the options.
 */
import type { CsvSeparatorChoice } from '../store/types'

export type CsvSeparator = ',' | ';'

/** Languages whose Excel uses ';' in every region, decimal point or not (issue: French users). */
const SEMICOLON_LANGUAGES = ['fr', 'it']

export function resolveSeparator(choice: CsvSeparatorChoice, uiLanguage: string): CsvSeparator {
  if (choice === 'comma') return ','
  if (choice === 'semicolon') return ';'
  const language = uiLanguage.toLowerCase().split(/[-_]/)[0]
  if (SEMICOLON_LANGUAGES.includes(language)) return ';'
  return decimalMark(uiLanguage) === ',' ? ';' : ','
}

function decimalMark(tag: string): string {
  try {
    return new Intl.NumberFormat(tag.replace(/_/g, '-')).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  } catch {
    // A tag Intl refuses (RangeError): the RFC 4180 default.
    return '.'
  }
}
