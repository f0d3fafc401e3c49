import { describe, expect, it } from 'vitest';
import { suppressTable } from '../../src/index.js';

// Hand-worked tables where the line-by-line rule settles but the lines combined still pin a
// `c` (each checked with scipy's milp, as scripts/disclosure-reference.py does: before the
// whole-table step one entry has a single least and greatest value, after it none has; and
// which figures, hidden alone, would give it more than one).
// Entries: cells row by row, then row totals, column totals, the grand total; lines: the rows
// top to bottom, the columns left to right, the column of row totals, the row of column totals.

describe('suppressTable: the whole-table step', () => {
  it('hides the smallest of the figures that would free the pinned entry', () => {
    //           col0 col1 col2 | total
    //   row0       7    0    0 |    7
    //   row1       9    0    0 |    9
    //   row2       7    1   12 |   20
    //   total     23    1   12 |   36
    // Line by line it settles with row2's total 20, col0's total 23 and the grand total 36
    // shown. Then the row totals' line gives row0 + row1 = 36 − 20 = 16, both rows hold only
    // col0, and col0 gives row2's cell 23 − 16 = 7. Hiding 20, 23 or 36 alone would each
    // give it other values (milp agrees, and that no other figure would): 20 is hidden.
    const t = suppressTable([[7, 0, 0], [9, 0, 0], [7, 1, 12]]);
    expect(t.cells).toEqual([['c', 0, 0], ['c', 0, 0], ['c', 'c', 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual([23, 'c', 'c']);
    expect(t.grandTotal).toBe(36);
  });

  it('between equal figures, hides the first in the table\'s order (row totals before column totals)', () => {
    //           col0 col1 col2 | total
    //   row0       7    0    0 |    7
    //   row1       1    0    0 |    1
    //   row2       2    6    2 |   10
    //   total     10    6    2 |   18
    // As above: row0 + row1 = 18 − 10 = 8 and col0 gives row2's cell 10 − 8 = 2. Row2's total
    // 10, col0's total 10 and the grand total 18 would each free it: row2's total is hidden.
    const t = suppressTable([[7, 0, 0], [1, 0, 0], [2, 6, 2]]);
    expect(t.cells).toEqual([['c', 0, 0], ['c', 0, 0], ['c', 'c', 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual([10, 'c', 'c']);
    expect(t.grandTotal).toBe(18);
  });

  it('finds the figure anywhere in the table, not only in the pinned entry\'s own lines', () => {
    //           col0 col1 col2 | total
    //   row0       7    9    2 |   18
    //   row1       0    7    0 |    7
    //   row2       0    2    6 |    8
    //   total      7   18    8 |   33
    // Line by line it settles with 9, the row0 and col1 totals 18 and the grand total 33
    // shown. Then row1's total is its one cell, col1 gives row1 + row2's col1 cells = 9, the
    // row totals' line row1 + row2 = 15, so row2's col2 cell is 15 − 9 = 6. Its row and
    // column have nothing shown but 0s; of the table's figures 9, 18, 18 and 33 would each
    // free it (milp agrees): 9 is hidden.
    const t = suppressTable([[7, 9, 2], [0, 7, 0], [0, 2, 6]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 'c', 0], [0, 'c', 'c']]);
    expect(t.rowTotals).toEqual([18, 'c', 'c']);
    expect(t.columnTotals).toEqual(['c', 18, 'c']);
    expect(t.grandTotal).toBe(33);
  });

  it('can hide the table\'s first cell', () => {
    //   row0   6   6   2   2 | 16     Line by line: the 1s, 2s and the totals 4, then row1's and
    //   row1   6   1   1   1 |  9     row2's 6s (each row's three c's can only be 1) and col1's
    //   row2   6   1   1   1 |  9     top 6 (its two c's likewise). Then rows 1 and 2 together:
    //   total 18   8   4   4 | 34     their col0 c's are 18 − 6 = 12, so their six other c's
    // share 18 − 12 = 6, all 1, and row0's col1 c is 8 − 2 = 6. Row0's first 6, col0's total
    // 18 or col1's total 8 would free it (milp agrees): row0's first 6 goes, and nothing is
    // pinned then.
    const t = suppressTable([[6, 6, 2, 2], [6, 1, 1, 1], [6, 1, 1, 1]]);
    expect(t.cells).toEqual([['c', 'c', 'c', 'c'], ['c', 'c', 'c', 'c'], ['c', 'c', 'c', 'c']]);
    expect(t.rowTotals).toEqual([16, 9, 9]);
    expect(t.columnTotals).toEqual([18, 8, 'c', 'c']);
    expect(t.grandTotal).toBe(34);
  });
});

describe('suppressTable: the whole-table step over several rounds', () => {
  it('frees a pinned cycle of c\'s with one more figure, not one per pinned c', () => {
    //   row0   c(6)  7   c(1) | 14      Line by line it settles here. The six c's form a cycle:
    //   row1    0    7    9   | 16      row0 a + b = 7, col2 b + e = 3, row2 d + e = 9,
    //   row2   12   c(7) c(2) | 21      col1 d + g = 8, row3 f + g = 10, col0 a + f = 15, which
    //   row3   c(9) c(1)  0   | 10      leaves one free number, b: e = 3 − b, d = 6 + b,
    //   total  27   22   12   | 61      g = 2 − b; with every c at least 1, b = 1: all six pinned.
    // Only row0's 7 and row2's 12 free the first (milp agrees: row1's 7 is outside the cycle).
    // Hiding 7 frees all six.
    const t = suppressTable([[6, 7, 1], [0, 7, 9], [12, 7, 2], [9, 1, 0]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 7, 9], [12, 'c', 'c'], ['c', 'c', 0]]);
    expect(t.rowTotals).toEqual([14, 16, 21, 10]);
    expect(t.columnTotals).toEqual([27, 22, 12]);
    expect(t.grandTotal).toBe(61);
  });

  it('frees nine pinned c\'s with the one figure that closes a cycle through them', () => {
    //   row0  1  12   1 | 14     Line by line: the 1s and row3's total, then 12, 12, 6, 9 and
    //   row1 12   0   9 | 21     row2's total 6. Then all nine c's are pinned (milp agrees).
    //   row2  0   6   0 |  6     The one figure that frees row0's first 1 is row1's total 21:
    //   row3  0   0   1 |  1     hidden, the column totals 13, 18, 11 and the grand total 42
    //   total 13 18  11 | 42     stay shown, and nothing is pinned (milp agrees).
    const t = suppressTable([[1, 12, 1], [12, 0, 9], [0, 6, 0], [0, 0, 1]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], ['c', 0, 'c'], [0, 'c', 0], [0, 0, 'c']]);
    expect(t.rowTotals).toEqual([14, 'c', 'c', 'c']);
    expect(t.columnTotals).toEqual([13, 18, 11]);
    expect(t.grandTotal).toBe(42);
  });

  it('takes the smaller figure, not the one in the line that comes first', () => {
    //   row0  9   9   2 | 20     Line by line: the 1s, 2 and col2's total 3, then row0's first
    //   row1  0   9   1 | 10     9 (the first of two), row1's 9, row2's 7 and col0's total 10.
    //   row2  1   7   0 |  8     Then row1's 9 is pinned. Only row0's second 9 and col1's
    //   row3  0   7   0 |  7     total 32 would free it (milp agrees; its row's total 10 would
    //   total 10 32   3 | 45     not): row0's 9 is hidden, and nothing is pinned then.
    const t = suppressTable([[9, 9, 2], [0, 9, 1], [1, 7, 0], [0, 7, 0]]);
    expect(t.cells).toEqual([['c', 'c', 'c'], [0, 'c', 'c'], ['c', 'c', 0], [0, 7, 0]]);
    expect(t.rowTotals).toEqual([20, 10, 8, 7]);
    expect(t.columnTotals).toEqual(['c', 32, 'c']);
    expect(t.grandTotal).toBe(45);
  });

  it('where no single figure frees the pinned entry, widens what its cycle can reach, runs the lines again and checks again', () => {
    //   row0   5   0   0   1 |   6     Line by line it settles with the 1–5s and row2's 9
    //   row1   2   1   7   0 |  10     hidden. Then the six c's form a cycle, leaving one free
    //   row2   0   9   0   2 |  11     number t = row0's 5: row0's 1 = 6 − t, row2's 2 = t − 3,
    //   row3  11   9   0  13 |  33     row2's 9 = 14 − t, row1's 1 = t − 4, row1's 2 = 7 − t;
    //   row4   7  12   0   0 |  19     at least 1 each makes t = 5: all six pinned, and milp
    //   row5   8  13  17   8 |  46     finds no figure that frees them alone. The smallest
    //   total 33  44  24  24 | 125     figure joining a line the cycle reaches to one it does
    // not is row0's total 6 (to the row totals' line): hidden. That line then has one c, so
    // the lines hide its smallest figure, row1's total 10. Row0's 5 is free then, but row0's
    // 1 is not; only row2's total 11 frees it (milp agrees): hidden, and nothing is pinned.
    const t = suppressTable([[5, 0, 0, 1], [2, 1, 7, 0], [0, 9, 0, 2], [11, 9, 0, 13], [7, 12, 0, 0], [8, 13, 17, 8]]);
    expect(t.cells).toEqual([['c', 0, 0, 'c'], ['c', 'c', 7, 0], [0, 'c', 0, 'c'], [11, 9, 0, 13], [7, 12, 0, 0], [8, 13, 17, 8]]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c', 33, 19, 46]);
    expect(t.columnTotals).toEqual([33, 44, 24, 24]);
    expect(t.grandTotal).toBe(125);
  });

  it('never hides a true zero, though a 0 may sit between lines a cycle could use', () => {
    //   row0  2   9   2 | 13     Line by line it settles with 9, row0's total 13, col1's 17,
    //   row1  0   1   9 | 10     row3's total 0 and the grand total 30 shown. Row1's 9 is then
    //   row2  0   7   0 |  7     pinned: row1 + row2 = 30 − 13 = 17, col1 gives row1's 1 and
    //   row3  0   0   0 |  0     row2's 7 as 17 − 9 = 8, so row1's 9 = 17 − 8. Row0's 9, 13,
    //   total 2  17  11 | 30     17 and 30 would free it (milp agrees): 9 is hidden, not a 0.
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
