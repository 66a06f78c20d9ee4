import type { FactView } from '../reply';
import { type FactWords, joinFactWords } from './lexicon/equivalents';

const PLACE_KINDS = new Set(['place', 'region']);

/**
 * The events a fact reports, as keys: its date (one day or one month, not its source's own date,
 * which dates a claim rather than an event) with each place it is tagged with. "The January 19
 * Kabul bombing claimed seven lives" and "a bombing at a Chinese restaurant in Kabul on January
 * 19" share a key: one event, told in two facts.
 */
function eventKeys(fact: FactView, kindOf: (entity: string) => string | undefined): string[] {
  const { start, end } = fact.period;
  if (start === null || start !== end || fact.source.publishedOn?.startsWith(start)) return [];
  return fact.entities.filter((entity) => PLACE_KINDS.has(kindOf(entity) ?? '')).map((place) => `${start} ${place}`);
}

/**
 * For the fact at a position, the words of the other facts among them that report the same event,
 * or undefined. A question names an event by any of its details ("how many locals died in the
 * restaurant bombing"), and the fact with the asked figure need not repeat every one. `words` are
 * the facts' own words, in the same order; each fact's share is joined only when first asked for.
 */
export function sameEventWords(
  facts: readonly FactView[],
  words: readonly FactWords[],
  kindOf: (entity: string) => string | undefined,
): (at: number) => FactWords | undefined {
  const keys = facts.map((fact) => eventKeys(fact, kindOf));
  const joined = new Map<number, FactWords | undefined>();
  return (at) => {
    if (!joined.has(at)) {
      const own = new Set(keys[at]);
      const others = own.size === 0 ? [] : words.filter((_, other) => other !== at && keys[other]!.some((key) => own.has(key)));
      joined.set(at, others.length === 0 ? undefined : others.reduce(joinFactWords));
    }
    return joined.get(at);
  };
}
