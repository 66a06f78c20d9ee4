import { autocomplete } from '../src/autocomplete';
import type { CoreServices } from '../src/services';
import { quantile, round, timeEach } from './stats';
import type { World } from './synthetic';

const ROUNDS = 3;
const KINDS = ['entity', 'source', 'fact'] as const;

/**
 * Hostile questions: very long, very many words, many years, every entity name at once, and FTS5
 * syntax. Each must be answered (or refused) fast, whatever it holds.
 */
export function createHostileInputs(world: World, entityNames: readonly string[]): Record<string, string> {
  const words = world.vocabulary.slice(0, 500);
  const long = Array.from({ length: 2000 }, (_, i) => world.vocabulary[i % 300]).join(' ').slice(0, 6000);
  const years = Array.from({ length: 50 }, (_, i) => String(1990 + i)).join(' ');
  const fts = `"TTP" OR * NEAR(attacks 2025) -Kabul ^border statement: "unclosed AND NOT ( OR) NEAR("a" "b", 1) * ^ - : ${world.entities[0]!.name}*`;
  return {
    chars6000: long,
    words500: words.join(' '),
    years50: `TTP attacks in ${years}`,
    everyEntity: entityNames.join(' '),
    ftsSyntax: fts,
  };
}

const medianMs = (run: () => unknown): number => quantile(timeEach(Array.from({ length: ROUNDS }), run), 0.5);

/** Per hostile input, the median of three runs of a whole ask and of each autocomplete kind. */
export function measureHostile(services: CoreServices, inputs: Record<string, string>, ask: (question: string) => unknown) {
  const cases = Object.entries(inputs).map(([name, text]) => ({
    name,
    characters: text.length,
    askMs: round(medianMs(() => ask(text))),
    autocompleteMs: round(Math.max(...KINDS.map((kind) => medianMs(() => autocomplete(services, kind, text)))), 3),
  }));
  return {
    worstAskMs: Math.max(...cases.map((c) => c.askMs)),
    worstAutocompleteMs: Math.max(...cases.map((c) => c.autocompleteMs)),
    hostile: cases,
  };
}
