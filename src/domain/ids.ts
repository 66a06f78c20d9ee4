/**
 * The public ids people see and type: a letter for what it names and the row id (`F12` is fact 12,
 * `S3` source 3, `R5` report 5). The letter is fixed here once; parsing what a person typed (`f12`,
 * `12`) is the options' job (src/fields.ts), which hands on ids in this normal form.
 */

/** The highest row id a public id may name: SQLite and every platform's option types hold it. */
export const MAX_ROW_ID = 2 ** 31 - 1;

/** `F12` for fact row 12. */
export const toFactId = (rowId: number): string => `F${rowId}`;

/** `S3` for source row 3. */
export const toSourceId = (rowId: number): string => `S${rowId}`;

/** `R5` for report row 5. */
export const toReportId = (rowId: number): string => `R${rowId}`;

/** The row id of a public id in normal form (`F12` → 12, `S3` → 3, `R5` → 5). */
export function toRowId(id: string): number {
  return Number(id.slice(1));
}
