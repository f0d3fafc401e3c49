import { removeTemporariesNow } from './output/sink.js';
import { run } from './run.js';

// An interrupted run leaves no temporary output file behind.
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeTemporariesNow();
    process.exit(status);
  });
}
// A closed pipe (`graded-care score big.ndjson | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  removeTemporariesNow();
  process.exit(0);
});

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
