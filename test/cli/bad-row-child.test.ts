import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childOfBrokenJson, childOfOverlongCsvRow } from '../../src/cli/input/child-of-bad-row.js';
import { csvLayout, type CsvLayout } from '../../src/cli/input/csv-columns.js';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

const HEADER = 'id,instrument,child.id,assessedOn,physical.nutrition,physical.nutrition#note';
// C1's latest assessment (A3) has an unquoted comma in its note: 7 cells under 6 columns.
const GAP_CSV = `${HEADER}\nA1,gcp2,C1,2025-01-06,4,\nA2,gcp2,C1,2025-04-07,4,\nA3,gcp2,C1,2025-07-07,1,eating well, gaining weight\nB1,gcp2,C2,2025-07-07,1,\n`;

function ndjsonLine(id: string, child: string, assessedOn: string, grade: number): string {
  return JSON.stringify({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: child }, assessedOn, ratings: { 'physical.nutrition': grade } });
}

function rejected(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function placedChildren(path: string): string[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { childId: string }[]).map((p) => p.childId);
}

describe('--keep-going with a row too broken to read, for the commands that read whole histories', () => {
  it('skips the child of a CSV row with an unquoted comma whole, instead of placing it on the rest of its history', () => {
    const dir = tempDir({ 'gap.csv': GAP_CSV });
    const run = runCli(['place', join(dir, 'gap.csv'), '--as-of', '2025-08-01', '--keep-going', '--rejects', join(dir, 'r.ndjson'), '--out', join(dir, 'p.json')]);
    expect(run.status).toBe(2);
    expect(placedChildren(join(dir, 'p.json'))).toEqual(['C2']);
    expect(rejected(join(dir, 'r.ndjson')).map((r) => [r['line'], r['child'], r['skipped']])).toEqual([
      [4, 'C1', undefined],
      [2, 'C1', 'child'],
    ]);
    expect(rejected(join(dir, 'r.ndjson'))[0]?.['message']).toBe('line 4: 7 columns, expected 6 as in the header; the row is child "C1"\'s, read despite the fault');
  });

  it('skips the child of an NDJSON line that is not valid JSON when its child object still tells it', () => {
    const lines = [ndjsonLine('A1', 'C1', '2025-01-06', 4), ndjsonLine('A2', 'C1', '2025-04-07', 4), ndjsonLine('A3', 'C1', '2025-07-07', 1).slice(0, -1), ndjsonLine('B1', 'C2', '2025-07-07', 1)];
    const dir = tempDir({ 'in.ndjson': `${lines.join('\n')}\n` });
    const run = runCli(['progress', join(dir, 'in.ndjson'), '--as-of', '2025-08-01', '--keep-going', '--rejects', join(dir, 'r.ndjson'), '--out', join(dir, 'p.json')]);
    expect(run.status).toBe(2);
    expect(placedChildren(join(dir, 'p.json'))).toEqual(['C2']);
    expect(rejected(join(dir, 'r.ndjson')).map((r) => [r['line'], r['child'], r['skipped']])).toEqual([
      [3, 'C1', undefined],
      [1, 'C1', 'child'],
    ]);
  });

  // A record that writes its child (or the child's id) twice: JSON.parse keeps the last, C2, and
  // C2's history was skipped while C1's was placed without the row.
  const childTwice = ndjsonLine('A2', 'C1', '2025-04-07', 4).replace(/\}$/, ',"child":{"id":"C2"}}');
  const idTwice = ndjsonLine('A2', 'C1', '2025-04-07', 4).replace('"id":"C1"', '"id":"C1","id":"C2"');
  for (const [what, name, where, text] of [
    ['a CSV row with too few cells', 'in.csv', 'line 3', `${HEADER}\nA1,gcp2,C1,2025-01-06,4,\nA3,gcp2,C1,2025-07-07,1\nB1,gcp2,C2,2025-07-07,1,\n`],
    ['an NDJSON line that names no child', 'in.ndjson', 'line 2', `${ndjsonLine('A1', 'C1', '2025-01-06', 4)}\n{"schemaVersion": 1,\n${ndjsonLine('B1', 'C2', '2025-07-07', 1)}\n`],
    ['an NDJSON line that writes its child twice', 'in.ndjson', 'line 2', `${ndjsonLine('A1', 'C1', '2025-01-06', 4)}\n${childTwice}\n${ndjsonLine('B1', 'C2', '2025-07-07', 1)}\n`],
    ["a JSON array item that writes its child's id twice", 'in.json', 'item 2', `[${ndjsonLine('A1', 'C1', '2025-01-06', 4)},\n${idTwice},\n${ndjsonLine('B1', 'C2', '2025-07-07', 1)}]\n`],
  ] as const) {
    it(`stops with exit status 2 and no output at ${what}: any child's history could have a gap`, () => {
      const dir = tempDir({ [name]: text });
      const run = runCli(['place', join(dir, name), '--as-of', '2025-08-01', '--keep-going', '--rejects', join(dir, 'r.ndjson'), '--out', join(dir, 'p.json')]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^graded-care: [^\\n]*${name.replace('.', '\\.')}: ${where}: [^\\n]*; the row names no child, so any child's history could have a gap \\(--keep-going cannot skip it: fix the row\\)\\n$`));
      expect(Object.keys(snapshot(dir))).toEqual([name]);
    });
  }

  // A padded cell: the contract refuses "C1 ", which can then only be C1's row. Taken for a child
  // of its own, it left C1 placed on the rest of its history (or, mid-history, stopped the run
  // saying the file was not sorted by child).
  for (const row of [3, 2]) {
    it(`skips the child of a row refused for a padded child id whole (row ${row} of 3)`, () => {
      const rows = ['A1,gcp2,C1,2025-01-06,4,', 'A2,gcp2,C1,2025-04-07,4,', 'A3,gcp2,C1,2025-07-07,1,'].map((r, i) => (i + 1 === row ? r.replace(',C1,', ',C1 ,') : r));
      const dir = tempDir({ 'pad.csv': `${HEADER}\n${rows.join('\n')}\nB1,gcp2,C2,2025-07-07,1,\n` });
      const run = runCli(['place', join(dir, 'pad.csv'), '--as-of', '2025-08-01', '--keep-going', '--rejects', join(dir, 'r.ndjson'), '--out', join(dir, 'p.json')]);
      expect(run.status).toBe(2);
      expect(placedChildren(join(dir, 'p.json'))).toEqual(['C2']);
      expect(rejected(join(dir, 'r.ndjson')).map((r) => [r['line'], r['child'], r['skipped']])).toEqual([
        [row + 1, 'C1', undefined],
        [2, 'C1', 'child'],
      ]);
    });
  }

  it('chart leaves out the child of a row refused for a padded child id', () => {
    const dir = tempDir({ 'in.ndjson': `${ndjsonLine('A1', 'C1', '2025-01-06', 4)}\n${ndjsonLine('A2', ' C1', '2025-04-07', 3)}\n` });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'profile', '--child', 'C1', '--keep-going', '--out', join(dir, 'c.svg')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--child "C1" not drawn/);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('chart stops too at a bad row that names no child', () => {
    const dir = tempDir({ 'in.ndjson': `${ndjsonLine('A1', 'C1', '2025-01-06', 4)}\n{"schemaVersion": 1,\n` });
    const run = runCli(['chart', join(dir, 'in.ndjson'), '--kind', 'profile', '--keep-going', '--out', join(dir, 'c.svg')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 2: not valid JSON .*; the row names no child, so any child's history could have a gap/);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });
});

describe('the child of a broken row', () => {
  const layout = (header: string): CsvLayout => csvLayout(header.split(',')) as CsvLayout;

  it('is told in a CSV row when every way of joining its extra cells back gives the same child', () => {
    expect(childOfOverlongCsvRow(layout(HEADER), 'A3,gcp2,C1,2025-07-07,1,eating well, gaining weight'.split(','))).toBe('C1');
    // The stray comma is before child.id: the readings that keep instrument and date valid all say C1.
    expect(childOfOverlongCsvRow(layout('id,assessor,instrument,child.id,assessedOn'), 'A3,Smith, J.,gcp2,C1,2025-07-07'.split(','))).toBe('C1');
  });

  it('is not told in a CSV row that two readings take for different children, nor in one with too few cells', () => {
    // An assessor "Jane,Smith" beside the child: C1, or "C1,Jane"? (With "Jane, Smith", only C1
    // holds: the other reading leaves the assessor " Smith", which an id cannot be.)
    expect(childOfOverlongCsvRow(layout('id,child.id,assessor,instrument,assessedOn'), 'A3,C1,Jane,Smith,gcp2,2025-07-07'.split(','))).toBeUndefined();
    expect(childOfOverlongCsvRow(layout('id,child.id,assessor,instrument,assessedOn'), 'A3,C1,Jane, Smith,gcp2,2025-07-07'.split(','))).toBe('C1');
    expect(childOfOverlongCsvRow(layout(HEADER), 'A3,gcp2,C1,2025-07-07,1'.split(','))).toBeUndefined();
  });

  it('is told in a broken JSON line only with one child key holding one id', () => {
    expect(childOfBrokenJson('{"id":"A1","child":{"id":"C\\"1","locality":"X"},"ratings":{')).toBe('C"1');
    expect(childOfBrokenJson('{"id":"A1","child":{"id":"C1"},"note":"child", "child":{"id":"C2"}')).toBeUndefined();
    expect(childOfBrokenJson('{"id":"A1","child":{"attributes":{"id":"x"},"id":"C1"},')).toBeUndefined();
    expect(childOfBrokenJson('{"id":"A1","note":"\\"child\\":{\\"id\\":\\"C9\\"}",')).toBeUndefined();
    expect(childOfBrokenJson('{"schemaVersion": 1,')).toBeUndefined();
    // A padded id is refused by the contract, so it names the child without its padding; spaces alone name none.
    expect(childOfBrokenJson('{"id":"A1","child":{"id":"C1\\t "},')).toBe('C1');
    expect(childOfBrokenJson('{"id":"A1","child":{"id":"  "},')).toBeUndefined();
    // A child key inside another object is not the record's: it was taken for the row's child.
    expect(childOfBrokenJson('{"id":"A1","ratings":{"child":{"id":"C2"}},')).toBeUndefined();
    expect(childOfBrokenJson('[{"child":{"id":"C2"}},')).toBeUndefined();
    expect(childOfBrokenJson('{"id":"A1","note":"a [brace { in text","child":{"id":"C1"},')).toBe('C1');
  });
});
