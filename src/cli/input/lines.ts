import { isUtf8 } from 'node:buffer';
import { fstatSync, open as openFd } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { inputError } from '../errors.js';
import { STDIN } from './stdin.js';

/** One line of a text file, without its line end; `line` counts from 1. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

/** How far a reader has got, for the progress line. */
export type ProgressCallback = (line: number, bytes: number) => void;

/** The default longest line, in bytes: far above the largest valid assessment (notes ≤ 2,000 characters each). */
export const DEFAULT_MAX_LINE_BYTES = 1_048_576;

/**
 * The most bytes decoded into one string: the largest JSON array read whole, and the largest
 * `--max-line-bytes`. V8 holds no string much over 512 MiB, so more would end in an internal
 * error, not a limit's message.
 */
export const MAX_STRING_BYTES = 256 * 1_048_576;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BOM = '\uFEFF';

/** The error for a folder given where a file is read. */
export function directoryError(file: string): Error {
  return inputError(`${file}: is a directory, expected a file`);
}

/** A file the CLI may read: it exists and is not a directory. Names the file and the reason otherwise. */
export async function checkReadable(file: string): Promise<{ size: number; regular: boolean }> {
  if (file === STDIN) return { size: 0, regular: false };
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw directoryError(file);
    return { size: info.size, regular: info.isFile() };
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  }
}

/** A short reason for a file-system error, e.g. `no such file`. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return code ?? (error as Error).message;
  }
}

/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an error, never a silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, file: string, where: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw inputError(`${file}: ${where}: not UTF-8 text (save the file as UTF-8)`);
  }
}

/** The error for a NUL byte: a binary file, or one in UTF-16, is not JSON, NDJSON or CSV. */
export function binaryError(file: string, line: number): Error {
  return inputError(`${file}: line ${line}: a NUL byte; this is a binary (or UTF-16) file, expected UTF-8 text`);
}

/** 1 when the byte before `end` is a `\r` (of a CRLF line end, which the line limit does not count), else 0. */
function endsInCr(bytes: Uint8Array, end: number): number {
  return end > 0 && bytes[end - 1] === 13 ? 1 : 0;
}

/** Added to the message of a line that holds a carriage return alone: a file whose lines end in CR reads as one line. */
export const LONE_CR_HINT = '; the file seems to end its lines in a carriage return alone (as old Mac files do): save it with \\n or \\r\\n line ends';

/**
 * Whether a line holds a carriage return followed by something other than carriage returns:
 * the end of one line and the start of the next, in a file whose lines end in CR alone. CRs
 * at the end of the line are not one: a last CR may begin a CRLF, and a file converted to
 * CRLF twice ends its lines in CR CR LF, which leaves one.
 */
export function holdsLoneCr(line: string): boolean {
  return /\r[^\r]/.test(line);
}

/** The size of one read: 256 KiB. */
const CHUNK_BYTES = 1 << 18;

/** A file's bytes, a chunk at a time: `null` at its end. */
interface Chunks {
  next(): Promise<Buffer | null>;
  /** Lets go of the file without waiting: a stop on a FIFO must not wait for a writer. */
  close(): void;
}

/** The chunks of `file`, or of stdin for {@link STDIN}; a file that cannot be opened is an input error naming it. */
async function openChunks(file: string): Promise<Chunks> {
  if (file === STDIN) return stdinChunks();
  return (await isFifo(file)) ? await fifoChunks(file) : await fileChunks(file);
}

/** Whether `file` is a FIFO, as `<(zcat export.ndjson.gz)` in a shell is; a path that cannot be looked at is left for the open to name. */
async function isFifo(file: string): Promise<boolean> {
  return stat(file).then((info) => info.isFIFO(), () => false);
}

/**
 * A FIFO, read as Node reads a piped stdin: without a read waiting on a thread. A file read
 * waits on a thread, and a stop could not take it back: the process, and its exit, would wait
 * until the writer wrote again or closed (minutes, for a slow export).
 */
async function fifoChunks(file: string): Promise<Chunks> {
  let fd: number;
  try {
    fd = await new Promise<number>((opened, failed) => openFd(file, 'r', (error, descriptor) => (error ? failed(error) : opened(descriptor))));
  } catch (error) {
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  }
  return streamChunks(new Socket({ fd, readable: true, writable: false }));
}

/** A file read with the next read in flight while a chunk is split, so the reader does not wait for the disk. */
async function fileChunks(file: string): Promise<Chunks> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  }
  const read = () => {
    const reading = handle.read(Buffer.allocUnsafe(CHUNK_BYTES), 0, CHUNK_BYTES, null);
    // Handled here too: a read that fails while the last chunk is still being used is reported when awaited, not as an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  };
  let inFlight: ReturnType<typeof read> | null = read();
  return {
    async next() {
      if (inFlight === null) return null;
      const { bytesRead, buffer } = await inFlight;
      inFlight = bytesRead === 0 ? null : read();
      return bytesRead === 0 ? null : buffer.subarray(0, bytesRead);
    },
    close() {
      // Closed once the read in flight (if any) has settled.
      const settled = inFlight === null ? Promise.resolve() : inFlight.then(() => undefined, () => undefined);
      void settled.then(() => handle.close()).catch(() => undefined);
    },
  };
}

/**
 * Refuses stdin redirected from a folder (`< exports/`): Node reads one as empty, so the
 * message would be "the file is empty", where a file named so says "is a directory".
 */
function refuseStdinFolder(): void {
  let folder = false;
  try {
    folder = fstatSync(0).isDirectory();
  } catch {
    // Nothing to look at (no descriptor 0): the read says what it finds.
  }
  if (folder) throw directoryError(STDIN);
}

/** Stdin, as the stream Node gives it: a pipe, a socket, a terminal or a redirected file alike. */
function stdinChunks(): Chunks {
  refuseStdinFolder();
  return streamChunks(process.stdin);
}

/** A stream's chunks; closing destroys the stream at once. */
function streamChunks(stream: Readable): Chunks {
  const chunks = stream[Symbol.asyncIterator]();
  return {
    async next() {
      const { done, value } = await chunks.next();
      return done === true ? null : (value as Buffer);
    },
    close() {
      void chunks.return?.();
    },
  };
}

/** The bytes of stdin, read whole; `null` once they pass `maxBytes`, without reading the rest. */
export async function readStdin(maxBytes: number): Promise<Buffer | null> {
  return readUpTo(STDIN, maxBytes);
}

/**
 * The bytes of `file` (stdin for {@link STDIN}), read whole; `null` once they pass
 * `maxBytes`, without reading the rest. For what has no size to check first: stdin, a FIFO
 * (which is then read without a thread, as {@link readLineBatches} reads it), a device.
 */
export async function readUpTo(file: string, maxBytes: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  const source = await openChunks(file);
  try {
    for (let chunk = await source.next(); chunk !== null; chunk = await source.next()) {
      size += chunk.length;
      if (size > maxBytes) return null;
      parts.push(chunk);
    }
  } catch (error) {
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  } finally {
    source.close();
  }
  return Buffer.concat(parts);
}

/**
 * Reads a text file line by line, a batch of lines per chunk read (so that a consumer pays
 * one step per chunk, not per line). The next chunk is read while this one is split (one
 * read always in flight), so the reader does not wait for the disk; memory holds two chunks
 * and one line. Line ends are `\n` or `\r\n`; a UTF-8 byte-order mark at the start of a line is dropped. A
 * line longer than `maxLineBytes` (its line end not counted) stops the read at once, without reading the rest of it; so
 * do a NUL byte (a binary file) and bytes that are not UTF-8, naming their line.
 */
export async function* readLineBatches(file: string, maxLineBytes: number, onProgress?: ProgressCallback): AsyncGenerator<TextLine[]> {
  const source = await openChunks(file);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  let bytes = 0;
  const text = (raw: string): TextLine => {
    line++;
    let value = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // Not only the file's first line: files joined with `cat`, each saved with a mark, keep one at
    // the start of each file's first line, where it would break a JSON record or a header.
    if (value.startsWith(BOM)) value = value.slice(1);
    return { text: value, line };
  };
  /** One line, decoded alone: the pending part of it and its `last` bytes. */
  const finish = (last: Buffer): TextLine => {
    const whole = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    pending = [];
    pendingBytes = 0;
    return text(decodeUtf8(whole, file, `line ${line + 1}`));
  };
  // Latin-1 keeps each byte one character: a CR is byte 13 alone, in UTF-8 too.
  const tooLong = (at: number, parts: readonly Uint8Array[]): Error =>
    inputError(
      `${file}: line ${at}: longer than ${maxLineBytes.toLocaleString('en-GB')} bytes, the line limit; expected one record a line${holdsLoneCr(Buffer.concat(parts).toString('latin1')) ? LONE_CR_HINT : ' (raise the limit with --max-line-bytes)'}`,
    );
  try {
    for (let chunk = await source.next(); chunk !== null; chunk = await source.next()) {
      bytes += chunk.length;
      const nul = chunk.indexOf(0);
      if (nul >= 0) {
        let before = 0;
        for (let i = chunk.indexOf(10); i >= 0 && i < nul; i = chunk.indexOf(10, i + 1)) before++;
        throw binaryError(file, line + 1 + before);
      }
      const batch: TextLine[] = [];
      let start = 0;
      let end = chunk.indexOf(10);
      if (end >= 0 && pending.length > 0) {
        // The first line of this chunk ends the line the last chunk began (its `\r` may be the last chunk's last byte).
        const cr = end > 0 ? endsInCr(chunk, end) : endsInCr(pending[pending.length - 1] as Buffer, (pending[pending.length - 1] as Buffer).length);
        if (pendingBytes + end - cr > maxLineBytes) throw tooLong(line + 1, [...pending, chunk.subarray(0, end)]);
        batch.push(finish(chunk.subarray(0, end)));
        start = end + 1;
        end = chunk.indexOf(10, start);
      }
      // The whole lines of this chunk: lengths checked, then decoded in one go.
      const first = start;
      let count = 0;
      for (; end >= 0; end = chunk.indexOf(10, start)) {
        if (end - start - endsInCr(chunk, end) > maxLineBytes) throw tooLong(line + count + 1, [chunk.subarray(start, end)]);
        count++;
        start = end + 1;
      }
      if (count > 0) {
        const lines = chunk.subarray(first, start - 1);
        if (isUtf8(lines)) for (const raw of lines.toString('utf8').split('\n')) batch.push(text(raw));
        else {
          // Decode line by line to name the line that is not UTF-8.
          for (let from = first, to = chunk.indexOf(10, from); to >= 0 && to < start; from = to + 1, to = chunk.indexOf(10, from)) batch.push(finish(chunk.subarray(from, to)));
        }
      }
      if (start < chunk.length) {
        pendingBytes += chunk.length - start;
        // A last `\r` may be the first half of a CRLF line end: it is not counted yet.
        if (pendingBytes - endsInCr(chunk, chunk.length) > maxLineBytes) throw tooLong(line + 1, [...pending, chunk.subarray(start)]);
        pending.push(chunk.subarray(start));
      }
      onProgress?.(line, bytes);
      if (batch.length > 0) yield batch;
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  } finally {
    source.close();
  }
  if (pendingBytes > 0) yield [finish(Buffer.alloc(0))];
}

