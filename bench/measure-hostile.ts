// Asks the hostile questions on a base measure-size.ts built; one JSON line per case as it ends,
// so a case that never ends still leaves the others' figures.
// Usage: node --import tsx bench/measure-hostile.ts <database file> <case>...
import { toAskReply } from '../src/ask-reply';
import { askWithReading } from '../src/search/ask-with-reading';
import { createSearcher } from '../src/search/searcher';
import { openBenchBase } from './bench-base';
import { createHostileInputs, measureHostileCase } from './adversarial';
import { createWorld } from './synthetic';

const NOW = new Date('2026-11-24T12:00:00Z');
const [path, ...cases] = process.argv.slice(2);
const base = await openBenchBase(path!);
const searcher = createSearcher(base, () => NOW);
const services = { base, searcher, now: () => NOW };
const ask = async (question: string) => toAskReply(question, await askWithReading(base, searcher, question), 'private');
await ask('warm up the caches');
const entityNames = (await base.entities.listTerms()).filter((term) => term.kind === 'name').map((term) => term.term);
const inputs = createHostileInputs(createWorld(), entityNames);
for (const name of cases) {
  process.stdout.write(`${JSON.stringify(await measureHostileCase(services, name, inputs[name]!, ask))}\n`);
}
await base.close();
