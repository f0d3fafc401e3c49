import { ioReason } from './input/lines.js';
import { removeTemporariesNow } from './output/sink.js';
import { internalErrorLine, run } from './run.js';

/**
 * Ends the process now with `status`, after one line on stderr; no temporary output file is
 * left. (Node's exit waits for a pending open of a FIFO that has no writer yet: the signal
 * handlers below do not exit this way for that reason.)
 */
function endNow(line: string, status: number): never {
  removeTemporariesNow();
  process.stderr.write(line);
  process.exit(status);
}

// An interrupted run leaves no temporary output file behind — Ctrl-C, a kill, or a closed
// terminal or SSH session (SIGHUP). The signal is then raised again with its default action,
// so the process ends at once (even with a read still waiting, on a FIFO say) and its parent
// sees it was interrupted.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeTemporariesNow();
    process.kill(process.pid, signal);
  });
}
// A closed pipe (`graded-care place big.ndjson | head -1`) ends the run at once and quietly, by
// SIGPIPE, as it ends `cat` or `grep`: the rest of the input was not read, nor the rejects file
// written, so the status must not say done (0), least of all under `set -o pipefail`. Node
// ignores SIGPIPE; a listener added and taken off again gives it back its default action.
// Any other failure to write to stdout (a full disk, a descriptor not open for writing) is an
// output that cannot be written: exit status 2, as for --out.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    removeTemporariesNow();
    const ignore = (): void => undefined;
    process.on('SIGPIPE', ignore).off('SIGPIPE', ignore);
    process.kill(process.pid, 'SIGPIPE'); // Were the process still alive, status 2 below.
  }
  endNow(`graded-care: cannot write to stdout (${ioReason(error)})\n`, 2);
});
// A message that cannot be written to stderr (closed: `2>&1 | head -1`, or full) cannot be
// reported anywhere: the run ends with its own status, not as an internal error (3).
process.stderr.on('error', () => undefined);
// Whatever else escapes — a bug — is one line and exit status 3, never a stack trace and status 1 (bad usage).
process.on('uncaughtException', (error) => endNow(internalErrorLine(error), 3));
process.on('unhandledRejection', (reason) => endNow(internalErrorLine(reason), 3));

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
