// Builds one synthetic fact base and measures it; run in its own process so peak memory is its own.
// Usage: tsx bench/measure-size.ts <facts> [--baseline]   (prints one JSON object)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { openFactBase } from '../src/fact-base';
import { autocomplete } from '../src/autocomplete';
import { createSearcher } from '../src/search/searcher';
import { loadSeedBundle } from '../src/seed';
import { quantile, round, timeEach } from './stats';
import { createQuestions } from './synthetic';
import { fillSyntheticBase } from './synthetic-base';
import { measureViews } from './views';

const ASK_ROUNDS = 5;
const BASELINE_QUESTIONS = 8;
const SEED_QUESTIONS = ['length of the Tajik border', 'TTP attacks in 2025', 'Kabul bombing January 2026', 'Taliban GDP in 2023'];

const size = Number(process.argv[2]);
const withBaseline = process.argv.includes('--baseline');
const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));

const buildStarted = performance.now();
const base = openFactBase({ path: join(dir, 'bench.db'), seed: loadSeedBundle });
const world = fillSyntheticBase(base, size);
const buildSeconds = (performance.now() - buildStarted) / 1000;

const searcher = createSearcher(base, () => new Date('2026-11-24T12:00:00Z'));
const questions = createQuestions(world, SEED_QUESTIONS);
questions.forEach((question) => searcher.ask(question));
const askTimes = Array.from({ length: ASK_ROUNDS }, () => timeEach(questions, (question) => searcher.ask(question))).flat();
const prefixes = world.entities.slice(0, 200).map((entity, i) => entity.name.slice(0, 3 + (i % 6)));
// What a Discord option completion runs for each keystroke: exact, prefix and typo matches.
const services = { base, searcher, now: () => new Date('2026-11-24T12:00:00Z') };
const autocompleteTimes = timeEach(prefixes, (prefix) => autocomplete(services, 'entity', prefix));
const viewTimes = measureViews({ base, searcher, now: () => new Date('2026-11-24T12:00:00Z') });
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// The naive baseline: fuse.js over every fact's text, as a bot without an index would search.
let baselineP50Ms: number | null = null;
if (withBaseline) {
  const texts = base.bundles.read().facts.map((fact) => ({ text: `${fact.statement} ${fact.quote}` }));
  const fuse = new Fuse(texts, { keys: ['text'], ignoreLocation: true, threshold: 0.4 });
  baselineP50Ms = quantile(timeEach(questions.slice(0, BASELINE_QUESTIONS), (question) => fuse.search(question, { limit: 5 })), 0.5);
}

base.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({
    size,
    askP50Ms: round(quantile(askTimes, 0.5)),
    askP99Ms: round(quantile(askTimes, 0.99)),
    baselineP50Ms: baselineP50Ms === null ? null : round(baselineP50Ms),
    ratio: baselineP50Ms === null ? null : round(baselineP50Ms / quantile(askTimes, 0.5), 1),
    peakRssMb: round(peakRssMb, 0),
    buildSeconds: round(buildSeconds, 1),
    autocompleteP50Ms: round(quantile(autocompleteTimes, 0.5), 3),
    autocompleteP99Ms: round(quantile(autocompleteTimes, 0.99), 3),
    timelineP50Ms: round(quantile(viewTimes.timeline, 0.5)),
    entityP50Ms: round(quantile(viewTimes.entity, 0.5)),
    digestP50Ms: round(quantile(viewTimes.digest, 0.5)),
  }),
);
