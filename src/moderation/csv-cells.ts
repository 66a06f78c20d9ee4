// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection). A leading
// apostrophe makes it text; cells that already start with apostrophes before such a character get
// one more, so import can always strip exactly one and read back what was exported.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'(?='*[=+\-@\t\r])/;

/** A cell as export writes it: a would-be formula prefixed with `'`. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as import reads it: the apostrophe export added removed. */
export function restoreCell(cell: string): string {
  return cell.replace(NEUTRALISED, '');
}
