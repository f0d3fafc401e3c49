import { describe, expect, it } from 'vitest';
import { closingFigure } from '../../src/cohort/closing-figures.js';
import { networkOf, pinnedEntries } from '../../src/cohort/pinned-entries.js';
import { tableLayout } from '../../src/cohort/suppression.js';
import { maskOf as mask, readReference, type ReferenceTable } from '../support/disclosure-reference.js';

/** Tables after primary suppression with an entry pinned, and every figure that frees the first pinned entry when hidden alone, by scipy's milp (scripts/disclosure-reference.py --closing). */
interface ClosingCase extends ReferenceTable {
  readonly freeing: number[];
}
const cases = readReference<ClosingCase>('closing-reference.json');

/** The smallest of `figures` by value, the first in the table's order between equals. */
const smallest = (figures: readonly number[], values: readonly number[]): number =>
  figures.reduce((pick, f) => ((values[f] as number) < (values[pick] as number) ? f : pick), figures[0] as number);

describe('closingFigure against an integer program', () => {
  it('hides the smallest of the figures that milp finds free the first pinned entry, in each reference table where one does', () => {
    for (const c of cases.filter((k) => k.freeing.length > 0)) {
      const layout = tableLayout(c.rows, c.columns, c.rowTotals, c.columnTotals);
      const pick = closingFigure(networkOf(layout.size, layout.lines), c.values, mask(layout.size, c.hidden));
      expect(pick, JSON.stringify(c)).toBe(smallest(c.freeing, c.values));
    }
  });

  it('where milp finds no figure that frees it alone, hides a shown figure that milp agrees does not free it either', () => {
    const none = cases.filter((k) => k.freeing.length === 0);
    for (const c of none) {
      const layout = tableLayout(c.rows, c.columns, c.rowTotals, c.columnTotals);
      const pick = closingFigure(networkOf(layout.size, layout.lines), c.values, mask(layout.size, c.hidden));
      expect(c.hidden.includes(pick) || c.values[pick] === 0, JSON.stringify(c)).toBe(false);
      expect(pick).toBeGreaterThanOrEqual(0);
    }
  });

  it('the reference holds tables no single figure frees, ties between the smallest, pinned entries of 1 and of 2 or more, and each layout that has lines', () => {
    expect(cases.filter((c) => c.freeing.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.freeing.length >= 3).length).toBeGreaterThanOrEqual(25);
    const tied = (c: ClosingCase) => c.freeing.filter((f) => c.values[f] === c.values[smallest(c.freeing, c.values)]).length >= 2;
    expect(cases.filter((c) => c.freeing.length > 0 && tied(c)).length).toBeGreaterThanOrEqual(20);
    const firstValue = (c: ClosingCase) => c.values[c.pinned[0] as number] as number;
    expect(cases.filter((c) => firstValue(c) === 1).length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => firstValue(c) >= 2).length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => `${c.rowTotals}/${c.columnTotals}`)).size).toBe(3);
    // The first pinned entry there is the one pinnedEntries (itself checked against milp) finds first.
    for (const c of cases) {
      const layout = tableLayout(c.rows, c.columns, c.rowTotals, c.columnTotals);
      expect(pinnedEntries(c.values, layout.lines, mask(layout.size, c.hidden))).toEqual(c.pinned);
    }
  });
});

describe('closingFigure: hand-worked', () => {
  it('returns -1 when nothing is pinned', () => {
    // [c(2), c(3), 9] with total 14: the two c's sum to 5, each 1 to 4.
    const lines = [{ members: [0, 1, 2], total: 3 }];
    expect(closingFigure(networkOf(4, lines), [2, 3, 9, 14], [true, true, false, false])).toBe(-1);
  });

  it('frees two c\'s of 1 with the smallest figure of their line, the first of equals', () => {
    // [c(1), c(1), 8, 8] with total 18: the c's sum to 2, so both are 1. Hiding either 8
    // lets them be 1 and 1 or up to 9 between them; the first 8 is hidden.
    const lines = [{ members: [0, 1, 2, 3], total: 4 }];
    expect(closingFigure(networkOf(5, lines), [1, 1, 8, 8, 18], [true, true, false, false, false])).toBe(2);
  });

  it('never takes a 0, though hiding it would join the same two nodes', () => {
    // [c(1), 0, c(1), 8] with total 10: the 0 would be the smallest figure, but 0 is always shown.
    const lines = [{ members: [0, 1, 2, 3], total: 4 }];
    expect(closingFigure(networkOf(5, lines), [1, 0, 1, 8, 10], [true, false, true, false, false])).toBe(3);
  });

  it('takes a figure of 2 or more either way round: a lone c of 3 is freed by a figure beside it', () => {
    // [c(3), 9] with total 12, the line alone: the c is pinned by subtraction; 9 and 12 each
    // join the line to the free node, and 9 is the smaller.
    const lines = [{ members: [0, 1], total: 2 }];
    expect(closingFigure(networkOf(3, lines), [3, 9, 12], [true, false, false])).toBe(1);
  });

  it('passes over a hidden entry in no line (it is free whatever the table)', () => {
    // [c(1), c(1), 8] with total 10, and a hidden 3 that no line holds: the two c's are pinned at 1.
    const lines = [{ members: [0, 1, 2], total: 3 }];
    expect(closingFigure(networkOf(5, lines), [1, 1, 8, 10, 3], [true, true, false, false, true])).toBe(2);
  });
});

describe('closingFigure: hand-worked tables', () => {
  it('frees a c pinned by its column, through the cycle its row\'s c\'s make', () => {
    //   row0  c(7) c(2)  9   | 18     Row0's 7 is col0's one c: 19 − 12. Hiding row1's 12 or
    //   row1  12   c(2) c(1) | 15     col0's total 19 would free it, and no other figure would
    //   total 19   c(4) 10   | 33     (milp agrees): 12, whose cycle runs through row0's 2 and
    // row1's 2 in col1.
    const layout = tableLayout(2, 3, true, true);
    const values = [7, 2, 9, 12, 2, 1, 18, 15, 19, 4, 10, 33];
    expect(closingFigure(networkOf(layout.size, layout.lines), values, mask(layout.size, [0, 1, 4, 5, 9]))).toBe(layout.cell(1, 0));
  });

  it('can hide the table\'s first entry', () => {
    //   row0   9   0   c(1) 12  | c(22)    Row1's 3 is col0's one c: 12 − 9. Hiding row0's
    //   row1  c(3) 7   c(3) c(2) | 15      9 or col0's total 12 would free it, and no other
    //   total 12   7   c(4) c(14)| c(37)   figure would (milp agrees): 9, entry 0.
    const layout = tableLayout(2, 4, true, true);
    const values = [9, 0, 1, 12, 3, 7, 3, 2, 22, 15, 12, 7, 4, 14, 37];
    expect(closingFigure(networkOf(layout.size, layout.lines), values, mask(layout.size, [2, 4, 6, 7, 8, 12, 13, 14]))).toBe(0);
  });
});

describe('closingFigure: when no single figure frees the pinned entry', () => {
  // A 2 × 2 table with its margins: cells 0–3, row totals 4–5, column totals 6–7, grand total 8.
  const layout = tableLayout(2, 2, true, true);
  const network = networkOf(layout.size, layout.lines);
  const at = (hidden: readonly number[]): boolean[] => mask(layout.size, hidden);

  it('hides the smallest figure that joins a line the pinned entry\'s cycle reaches to one it does not', () => {
    //   row0  c(6)  0   | 6      Row0's 6 is pinned by subtraction, and milp finds no figure
    //   row1  c(1)  6   | 7      that frees it alone. Around it, by hidden entries, row0 and
    //   total  7    6   | 13     col0 reach nothing: row1's 1 can only grow into col0. The
    // figures leaving them are row0's total 6 and col0's total 7: the 6 goes, not row1's
    // other 6 (as small and earlier in the table, but between two lines it does not reach).
    expect(closingFigure(network, [6, 0, 1, 6, 6, 7, 7, 6, 13], at([0, 2]))).toBe(layout.rowTotal(0));
  });

  it('between equal figures, takes the first in the table\'s order', () => {
    //   row0   0   c(6) | 6      Row0's 6 is pinned by subtraction (milp finds no figure that
    //   row1  c(6)  0   | c(6)   frees it alone). Row0 and col1 reach nothing else; leaving
    //   total  6    6   | 12     them are col1's total 6 and row0's total 6: row0's, first.
    expect(closingFigure(network, [0, 6, 6, 0, 6, 6, 6, 6, 12], at([1, 2, 5]))).toBe(layout.rowTotal(0));
  });

  it('never takes a figure between two lines the cycle already reaches', () => {
    //   row0   8   c(2) c(1) | 11     Row0's 2 is pinned (milp finds no figure that frees it
    //   row1  c(1)  0   c(2) | c(3)   alone). From col1 hidden entries reach nothing; from
    //   row2  c(1)  8    8   | 17     row0 they reach col2, row1, col0 and the line of row
    //   total 10   10   11   | 31     totals. Row0's 8 joins two of those and row0's total 11
    // too; leaving them, the smallest are row2's col1 8 and col2 8: the first, row2's col1.
    const layout3 = tableLayout(3, 3, true, true);
    const values = [8, 2, 1, 1, 0, 2, 1, 8, 8, 11, 3, 17, 10, 10, 11, 31];
    expect(closingFigure(networkOf(layout3.size, layout3.lines), values, mask(layout3.size, [1, 2, 3, 5, 6, 10]))).toBe(layout3.cell(2, 1));
  });
});
