// Builds one synthetic fact base at the given file and measures it; run in its own process so peak
// memory is its own. The file is left for measure-hostile.ts; the caller removes it.
// Usage: node --import tsx bench/measure-size.ts <facts> <database file> [--baseline]   (prints one JSON object)
import { toAskReply } from '../src/ask-reply';
import { DISCORD_LIMITS } from '../adapters/discord/limits';
import { autocomplete } from '../src/autocomplete';
import { askWithReading } from '../src/search/ask-with-reading';
import { createSearcher } from '../src/search/searcher';
import { loadSeedBundle } from '../src/seed';
import { buildBenchBase } from './bench-base';
import { type BaselineResult, measureFuse, measureMiniSearch, readBaselineFacts } from './baselines';
import { quantile, round, timeEach } from './stats';
import { createQuestions } from './synthetic';
import { fillSyntheticBase } from './synthetic-base';
import { measureViews } from './views';

const ASK_ROUNDS = 5;
const FUSE_QUESTIONS = 8;
const SEED_QUESTIONS = ['length of the Tajik border', 'TTP attacks in 2025', 'Kabul bombing January 2026', 'Taliban GDP in 2023', 'who wrote about the TTP'];
const NOW = new Date('2026-11-24T12:00:00Z');

const size = Number(process.argv[2]);
const path = process.argv[3]!;
const withBaseline = process.argv.includes('--baseline');

const buildStarted = performance.now();
const { base, filled: world } = await buildBenchBase(path, { seed: loadSeedBundle }, (built) => fillSyntheticBase(built, size));
const buildSeconds = (performance.now() - buildStarted) / 1000;

const searcher = createSearcher(base, () => NOW);
const services = { base, searcher, now: () => NOW };
// What `brief ask` does: facts and further reading, then the reply every platform renders.
const ask = async (question: string) => toAskReply(question, await askWithReading(base, searcher, question), 'private');
const questions = createQuestions(world, SEED_QUESTIONS);
await timeEach(questions, ask);
const askTimes: number[] = [];
for (let pass = 0; pass < ASK_ROUNDS; pass++) askTimes.push(...(await timeEach(questions, ask)));
const prefixes = world.entities.slice(0, 200).map((entity, i) => entity.name.slice(0, 3 + (i % 6)));
// What a Discord option completion runs for each keystroke: exact, prefix and typo matches.
const autocompleteTimes = await timeEach(prefixes, (prefix) => autocomplete(services, 'entity', prefix, DISCORD_LIMITS.autocompleteChoices));
const viewTimes = await measureViews(services);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

let fuse: BaselineResult | null = null;
let miniSearch: BaselineResult | null = null;
if (withBaseline) {
  const facts = await readBaselineFacts(base);
  miniSearch = await measureMiniSearch(facts, questions);
  fuse = await measureFuse(facts, questions.slice(0, FUSE_QUESTIONS));
}

const askP50 = quantile(askTimes, 0.5);
const askP99 = quantile(askTimes, 0.99);
const ratios = (baseline: BaselineResult | null) =>
  baseline === null ? { ratio: null, p99Ratio: null } : { ratio: round(baseline.p50Ms / askP50, 1), p99Ratio: round(baseline.p99Ms / askP99, 1) };

await base.close();
process.stdout.write(
  JSON.stringify({
    size,
    askP50Ms: round(askP50),
    askP99Ms: round(askP99),
    fuse: fuse && { ...fuse, ...ratios(fuse) },
    miniSearch: miniSearch && { ...miniSearch, ...ratios(miniSearch) },
    peakRssMb: round(peakRssMb, 0),
    buildSeconds: round(buildSeconds, 1),
    autocompleteP50Ms: round(quantile(autocompleteTimes, 0.5), 3),
    autocompleteP99Ms: round(quantile(autocompleteTimes, 0.99), 3),
    timelineP50Ms: round(quantile(viewTimes.timeline, 0.5)),
    entityP50Ms: round(quantile(viewTimes.entity, 0.5)),
    digestP50Ms: round(quantile(viewTimes.digest, 0.5)),
  }),
);
