import { removeTemporariesNow } from './output/sink.js';
import { run } from './run.js';

// An interrupted run leaves no temporary output file behind. The signal is then raised again
// with its default action, so the process ends at once (even with a read still waiting, on a
// FIFO say) and its parent sees it was interrupted.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeTemporariesNow();
    process.kill(process.pid, signal);
  });
}
// A closed pipe (`graded-care score big.ndjson | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  removeTemporariesNow();
  process.exit(0);
});

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
