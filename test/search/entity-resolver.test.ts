import { describe, expect, it } from 'vitest';
import type { EntityTerm } from '../../db/store';
import { createEntityResolver } from '../../src/search/entity-resolver';
import { toStem } from '../../src/search/tokens';

const terms: EntityTerm[] = [
  { entityId: 1, entity: 'Ejaz Haider', term: 'Ejaz Haider', kind: 'name' },
  { entityId: 2, entity: 'Shamsiddin Shohin District', term: 'Shamsiddin Shohin', kind: 'alias' },
  { entityId: 3, entity: 'Maria Haidar', term: 'Maria Hyder', kind: 'name' },
  { entityId: 4, entity: 'Maria Hader', term: 'Maria Hader', kind: 'name' },
  { entityId: 5, entity: 'the West', term: 'the West', kind: 'name' },
  { entityId: 6, entity: 'Beijing', term: 'Peking', kind: 'alias' },
  { entityId: 7, entity: 'Uyghurs', term: 'Uighurs', kind: 'alias' },
  { entityId: 8, entity: 'Khatlon Region', term: 'Khatlon', kind: 'alias' },
];
const resolver = createEntityResolver(terms);
const unknown = (): boolean => false;
const named = (text: string): string[] => resolver.resolve(text, unknown).mentions.map((mention) => mention.entity);

describe('names spelt another way', () => {
  it('finds a transliterated name whose vowels differ', () => {
    expect(named('ejaz hyder on isis')).toEqual(['Ejaz Haider']);
    expect(named('shamsuddin shohun incident')).toEqual(['Shamsiddin Shohin District']);
  });

  it('finds nothing by consonants that two names share', () => {
    expect(named('maria heyduur')).toEqual([]);
    expect(named('ejaz heyduur')).toEqual(['Ejaz Haider']);
  });
});

describe('everyday words', () => {
  it('are never read as a misspelt name, though the base does not hold them', () => {
    expect(named('what if the rest of the world looks away')).toEqual([]);
    expect(named('what if the wesst looks away')).toEqual(['the West']);
  });

  it('nor are the verbs and describing words of WordNet, though its nouns may be names', () => {
    expect(named('they are picking and choosing whom to target')).toEqual([]);
    expect(named('pekng statement')).toEqual(['Beijing']);
    expect(named('uigur network fought in syria')).toEqual(['Uyghurs']);
  });

  it('reads a word the base holds only as a name’s stem (“khatlone”, stem of “Khatlon”) as that name misspelt', () => {
    const baseHoldsStem = (word: string): boolean => ['khatlon', 'drone'].includes(toStem(word));
    expect(resolver.resolve('drone in khatlone', baseHoldsStem).mentions.map((m) => m.entity)).toEqual(['Khatlon Region']);
    expect(resolver.resolve('drone strikes', baseHoldsStem).mentions).toEqual([]);
  });
});

describe('suggesting names', () => {
  it('offers the names close to what was typed that start with the same letter', () => {
    expect(resolver.suggest('maria haider', 5)).toEqual(expect.arrayContaining(['Maria Haidar', 'Maria Hader']));
    expect(resolver.suggest('shamsidin', 5)).toEqual(['Shamsiddin Shohin District']);
    expect(resolver.suggest('hamsiddin shohin', 5)).toEqual([]);
  });
});
