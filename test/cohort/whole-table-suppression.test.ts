import { describe, expect, it } from 'vitest';
import { suppressTable } from '../../src/index.js';

// Hand-worked tables where the line-by-line rule settles but the lines combined still pin a
// `c` (each checked with scipy's milp, as scripts/disclosure-reference.py does: before the
// whole-table step one entry has a single least and greatest value, after it none has).
// Entries: cells row by row, then row totals, column totals, the grand total; lines: the rows
// top to bottom, the columns left to right, the column of row totals, the row of column totals.

describe('suppressTable: the whole-table step', () => {
  it('hides the smaller of what the pinned entry\'s own lines offer', () => {
    //           col0 col1 col2 | total
    //   row0       7    0    0 |    7
    //   row1       9    0    0 |    9
    //   row2       7    1   12 |   20
    //   total     23    1   12 |   36
    // Line by line it settles with row2's total 20, col0's total 23 and the grand total shown.
    // Then the row totals' line gives row0 + row1 = 36 − 20 = 16, both rows hold only col0,
    // and col0 gives row2's cell 23 − 16 = 7. Its row offers its total 20, its column 23:
    // 20 is hidden.
    const t = suppressTable([[7, 0, 0], [9, 0, 0], [7, 1, 12]]);
    expect(t.cells).toEqual([['c', 0, 0], ['c', 0, 0], ['c', 'c', 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual([23, 'c', 'c']);
    expect(t.grandTotal).toBe(36);
  });

  it('between equal offers, hides the one of the line that comes first (the row before the column)', () => {
    //           col0 col1 col2 | total
    //   row0       7    0    0 |    7
    //   row1       1    0    0 |    1
    //   row2       2    6    2 |   10
    //   total     10    6    2 |   18
    // As above: row0 + row1 = 18 − 10 = 8 and col0 gives row2's cell 10 − 8 = 2. Its row
    // offers its total 10 and its column its total 10: the row's is hidden.
    const t = suppressTable([[7, 0, 0], [1, 0, 0], [2, 6, 2]]);
    expect(t.cells).toEqual([['c', 0, 0], ['c', 0, 0], ['c', 'c', 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual([10, 'c', 'c']);
    expect(t.grandTotal).toBe(18);
  });

  it('when the pinned entry\'s own lines have nothing left to hide, hides the smallest figure of the lines its hidden neighbours reach', () => {
    //           col0 col1 col2 | total
    //   row0       7    9    2 |   18
    //   row1       0    7    0 |    7
    //   row2       0    2    6 |    8
    //   total      7   18    8 |   33
    // Line by line it settles with 9, the row0 and col1 totals 18 and the grand total 33
    // shown. Then row1's total is its one cell, col1 gives row1 + row2's col1 cells = 9, the
    // row totals' line row1 + row2 = 15, so row2's col2 cell is 15 − 9 = 6. Its row and
    // column are all hidden or 0; through their hidden entries the reachable shown figures
    // are 9, 18, 18 and 33: 9 is hidden.
    const t = suppressTable([[7, 9, 2], [0, 7, 0], [0, 2, 6]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 'c', 0], [0, 'c', 'c']]);
    expect(t.rowTotals).toEqual([18, 'c', 'c']);
    expect(t.columnTotals).toEqual(['c', 18, 'c']);
    expect(t.grandTotal).toBe(33);
  });
});

describe('suppressTable: the whole-table step over several rounds', () => {
  // Entries of a 4 × 3 table: cells 0–11 row by row, row totals 12–15, column totals 16–18, grand total 19.

  it('frees a pinned cycle of c\'s with one more figure, not one per pinned c', () => {
    //   row0   c(6)  7   c(1) | 14      Line by line it settles here. The six c's form a cycle:
    //   row1    0    7    9   | 16      row0 a + b = 7, col2 b + e = 3, row2 d + e = 9,
    //   row2   12   c(7) c(2) | 21      col1 d + g = 8, row3 f + g = 10, col0 a + f = 15, which
    //   row3   c(9) c(1)  0   | 10      leaves one free number, b: e = 3 − b, d = 6 + b,
    //   total  27   22   12   | 61      g = 2 − b; with every c at least 1, b = 1: all six pinned.
    // Hiding 7 (the smallest of row0, the first pinned c's line) frees them all (milp agrees).
    const t = suppressTable([[6, 7, 1], [0, 7, 9], [12, 7, 2], [9, 1, 0]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 7, 9], [12, 'c', 'c'], ['c', 'c', 0]]);
    expect(t.rowTotals).toEqual([14, 16, 21, 10]);
    expect(t.columnTotals).toEqual([27, 22, 12]);
    expect(t.grandTotal).toBe(61);
  });

  it('runs the lines again after each figure it hides, and checks the whole table again', () => {
    //   row0  1  12   1 | 14     Line by line: the 1s, then 12, 12, 6, 9 and row2's total 6.
    //   row1 12   0   9 | 21     Then row0's first 1 is pinned: its column offers its total 13,
    //   row2  0   6   0 |  6     hidden; the column totals' line then has one c left, so the
    //   row3  0   0   1 |  1     lines hide col2's total 11; still pinned, its row offers 14,
    //   total 13 18  11 | 42     hidden; still pinned, its own lines have nothing left, so the
    // smallest figure its hidden neighbours reach, col1's total 18, goes. Nothing is pinned
    // then (milp agrees; before the step, all nine c's were).
    const t = suppressTable([[1, 12, 1], [12, 0, 9], [0, 6, 0], [0, 0, 1]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], ['c', 0, 'c'], [0, 'c', 0], [0, 0, 'c']]);
    expect(t.rowTotals).toEqual(['c', 21, 'c', 'c']);
    expect(t.columnTotals).toEqual(['c', 'c', 'c']);
    expect(t.grandTotal).toBe(42);
  });

  it('takes the smaller offer even when the line that comes first offers the larger', () => {
    //   row0  9   9   2 | 20     Line by line: the 1s, 2 and col2's total 3, then row0's first
    //   row1  0   9   1 | 10     9 (the first of two), row1's 9, row2's 7 and col0's total 10.
    //   row2  1   7   0 |  8     Then row1's 9 is pinned. Its row offers its total 10, its
    //   row3  0   7   0 |  7     column row3's 7: the 7 goes, though the row comes first. The
    //   total 10 32   3 | 45     lines then hide row3's total 7 and row2's total 8; row1's 9
    // is still pinned, and now its column offers row0's 9, under its row's 10. Nothing is
    // pinned then (milp agrees; before the step, row1's and row2's four c's were).
    const t = suppressTable([[9, 9, 2], [0, 9, 1], [1, 7, 0], [0, 7, 0]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 'c', 'c'], ['c', 'c', 0], [0, 'c', 0]]);
    expect(t.rowTotals).toEqual([20, 10, 'c', 'c']);
    expect(t.columnTotals).toEqual(['c', 32, 'c']);
    expect(t.grandTotal).toBe(45);
  });

  it('reaches other lines only through hidden entries, never through a shown 0', () => {
    //   row0  2   9   2 | 13     Line by line it settles with 9, row0's total 13, col1's 17,
    //   row1  0   1   9 | 10     row3's total 0 and the grand total 30 shown. Row1's 9 is then
    //   row2  0   7   0 |  7     pinned: row1 + row2 = 30 − 13 = 17, col1 gives row1's 1 and
    //   row3  0   0   0 |  0     row2's 7 as 17 − 9 = 8, so row1's 9 = 17 − 8. Its row and
    //   total 2  17  11 | 30     column have nothing left to hide; through their hidden entries
    // the smallest figure reached is 9 (row0's). Through a shown 0 it would reach row3, whose
    // one figure left is its total 0, and hide a true zero.
    const t = suppressTable([[2, 9, 2], [0, 1, 9], [0, 7, 0], [0, 0, 0]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 'c', 'c'], [0, 'c', 0], [0, 0, 0]]);
    expect(t.rowTotals).toEqual([13, 'c', 'c', 0]);
    expect(t.columnTotals).toEqual(['c', 17, 'c']);
    expect(t.grandTotal).toBe(30);
  });
});

describe('suppressTable: ties on one line', () => {
  it('hides the first of two equal smallest cells', () => {
    // [3, 8, 8], total 19: 3 is primary and alone on its line; 8 and 8 tie, the first goes.
    const t = suppressTable([[3, 8, 8]], { columnTotals: false });
    expect(t.cells).toEqual([['c', 'c', 8]]);
    expect(t.rowTotals).toEqual([19]);
  });
});
