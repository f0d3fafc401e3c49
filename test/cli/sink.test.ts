import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stdoutSink } from '../../src/cli/output/sink.js';

/** A stream that keeps what it is given and asks for a drain every `drainEvery` writes. */
function memoryStream(drainEvery: number): NodeJS.WritableStream & { chunks: Buffer[] } {
  const stream = Object.assign(new EventEmitter(), {
    chunks: [] as Buffer[],
    write(data: Buffer | string): boolean {
      // Kept, not copied, as a stream keeps a chunk until it is written: a chunk reused too early would show.
      stream.chunks.push(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'));
      if (stream.chunks.length % drainEvery !== 0) return true;
      setImmediate(() => stream.emit('drain'));
      return false;
    },
  });
  return stream as unknown as NodeJS.WritableStream & { chunks: Buffer[] };
}

describe('the buffered output', () => {
  it('writes exactly the UTF-8 of the text given, in order, across chunk ends and past the chunk size', async () => {
    // Pieces of text from one character to past the 256 KiB chunk, in one to four bytes a character.
    const piece = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\n'), maxLength: 40 }),
      fc.tuple(fc.constantFrom('x', 'ü', '€'), fc.integer({ min: 20_000, max: 100_000 })).map(([c, n]) => c.repeat(n)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), async (pieces, drainEvery) => {
        const stream = memoryStream(drainEvery);
        const sink = stdoutSink(stream);
        for (const text of pieces) await sink.write(text);
        await sink.finish();
        expect(Buffer.concat(stream.chunks).toString('utf8')).toBe(pieces.join(''));
      }),
      { numRuns: 40 },
    );
  });
});
