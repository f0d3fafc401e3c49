import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { inputError } from '../errors.js';

/** One line of a text file, without its line end; `line` counts from 1. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

/** How far a reader has got, for the progress line. */
export type ProgressCallback = (line: number, bytes: number) => void;

/** The default longest line, in bytes: far above the largest valid assessment (notes ≤ 2,000 characters each). */
export const DEFAULT_MAX_LINE_BYTES = 1_048_576;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BOM = '\uFEFF';

/** A file the CLI may read: it exists and is not a directory. Names the file and the reason otherwise. */
export async function checkReadable(file: string): Promise<{ size: number; regular: boolean }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw inputError(`${file}: is a directory, expected a file`);
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

/**
 * Reads a text file line by line from a stream, holding at most one line (and one chunk) in
 * memory. Line ends are `\n` or `\r\n`; a UTF-8 byte-order mark at the start is dropped. A line
 * longer than `maxLineBytes` stops the read at once, without reading the rest of it; so do a
 * NUL byte (a binary file) and bytes that are not UTF-8.
 */
export async function* readLines(file: string, maxLineBytes: number, onProgress?: ProgressCallback): AsyncGenerator<TextLine> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  let bytes = 0;
  const finish = (last: Buffer): TextLine => {
    line++;
    const whole = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    pending = [];
    pendingBytes = 0;
    const end = whole.length > 0 && whole[whole.length - 1] === 13 ? whole.length - 1 : whole.length;
    let text = decodeUtf8(whole.subarray(0, end), file, `line ${line}`);
    if (line === 1 && text.startsWith(BOM)) text = text.slice(1);
    return { text, line };
  };
  const tooLong = (): Error =>
    inputError(`${file}: line ${line + 1}: longer than ${maxLineBytes.toLocaleString('en-GB')} bytes, the line limit; expected one record a line (raise the limit with --max-line-bytes)`);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const nul = chunk.indexOf(0);
      if (nul >= 0) {
        let before = 0;
        for (let i = chunk.indexOf(10); i >= 0 && i < nul; i = chunk.indexOf(10, i + 1)) before++;
        throw binaryError(file, line + 1 + before);
      }
      let start = 0;
      for (let end = chunk.indexOf(10); end >= 0; end = chunk.indexOf(10, start)) {
        if (pendingBytes + (end - start) > maxLineBytes) throw tooLong();
        yield finish(chunk.subarray(start, end));
        start = end + 1;
      }
      if (start < chunk.length) {
        pendingBytes += chunk.length - start;
        if (pendingBytes > maxLineBytes) throw tooLong();
        pending.push(chunk.subarray(start));
      }
      onProgress?.(line, bytes);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'CliError') throw error;
    throw inputError(`${file}: cannot read the file (${ioReason(error)})`);
  } finally {
    stream.destroy();
  }
  if (pendingBytes > 0) yield finish(Buffer.alloc(0));
}
