/** RFC 4180 cells for the scan command's --csv output, with spreadsheet formula injection neutralised. */

/** A cell starting with = + - @ (or a tab / CR) would run as a formula in Excel; a leading ' keeps it text. */
export function csvCell(value: string | number | boolean): string {
  let s = String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRow(cells: readonly (string | number | boolean)[]): string {
  return cells.map(csvCell).join(',') + '\r\n'
}
