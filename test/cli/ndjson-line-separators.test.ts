import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

/*
 * An id may hold U+2028 or U+2029 (they are no control characters), which JSON allows raw but
 * many line readers take for a line end: Python's str.splitlines splits on both, as on \n.
 * NDJSON output and the rejects file write them escaped, so one record stays one line for
 * every reader; the values read back are the same as the JSON output's.
 */
const CHILD = 'C-1\u2028x\u2029y';
const record = (id: string, ratings: Record<string, unknown>) => JSON.stringify({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: CHILD }, assessedOn: '2025-06-02', ratings });

// What Python's str.splitlines takes for a line end (its documentation's table), so a reader splitting so sees every line.
const SPLITLINES = /\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]/;

describe('NDJSON output writes the line separators escaped', () => {
  it('score --output-format ndjson: one line a record, read back equal to the JSON output', () => {
    const dir = tempDir({ 'in.ndjson': `${record('A-\u20281', { 'physical.nutrition': 3 })}\n${record('A-2', { 'physical.nutrition': 4 })}\n` });
    const ndjson = runCli(['score', join(dir, 'in.ndjson'), '--output-format', 'ndjson']);
    const json = runCli(['score', join(dir, 'in.ndjson')]);
    expect(ndjson.status).toBe(0);
    expect(ndjson.stdout).not.toMatch(/[\u2028\u2029]/);
    const lines = ndjson.stdout.slice(0, -1).split(SPLITLINES);
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(JSON.parse(json.stdout));
    expect(ndjson.stdout).toContain('"C-1\\u2028x\\u2029y"');
  });

  it('the rejects file: one line a bad row, the id read back as it was', () => {
    const dir = tempDir({ 'in.ndjson': `${record('A-1', { 'physical.nutrition': 9 })}\n${record('A-2', { 'physical.nutrition': 4 })}\n` });
    const rejects = join(dir, 'rejects.ndjson');
    const run = runCli(['score', join(dir, 'in.ndjson'), '--keep-going', '--rejects', rejects]);
    expect(run.status).toBe(2);
    const text = readFileSync(rejects, 'utf8');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    const lines = text.slice(0, -1).split(SPLITLINES);
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0] as string) as { child: string }).child).toBe(CHILD);
  });
});
