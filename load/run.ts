// `npm run load [-- --slack 200 --discord 200 --asks 10000]`: the full load run on loopback (see
// scenario.ts). Prints the figures and exits non-zero when any check in verdict.ts fails.
import { parseArgs } from 'node:util';
import { formatReport } from './report';
import { runLoad } from './scenario';
import { findFailures } from './verdict';

const { values } = parseArgs({
  options: { slack: { type: 'string', default: '200' }, discord: { type: 'string', default: '200' }, asks: { type: 'string', default: '10000' } },
});
const options = { slackConcurrent: Number(values.slack), discordConcurrent: Number(values.discord), sequentialAsks: Number(values.asks) };
if (Object.values(options).some((value) => !Number.isInteger(value) || value < 1)) {
  process.stderr.write('Usage: npm run load [-- --slack N --discord N --asks N] (whole numbers of at least 1)\n');
  process.exit(2);
}

const report = await runLoad(options);
process.stdout.write(`${formatReport(report)}\n`);
const failures = findFailures(report);
for (const failure of failures) process.stderr.write(`FAIL ${failure}\n`);
process.exit(failures.length > 0 ? 1 : 0);
