import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inputError, usageError } from '../errors.js';
import { ioReason } from '../input/lines.js';

/** Somewhere output goes: written in order, then committed (or aborted, leaving nothing). */
export interface Sink {
  /** The file named by the user, or `null` for stdout. */
  readonly path: string | null;
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Something a sink can write to: process.stdout or a file stream. */
type Writable = NodeJS.WritableStream;

const FLUSH_AT = 1 << 16;

/** Temporary files not yet renamed, removed if the process is interrupted. */
const temporaries = new Set<string>();

/** Removes every temporary output file now: for SIGINT and SIGTERM, where no promise will run. */
export function removeTemporariesNow(): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  temporaries.clear();
}

/** Buffers small writes into chunks of 64 KiB and waits for the stream to drain when it asks. */
function buffered(target: Writable, onError: (error: unknown) => Error): { write(text: string): Promise<void>; flush(): Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const chunk = parts;
    parts = [];
    size = 0;
    // Corked, the parts go out in one writev: no joined copy of them is made first.
    const stream = target as NodeJS.WritableStream & { cork?: () => void; uncork?: () => void };
    stream.cork?.();
    let ok = true;
    for (const part of chunk) ok = target.write(part);
    stream.uncork?.();
    if (!ok) {
      await new Promise<void>((done, fail) => {
        const drained = (): void => {
          target.off('error', failed);
          done();
        };
        const failed = (error: Error): void => {
          target.off('drain', drained);
          fail(onError(error));
        };
        target.once('drain', drained);
        target.once('error', failed);
      });
    }
  };
  return {
    async write(text) {
      parts.push(text);
      size += text.length;
      if (size >= FLUSH_AT) await flush();
    },
    flush,
  };
}

/** stdout, buffered. A failed run may have written part of its output there: use `--out` for all-or-nothing. */
export function stdoutSink(stdout: Writable): Sink {
  const out = buffered(stdout, (error) => inputError(`cannot write to stdout (${ioReason(error)})`));
  return { path: null, write: out.write, commit: out.flush, abort: async () => undefined };
}

/** True when two paths name the same file (following links); false if either does not exist. */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * A file written atomically: the text goes to a temporary file in the same directory, which
 * is renamed over `path` on commit and removed on abort, so a failed run leaves neither a
 * half-written file nor a temporary one. Refuses a path that names one of the inputs.
 */
export async function fileSink(path: string, option: string, inputs: readonly string[]): Promise<Sink> {
  for (const input of inputs) {
    if (await sameFile(path, input)) throw usageError(`${option} ${path}: names the input file; the input is never overwritten`);
  }
  try {
    if ((await stat(path)).isDirectory()) throw inputError(`${path}: cannot write the output (is a directory)`);
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fail = (error: unknown): Error => inputError(`${path}: cannot write the output (${ioReason(error)})`);
  // A large buffer lets the disk write while the next rows are computed, instead of draining every chunk.
  const stream: WriteStream = createWriteStream(temporary, { flags: 'wx', highWaterMark: 1 << 20 });
  await new Promise<void>((done, reject) => {
    stream.once('open', () => done());
    stream.once('error', (error) => reject(fail(error)));
  });
  temporaries.add(temporary);
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= fail(error);
  });
  const out = buffered(stream, fail);
  const check = (): void => {
    if (failure !== null) throw failure;
  };
  return {
    path,
    async write(text) {
      check();
      await out.write(text);
    },
    async commit() {
      await out.flush();
      await new Promise<void>((done, reject) => stream.end(() => (failure === null ? done() : reject(failure))));
      try {
        await rename(temporary, path);
      } catch (error) {
        throw fail(error);
      }
      temporaries.delete(temporary);
    },
    async abort() {
      stream.destroy();
      await unlink(temporary).catch(() => undefined);
      temporaries.delete(temporary);
    },
  };
}
