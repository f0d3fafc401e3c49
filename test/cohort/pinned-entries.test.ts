import { describe, expect, it } from 'vitest';
import { pinnedEntries } from '../../src/cohort/pinned-entries.js';
import { tableLayout } from '../../src/cohort/suppression.js';
import { maskOf as mask, readReference, type ReferenceTable } from '../support/disclosure-reference.js';

/** Tables with hidden entries and, for each, the entries scipy's milp finds have one possible value, and those one line alone pins (scripts/disclosure-reference.py). */
interface ReferenceCase extends ReferenceTable {
  readonly pinnedByOneLine: number[];
}
const cases = readReference<ReferenceCase>('disclosure-reference.json');

describe('pinnedEntries against an integer program', () => {
  it('finds exactly the hidden entries scipy\'s milp gives one least and greatest value, in each of 420 random tables', () => {
    for (const c of cases) {
      const layout = tableLayout(c.rows, c.columns, c.rowTotals, c.columnTotals);
      expect(pinnedEntries(c.values, layout.lines, mask(layout.size, c.hidden)), JSON.stringify(c)).toEqual(c.pinned);
    }
  });

  it('the reference holds entries that only combining lines works out, tables with none pinned, and each layout that has lines', () => {
    const combined = cases.filter((c) => c.pinned.some((i) => !c.pinnedByOneLine.includes(i)));
    expect(combined.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => `${c.rowTotals}/${c.columnTotals}`)).size).toBe(3);
    expect(cases.filter((c) => c.pinned.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it('the reference holds one-row and one-column tables, tables of 10 to 12 rows, and tables of mostly 1s and 2s with most totals hidden', () => {
    const pinnedIn = (cases: readonly ReferenceCase[]) => cases.filter((c) => c.pinned.length > 0).length;
    const oneRow = cases.filter((c) => c.rows === 1 && c.columns > 1);
    const oneColumn = cases.filter((c) => c.columns === 1 && c.rows > 1);
    const large = cases.filter((c) => c.rows >= 10);
    expect([oneRow.length, oneColumn.length, large.length].every((n) => n >= 25)).toBe(true);
    expect([pinnedIn(oneRow), pinnedIn(oneColumn), pinnedIn(large)].every((n) => n >= 10)).toBe(true);
    const totalsHidden = (c: ReferenceCase) => c.hidden.filter((i) => i >= c.rows * c.columns).length;
    expect(cases.filter((c) => c.rows >= 6 && totalsHidden(c) >= c.rows).length).toBeGreaterThanOrEqual(10);
  });
});

describe('pinnedEntries: hand-worked', () => {
  //           col0 col1 col2 | total
  //   row0       0    c    c |    7
  //   row1       c    0    0 |    c
  //   row2       c    0    0 |    c
  //   total      c    c    c |   10
  // (true cells [[0, 6, 1], [2, 0, 0], [1, 0, 0]]). No line alone pins a c: the row totals'
  // line leaves two c's summing to 3, each 1 or 2. But rows 1 and 2 hold only their col0
  // cells, so col0's total is row1's total plus row2's: 10 − 7 = 3 (milp agrees).
  const layout = tableLayout(3, 3, true, true);
  const values = [0, 6, 1, 2, 0, 0, 1, 0, 0, 7, 2, 1, 3, 6, 1, 10];
  const hidden = [1, 2, 3, 6, 10, 11, 12, 13, 14];

  it('works out col0\'s total from four lines together', () => {
    expect(pinnedEntries(values, layout.lines, mask(layout.size, hidden))).toEqual([layout.columnTotal(0)]);
  });

  it('works out nothing once the grand total is hidden too', () => {
    expect(pinnedEntries(values, layout.lines, mask(layout.size, [...hidden, layout.grandTotal]))).toEqual([]);
  });

  it('leaves an entry in no line free, and pins a lone hidden entry of a line', () => {
    // One row, no totals published: nothing constrains its cells.
    expect(pinnedEntries([3, 4, 7], [], [true, true, false])).toEqual([]);
    expect(pinnedEntries([3, 4, 7], [{ members: [0, 1], total: 2 }], [true, false, false])).toEqual([0]);
  });

  it('pins two c\'s of a line that can only be 1 each, and frees them when the line has a third', () => {
    expect(pinnedEntries([1, 1, 2], [{ members: [0, 1], total: 2 }], [true, true, false])).toEqual([0, 1]);
    expect(pinnedEntries([1, 1, 9, 11], [{ members: [0, 1, 2], total: 3 }], [true, true, true, false])).toEqual([]);
  });
});

describe('pinnedEntries: lines that are not a table', () => {
  it('throws for an entry in three lines', () => {
    const lines = [
      { members: [0, 1], total: 4 },
      { members: [0, 2], total: 5 },
      { members: [0, 3], total: 6 },
    ];
    expect(() => pinnedEntries([1, 1, 1, 1, 2, 2, 2], lines, new Array<boolean>(7).fill(true))).toThrow(/more than two lines/);
  });

  it('throws for lines that cannot be signed as a network (three lines sharing members in a ring)', () => {
    const lines = [
      { members: [0, 1], total: 3 },
      { members: [1, 2], total: 4 },
      { members: [2, 0], total: 5 },
    ];
    expect(() => pinnedEntries([1, 1, 1, 2, 2, 2], lines, new Array<boolean>(6).fill(true))).toThrow(/signed as a network/);
  });
});
