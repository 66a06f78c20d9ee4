import { describe, expect, it } from 'vitest';
import { loadSeedBundle } from '../../src/seed';

const bundle = loadSeedBundle();
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Two names of one entity side by side: "Pakistan (Islamabad)", "TTP, Tehreek-e-Taliban Pakistan".
function nameListsOf(entity: (typeof bundle.entities)[number]): RegExp {
  const names = [entity.name, ...entity.aliases].map(escapeRegExp).join('|');
  return new RegExp(`\\b(?:${names})\\s*[,/(]\\s*(?:${names})\\b`);
}

// Statements are the claim as an analyst writes it; other names for things belong in the entity
// aliases, where the search finds them, not in brackets padding the sentence.
describe('seed statements', () => {
  it('carry no parenthesised padding', () => {
    expect(bundle.facts.filter((fact) => /[()]/.test(fact.statement)).map((fact) => fact.id)).toEqual([]);
  });

  it('do not list a second name for an entity they name', () => {
    const patterns = bundle.entities.map(nameListsOf);
    expect(bundle.facts.filter((fact) => patterns.some((pattern) => pattern.test(fact.statement))).map((fact) => fact.id)).toEqual([]);
  });

  it('the check catches an alias written beside its name', () => {
    const ttp = bundle.entities.find((entity) => entity.name === 'Tehreek-e-Taliban Pakistan')!;
    expect(nameListsOf(ttp).test('The Pakistani Taliban, TTP, has carried out attacks.')).toBe(true);
  });
});
