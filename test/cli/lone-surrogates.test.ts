import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { sampleNdjson } from '../support/sample.js';

// JSON can write half a surrogate pair ("\ud800"), which UTF-8 cannot: a CSV cell would hold
// U+FFFD instead, and the children "C-\ud800" and "C-\ud801" would come out as one.
const lines = sampleNdjson(3).trimEnd().split('\n');
const withChild = (line: string, escapedId: string): string => line.replace(/"child":\{"id":"[^"]*"/, `"child":{"id":"${escapedId}"`);
const REASON = 'expected text without a lone surrogate (half of a UTF-16 pair, such as \\ud800, which UTF-8 cannot write)';

describe('an id holding a lone surrogate', () => {
  it('is a bad row named at its path, shown escaped, and two such ids never share a CSV cell', () => {
    const input = [withChild(lines[0] as string, 'C-\\ud800'), withChild(lines[1] as string, 'C-\\ud801'), lines[2], ''].join('\n');
    const dir = tempDir({ 'in.ndjson': input });
    const out = join(dir, 'out.csv');
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`line 1: child.id: ${REASON}, received the string "C-\\ud800"`);
    expect(run.stderr).toContain(`line 2: child.id: ${REASON}, received the string "C-\\ud801"`);
    const csv = readFileSync(out, 'utf8');
    expect(csv).not.toContain('\ufffd');
    expect(csv.trimEnd().split('\n')).toHaveLength(2);
  });

  it('as a whole pair (an emoji) is a character like any other, kept through to the CSV', () => {
    const dir = tempDir({ 'in.ndjson': [withChild(lines[0] as string, 'C-\\ud83d\\ude00'), ''].join('\n') });
    const out = join(dir, 'out.csv');
    const run = runCli(['score', join(dir, 'in.ndjson'), '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('C-😀');
  });
});
