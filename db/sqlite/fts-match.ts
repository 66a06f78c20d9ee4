import type { CatalogueField, MatchExpression } from '../store';

// Inside double quotes FTS5 reads everything as words but a double quote, which is doubled: no
// phrase can close its string early and be read as syntax (NEAR, *, -, column filters, AND/OR).
const quoted = (phrase: string): string => `"${phrase.replaceAll('"', '""')}"`;

/** An expression as FTS5 MATCH text: every phrase quoted, every group in brackets. */
export function toFtsMatch(expression: MatchExpression): string {
  if ('phrase' in expression) return quoted(expression.phrase);
  const [parts, operator] = 'all' in expression ? [expression.all, ' AND '] : [expression.any, ' OR '];
  return `(${parts.map(toFtsMatch).join(operator)})`;
}

/** An expression over some columns of the catalogue's index, as FTS5 MATCH text. */
export function toFtsColumnMatch(fields: readonly CatalogueField[], expression: MatchExpression): string {
  return `{${fields.join(' ')}} : ${toFtsMatch(expression)}`;
}
