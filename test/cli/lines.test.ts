import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLineBatches } from '../../src/cli/input/lines.js';
import { tempDir } from '../support/files.js';
import { ROOT } from '../support/run.js';

async function linesOf(file: string, maxLineBytes = 1 << 20): Promise<{ text: string; line: number }[]> {
  const out: { text: string; line: number }[] = [];
  for await (const batch of readLineBatches(file, maxLineBytes)) out.push(...batch);
  return out;
}

/** Lines of all sorts, several chunks (256 KiB) long: multi-byte characters, CRLF, a line spanning chunks. */
function bigText(): string {
  const lines: string[] = [];
  for (let i = 0; i < 6_000; i++) {
    const body = i % 7 === 0 ? `note ${i}: grade → 4, “quoted”, café ✓` : i % 11 === 0 ? '' : `{"id":"A-${i}","x":"${'y'.repeat(i % 97)}"}`;
    lines.push(i % 5 === 0 ? `${body}\r` : body);
  }
  lines.push('z'.repeat(300_000)); // longer than one chunk
  lines.push('last line, no line end');
  return `\uFEFF${lines.join('\n')}`;
}

describe('readLineBatches (the NDJSON and CSV line reader)', () => {
  it('gives the same lines as splitting the whole text, across chunk boundaries, without CR or BOM', async () => {
    const text = bigText();
    const dir = tempDir({ 'in.txt': text });
    const expected = text.slice(1).split('\n').map((t, i) => ({ text: t.endsWith('\r') ? t.slice(0, -1) : t, line: i + 1 }));
    expect(await linesOf(join(dir, 'in.txt'))).toEqual(expected);
    let batches = 0;
    for await (const batch of readLineBatches(join(dir, 'in.txt'), 1 << 20)) batches += batch.length > 0 ? 1 : 0;
    expect(batches).toBeGreaterThan(2);
    expect(batches).toBeLessThan(expected.length / 100);
  });

  it('names the line that is not UTF-8, in the middle of a chunk', async () => {
    const before = Buffer.from(Array.from({ length: 500 }, (_, i) => `line ${i + 1}\n`).join(''));
    const dir = tempDir({ 'in.txt': Buffer.concat([before, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), Buffer.from('after\n')]) });
    await expect(linesOf(join(dir, 'in.txt'))).rejects.toThrow(/in\.txt: line 501: not UTF-8 text/);
  });

  it('names the line over the limit, whether it ends in this chunk or runs past it', async () => {
    const short = Array.from({ length: 300 }, (_, i) => `line ${i + 1}`).join('\n');
    const dir = tempDir({ 'a.txt': `${short}\n${'x'.repeat(5_000)}\nok\n`, 'b.txt': `${short}\n${'x'.repeat(600_000)}\nok\n` });
    await expect(linesOf(join(dir, 'a.txt'), 4_096)).rejects.toThrow(/a\.txt: line 301: longer than 4,096 bytes/);
    await expect(linesOf(join(dir, 'b.txt'), 400_000)).rejects.toThrow(/b\.txt: line 301: longer than 400,000 bytes/);
  });
});

describe('the line limit and CRLF', () => {
  const CHUNK = 1 << 18;

  it('does not count the CR of a CRLF line end, in a chunk or where a chunk ends', async () => {
    const short = 'x'.repeat(440);
    // The second line's \r is the first chunk's last byte, its \n the next chunk's first.
    const long = 'y'.repeat(CHUNK - 442 - 1);
    const dir = tempDir({ 'in.txt': `${short}\r\n${long}\r\n${short}\r\n` });
    expect((await linesOf(join(dir, 'in.txt'), long.length)).map((l) => l.text.length)).toEqual([440, long.length, 440]);
    await expect(linesOf(join(dir, 'in.txt'), long.length - 1)).rejects.toThrow(/line 2: longer than/);
    await expect(linesOf(join(dir, 'in.txt'), 439)).rejects.toThrow(/line 1: longer than 439 bytes/);
  });

  it('still counts a line past the limit when its CR ends a chunk', async () => {
    const long = 'y'.repeat(CHUNK - 1);
    const dir = tempDir({ 'in.txt': `${long}\r\n` });
    await expect(linesOf(join(dir, 'in.txt'), long.length - 1)).rejects.toThrow(/line 1: longer than/);
    expect((await linesOf(join(dir, 'in.txt'), long.length)).map((l) => l.text.length)).toEqual([long.length]);
  });
});

/** Runs `code` (an ES module, with the CLI's input modules imported) in a process whose stdin is `input`; its stdout. */
function withStdin(code: string, input: string): string {
  const prelude = "const { readLineBatches, readStdin } = await import('./src/cli/input/lines.ts'); const { STDIN } = await import('./src/cli/input/stdin.ts');";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `${prelude}\n${code}`], { cwd: ROOT, input, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe('stdin (the CLI\'s -)', () => {
  it('gives the same lines as the file would, across chunk boundaries', async () => {
    const text = bigText();
    const dir = tempDir({ 'in.txt': text });
    const read = withStdin('const out = []; for await (const batch of readLineBatches(STDIN, 1 << 20)) out.push(...batch); process.stdout.write(JSON.stringify(out));', text);
    expect(JSON.parse(read)).toEqual(await linesOf(join(dir, 'in.txt')));
  });

  it('is read whole up to a limit, and not past it', () => {
    const size = (max: number): string => withStdin(`process.stdout.write(String((await readStdin(${max}))?.length ?? null));`, '12345678901');
    expect([size(10), size(11)]).toEqual(['null', '11']);
  });
});
