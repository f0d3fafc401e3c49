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

describe('suppressTable: ties on one line', () => {
  it('hides the first of two equal smallest cells', () => {
    // [3, 8, 8], total 19: 3 is primary and alone on its line; 8 and 8 tie, the first goes.
    const t = suppressTable([[3, 8, 8]], { columnTotals: false });
    expect(t.cells).toEqual([['c', 'c', 8]]);
    expect(t.rowTotals).toEqual([19]);
  });
});
