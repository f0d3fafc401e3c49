import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { chmod, lstat, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inputError, usageError } from '../errors.js';
import { ioReason } from '../input/lines.js';

/**
 * Somewhere output goes: written in order, then committed with {@link commitAll} (or aborted,
 * leaving nothing). Committing is in two steps, so that several sinks succeed or fail together.
 */
export interface Sink {
  /** The file named by the user, or `null` for stdout. */
  readonly path: string | null;
  write(text: string): Promise<void>;
  /** Writes out what is buffered and closes the file: a full disk shows here, before any file takes its name. */
  finish(): Promise<void>;
  /** Gives the finished file its name (renames the temporary file over `path`). */
  publish(): Promise<void>;
  /** Removes a file {@link publish} named, when the run fails after all. */
  withdraw(): Promise<void>;
  /** Removes the temporary file: the run failed before its output was published. */
  abort(): Promise<void>;
}

/**
 * Commits the sinks of a run together: each is finished first (nothing is renamed while a
 * write may still fail), then each is published in the order given. If any step fails, the
 * files already published by this call are withdrawn and the rest aborted, so a failed run
 * leaves none of them. Pass the output last: its appearance is the sign that the run succeeded.
 */
export async function commitAll(sinks: readonly Sink[]): Promise<void> {
  const published: Sink[] = [];
  try {
    for (const sink of sinks) await sink.finish();
    for (const sink of sinks) {
      await sink.publish();
      published.push(sink);
    }
  } catch (error) {
    for (const sink of published) await sink.withdraw();
    for (const sink of sinks) if (!published.includes(sink)) await sink.abort();
    throw error;
  }
}

/** Something a sink can write to: process.stdout or a file stream. */
type Writable = NodeJS.WritableStream;

/** The size of one chunk of output: text is encoded into it, and it is written when full. */
const CHUNK_BYTES = 1 << 18;

/** Temporary files not yet renamed, removed if the process is interrupted. */
const temporaries = new Set<string>();

/** Removes every temporary output file now: for SIGINT, SIGTERM and SIGHUP, where no promise will run. */
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

/**
 * Encodes text as UTF-8 into chunks of 256 KiB and writes each when full, waiting for the
 * stream to drain when it asks. Encoding into one chunk spares each piece of text a buffer
 * of its own (a placement is about 4 KB: Node would allocate and encode one per write).
 */
function buffered(target: Writable, onError: (error: unknown) => Error): { write(text: string): Promise<void>; flush(): Promise<void> } {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const send = async (bytes: Buffer): Promise<void> => {
    if (target.write(bytes)) return;
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
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const full = chunk.subarray(0, used);
    // The stream keeps the chunk until it is written: the next text goes into a new one.
    chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
    await send(full);
  };
  return {
    async write(text) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8, so text of up to a third of the room surely fits.
      if (text.length * 3 > CHUNK_BYTES - used) {
        await flush();
        if (text.length * 3 > CHUNK_BYTES) {
          await send(Buffer.from(text, 'utf8'));
          return;
        }
      }
      used += chunk.write(text, used, 'utf8');
    },
    flush,
  };
}

/** stdout, buffered. A failed run may have written part of its output there: use `--out` for all-or-nothing. */
export function stdoutSink(stdout: Writable): Sink {
  const out = buffered(stdout, (error) => inputError(`cannot write to stdout (${ioReason(error)})`));
  const nothing = async (): Promise<void> => undefined;
  return { path: null, write: out.write, finish: out.flush, publish: nothing, withdraw: nothing, abort: nothing };
}

/**
 * A path made canonical as far as the file system allows: every link followed (a dangling one
 * to the file it names), `..` and `.` resolved. A file that does not exist yet (an output) is
 * its directory's canonical path and its name; failing that, the path resolved against the
 * working directory.
 */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return resolve(path);
    try {
      const directory = await realpath(dirname(resolve(path)));
      // A dangling link: the file it names, which writing through the link creates (as `>` does).
      const link = await readlink(path).catch(() => null);
      return link === null ? join(directory, basename(path)) : await canonical(resolve(directory, link));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * True when two paths name the same file: the same file on disk (hard links too) when both
 * exist, else the same canonical path — so `/tmp/x.json` and `/tmp/../tmp/x.json`, or a path
 * through a link to a directory, are one file whether or not it exists yet.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return (await canonical(a)) === (await canonical(b));
  }
}

/**
 * A file written atomically: the text goes to a temporary file in the same directory, which
 * is renamed over `path` on commit and removed on abort, so a failed run leaves neither a
 * half-written file nor a temporary one. Through a symbolic link, the file it links to is
 * written. Refuses a path that names one of the inputs.
 */
export async function fileSink(path: string, option: string, inputs: readonly string[]): Promise<Sink> {
  // Messages name what failed to be written: with --keep-going, the output or the rejects file.
  const what = option === '--rejects' ? 'the rejects file' : 'the output';
  for (const input of inputs) {
    if (await sameFile(path, input)) throw usageError(`${option} ${path}: names the input file; the input is never overwritten`);
  }
  /** The permissions of the file replaced, if any. */
  let mode: number | undefined;
  try {
    const existing = await stat(path);
    if (existing.isDirectory()) throw inputError(`${path}: cannot write ${what} (is a directory)`);
    // The output is written beside the path and renamed over it: that would replace a FIFO or
    // a device (/dev/full, say) with a regular file, so only a regular file is overwritten.
    if (!existing.isFile()) throw inputError(`${path}: cannot write ${what} (not a regular file but a device, FIFO or socket; write to stdout and redirect it instead)`);
    mode = existing.mode & 0o777;
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    // A loop of links names no file: `>` refuses it too, where renaming would replace a link of the loop.
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw inputError(`${path}: cannot write ${what} (${ioReason(error)})`);
  }
  // Through a symbolic link, the file it links to is written, as `>` writes it: renaming over
  // the link would replace the link with a file and leave its target as it was (and
  // `--out /dev/stdout` would replace /dev/stdout). Through a dangling link, the file it names is created.
  const target = (await lstat(path).catch(() => null))?.isSymbolicLink() === true ? await canonical(path) : path;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fail = (error: unknown): Error => inputError(`${path}: cannot write ${what} (${ioReason(error)})`);
  // Listed before it is created: the file exists as soon as the open succeeds, before this
  // process hears of it, and an interruption in between must not leave it behind.
  temporaries.add(temporary);
  // A large buffer lets the disk write while the next rows are computed, instead of draining every chunk.
  // A file replaced keeps its permissions, as `>` keeps them: children's data kept private
  // (chmod 600) must not become readable by all. Made with them (less what the umask takes)
  // so it is never more open than the file it replaces, then given them exactly; should that
  // fail, it stays so.
  const stream: WriteStream = createWriteStream(temporary, { flags: 'wx', highWaterMark: 1 << 20, ...(mode === undefined ? {} : { mode }) });
  await new Promise<void>((done, reject) => {
    stream.once('open', () => done());
    stream.once('error', (error: NodeJS.ErrnoException) => {
      temporaries.delete(temporary);
      // Opening a new file fails with ENOENT only when its folder is missing: say which, as "no such file" would puzzle.
      if (error.code === 'ENOENT') reject(inputError(`${path}: cannot write ${what} (the folder ${dirname(target)} does not exist; create it first)`));
      else reject(fail(error));
    });
  });
  if (mode !== undefined) await chmod(temporary, mode).catch(() => undefined);
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
    async finish() {
      check();
      await out.flush();
      await new Promise<void>((done, reject) => stream.end(() => (failure === null ? done() : reject(failure))));
    },
    async publish() {
      try {
        await rename(temporary, target);
      } catch (error) {
        throw fail(error);
      }
      temporaries.delete(temporary);
    },
    async withdraw() {
      await unlink(target).catch(() => undefined);
    },
    async abort() {
      stream.destroy();
      await unlink(temporary).catch(() => undefined);
      temporaries.delete(temporary);
    },
  };
}
