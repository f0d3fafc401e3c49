// Runs the date-dependent tests again under four time zones: no result may depend on the
// machine's zone (UTC; Chatham at +12:45/+13:45; São Paulo, whose old clock changes fell at
// midnight; Apia, which skipped 30 December 2011).
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Pacific/Chatham', 'America/Sao_Paulo', 'Pacific/Apia'];
// Every suite that reads or prints a date: the core's, the pictures' (dates in their text) and
// the CLI commands that place, track or count children (their binary inherits TZ).
const suites = [
  'test/internal', 'test/score', 'test/progress', 'test/continuum', 'test/cohort', 'test/svg', 'test/examples.test.ts',
  'test/cli/place.test.ts', 'test/cli/progress.test.ts', 'test/cli/cohort.test.ts',
];
for (const zone of zones) {
  console.log(`\n— tests under TZ=${zone}`);
  const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...suites], { stdio: 'inherit', env: { ...process.env, TZ: zone, CI: 'true' } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
