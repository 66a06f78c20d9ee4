import { DISCORD_LIMITS } from '../adapters/discord/limits';
import { autocomplete } from '../src/autocomplete';
import type { CoreServices } from '../src/services';
import { round } from './stats';
import type { World } from './synthetic';

const KINDS = ['entity', 'source', 'fact'] as const;

/** The hostile inputs by name, in the order they are measured. */
export const HOSTILE_CASES = ['ftsSyntax', 'years50', 'everyEntity', 'chars6000', 'words500'] as const;

/**
 * Hostile questions: FTS5 syntax, many years, every entity name at once, very long, very many
 * words. Each must be answered (or refused) fast, whatever it holds.
 */
export function createHostileInputs(world: World, entityNames: readonly string[]): Record<string, string> {
  const years = Array.from({ length: 50 }, (_, i) => String(1990 + i)).join(' ');
  return {
    ftsSyntax: `"TTP" OR * NEAR(attacks 2025) -Kabul ^border statement: "unclosed AND NOT ( OR) NEAR("a" "b", 1) * ^ - : ${world.entities[0]!.name}*`,
    years50: `TTP attacks in ${years}`,
    everyEntity: entityNames.join(' '),
    chars6000: Array.from({ length: 2000 }, (_, i) => world.vocabulary[i % 300])
      .join(' ')
      .slice(0, 6000),
    words500: world.vocabulary.slice(0, 500).join(' '),
  };
}

const timeOnce = async (run: () => unknown): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

/** One run of a whole ask, and the slowest of the entity, source and fact autocompletes, on one input. */
export async function measureHostileCase(services: CoreServices, name: string, text: string, ask: (question: string) => unknown) {
  const askMs = round(await timeOnce(() => ask(text)));
  const autocompleteMs: number[] = [];
  for (const kind of KINDS) autocompleteMs.push(await timeOnce(() => autocomplete(services, kind, text, DISCORD_LIMITS.autocompleteChoices)));
  return { name, characters: text.length, askMs, autocompleteMs: round(Math.max(...autocompleteMs), 3) };
}
