/** The adverbs that make a phrasal verb with the verb before them ("rein in", "hit back", "go up"). */
export const PARTICLES: ReadonlySet<string> = new Set(['in', 'up', 'out', 'down', 'off', 'back', 'away', 'over', 'on']);
