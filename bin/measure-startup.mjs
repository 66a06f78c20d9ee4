// Wall time of the README's one-shot command, npm's own start-up included: median, fastest and
// slowest of N runs (default 15) on the database in BRIEFBOT_DB (default ./data/briefbot.db).
// Usage: npm run --silent startup [-- runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Math.max(1, Number(process.argv[2] ?? 15));
const cwd = fileURLToPath(new URL('..', import.meta.url));
const command = ['run', '--silent', 'briefbot', '--', 'ask', 'length of the Tajik border'];

spawnSync('npm', command, { cwd, stdio: 'ignore' }); // the first call may build or seed; not timed
const times = [];
for (let run = 0; run < runs; run += 1) {
  const started = process.hrtime.bigint();
  const result = spawnSync('npm', command, { cwd, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`npm ${command.join(' ')} exited ${result.status}`);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
const ms = (value) => `${Math.round(value)} ms`;
console.log(`npm ${command.join(' ')}: median ${ms(median)}, fastest ${ms(times[0])}, slowest ${ms(times.at(-1))} over ${runs} runs`);
