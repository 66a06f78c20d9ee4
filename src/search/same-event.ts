import type { FactView } from '../reply';
import { type FactWords, joinFactWords, toFactWords } from './lexicon/equivalents';

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
 * For each fact, the words of the other facts among them that report the same event, or
 * undefined. A question names an event by any of its details ("how many locals died in the
 * restaurant bombing"), and the fact with the asked figure need not repeat every one.
 */
export function sameEventWords(facts: readonly FactView[], kindOf: (entity: string) => string | undefined): (FactWords | undefined)[] {
  const keys = facts.map((fact) => eventKeys(fact, kindOf));
  const words = facts.map((fact) => joinFactWords(toFactWords(fact.statement), toFactWords(fact.quote)));
  return facts.map((_, at) => {
    const own = new Set(keys[at]);
    const others = words.filter((_, other) => other !== at && keys[other]!.some((key) => own.has(key)));
    return others.length === 0 ? undefined : others.reduce(joinFactWords);
  });
}
