import type { MatchExpression } from '../store';

/** An expression as SQL that computes its tsquery, with the phrases it binds. */
export interface BoundTsquery {
  sql: string;
  params: string[];
}

/**
 * Renders an expression as SQL computing a tsquery: each phrase a bound parameter read by
 * phraseto_tsquery (its text only ever words, whatever characters it holds), `all` as `&&` and
 * `any` as `||`. Phrases are split on punctuation as the index is (search_words). A repeated phrase
 * binds one parameter; parameters are numbered from `firstParam` so the caller can put its own first.
 */
export function toTsquery(expression: MatchExpression, firstParam: number): BoundTsquery {
  const params: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (phrase: string): number => {
    const known = numbers.get(phrase);
    if (known !== undefined) return known;
    params.push(phrase);
    numbers.set(phrase, firstParam + params.length - 1);
    return firstParam + params.length - 1;
  };
  const render = (part: MatchExpression): string => {
    if ('phrase' in part) return `phraseto_tsquery('briefbot', search_words($${numberOf(part.phrase)}::text))`;
    const [parts, operator] = 'all' in part ? [part.all, ' && '] : [part.any, ' || '];
    // The builders make no empty group (FTS5 would refuse one); were one passed, it is an empty tsquery, not an SQL error.
    return parts.length ? `(${parts.map(render).join(operator)})` : `''::tsquery`;
  };
  return { sql: render(expression), params };
}
