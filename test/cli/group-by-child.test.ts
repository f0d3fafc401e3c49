import { describe, expect, it } from 'vitest';
import { parseAssessment, type Assessment } from '../../src/index.js';
import type { Row } from '../../src/cli/input/assessments.js';
import { gatherByChild, groupByChild } from '../../src/cli/input/group-by-child.js';
import { Rejects } from '../../src/cli/rejects.js';
import type { Sink } from '../../src/cli/output/sink.js';
import { gcp2 } from '../support/assessments.js';

function ok(id: string, child: string, line: number): Row {
  const assessment: Assessment = parseAssessment(gcp2({ id, child: { id: child } }));
  return { ok: true, assessment, where: { file: 'in.csv', line } };
}
function bad(line: number, child?: string): Row {
  return { ok: false, where: { file: 'in.csv', line }, issues: [], message: `line ${line}: bad`, ...(child === undefined ? {} : { childId: child }) };
}
async function* source(rows: Row[]): AsyncGenerator<Row> {
  yield* rows;
}
function memorySink(): Sink & { text: string } {
  const nothing = async (): Promise<undefined> => undefined;
  const sink = { path: 'rejects.ndjson', text: '', write: async (t: string) => void (sink.text += t), finish: nothing, publish: nothing, withdraw: nothing, abort: nothing };
  return sink;
}
async function collect(rows: Row[], rejects: Rejects): Promise<[string, string[]][]> {
  const out: [string, string[]][] = [];
  for await (const history of groupByChild(source(rows), rejects)) out.push([history.childId, history.assessments.map((a) => a.id)]);
  return out;
}

describe('groupByChild', () => {
  it('hands on each child’s history when the child id changes', async () => {
    const rows = [ok('A1', 'C-1', 2), ok('A2', 'C-1', 3), ok('B1', 'C-2', 4), ok('C1', 'C-3', 5), ok('C2', 'C-3', 6)];
    expect(await collect(rows, new Rejects(false, null, { write: () => true }))).toEqual([
      ['C-1', ['A1', 'A2']],
      ['C-2', ['B1']],
      ['C-3', ['C1', 'C2']],
    ]);
  });

  it('refuses a child whose rows come back after another child, naming the row', async () => {
    const rows = [ok('A1', 'C-1', 2), ok('B1', 'C-2', 3), ok('A2', 'C-1', 4)];
    await expect(collect(rows, new Rejects(false, null, { write: () => true }))).rejects.toThrow(
      'in.csv: line 4: child "C-1" appears again after other children; expected the rows grouped by child.id (sort the file by child)',
    );
  });

  it('stops at a bad row without --keep-going', async () => {
    await expect(collect([ok('A1', 'C-1', 2), bad(3, 'C-1')], new Rejects(false, null, { write: () => true }))).rejects.toThrow('in.csv: line 3: bad');
  });

  it('with --keep-going, skips the whole history of a child with a bad row and reports the child', async () => {
    const sink = memorySink();
    const rejects = new Rejects(true, sink, { write: () => true });
    const rows = [ok('A1', 'C-1', 2), bad(3, 'C-1'), ok('A3', 'C-1', 4), bad(5, 'C-2'), ok('B1', 'C-2', 6), ok('D1', 'C-4', 7)];
    expect(await collect(rows, rejects)).toEqual([['C-4', ['D1']]]);
    const records = sink.text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => [r['line'], r['child'], r['skipped']])).toEqual([
      [3, 'C-1', undefined],
      [5, 'C-2', undefined],
      [2, 'C-1', 'child'],
      [5, 'C-2', 'child'],
    ]);
    expect(rejects.counts).toEqual({ rows: 2, children: 2, refused: 0 });
    expect(rejects.summary()).toBe('2 bad rows; 2 children skipped (see rejects.ndjson); first: in.csv: line 3: bad');
  });

  it('with --keep-going, stops at a bad row that names no child: any history could miss it', async () => {
    const rejects = new Rejects(true, memorySink(), { write: () => true });
    const rows = [ok('A1', 'C-1', 2), ok('A2', 'C-1', 3), bad(4), ok('B1', 'C-2', 5)];
    await expect(collect(rows, rejects)).rejects.toThrow("in.csv: line 4: bad; the row names no child, so any child's history could have a gap (--keep-going cannot skip it: fix the row)");
  });

  it('counts a history the command refused, and says so in the closing line', async () => {
    const sink = memorySink();
    const rejects = new Rejects(true, sink, { write: () => true });
    await rejects.row(bad(3, 'C-1') as Extract<Row, { ok: false }>);
    await rejects.history('C-2', { file: 'in.csv', line: 5 }, 'placeOnContinuum: the history holds Star readings only');
    expect(rejects.counts).toEqual({ rows: 1, children: 0, refused: 1 });
    expect(JSON.parse(sink.text.trimEnd().split('\n')[1] as string)).toEqual({ file: 'in.csv', line: 5, child: 'C-2', skipped: 'history', message: 'line 5: child "C-2": placeOnContinuum: the history holds Star readings only' });
    expect(rejects.summary()).toBe('1 bad row; 1 child refused (see rejects.ndjson); first: in.csv: line 3: bad');
    await expect(new Rejects(false, null, { write: () => true }).history('C-2', { file: 'in.csv', line: 5 }, 'no')).rejects.toThrow('in.csv: line 5: child "C-2": no');
  });
});

describe('gatherByChild (a JSON array, read whole)', () => {
  it('puts each child\'s rows together where the child first appears, in file order within it', async () => {
    const rows = [ok('A1', 'C-1', 1), ok('B1', 'C-2', 2), bad(3), ok('A2', 'C-1', 4), bad(5, 'C-2'), ok('C1', 'C-3', 6)];
    const gathered: number[] = [];
    for await (const row of gatherByChild(source(rows))) gathered.push((row.where as { line: number }).line);
    expect(gathered).toEqual([1, 4, 2, 5, 3, 6]);
    expect(await collect([ok('A1', 'C-1', 1), ok('B1', 'C-2', 2), ok('A2', 'C-1', 3)].slice(), new Rejects(false, null, { write: () => true })).catch((e: Error) => e.message)).toMatch(/appears again/);
  });
});
