import { describe, expect, it } from 'vitest';
import { OptionsError, suppressTable } from '../../src/index.js';

// Hand-worked tables. The passes visit rows top to bottom, then columns left to right, then
// the column of row totals, then the row of column totals, and repeat until nothing changes.
// A line with exactly one `c`, or whose shown total leaves its c's only 1 each, gets its
// smallest non-zero unsuppressed cell suppressed too, or its total when it has no such cell.

describe('suppressTable: primary suppression', () => {
  it('leaves a table with no count from 1 to 5 as it is, zeros included', () => {
    const t = suppressTable([[0, 7, 8, 12]], { columnTotals: false });
    expect(t.cells).toEqual([[0, 7, 8, 12]]);
    expect(t.rowTotals).toEqual([27]);
    expect(t.columnTotals).toBeNull();
    expect(t.grandTotal).toBeNull();
  });

  it('hides every count from 1 to 5, including a total, and never a 0', () => {
    // Row [1, 0, 2], total 3: 1, 2 and the total 3 are all 1–5; the line then has three c's.
    const t = suppressTable([[1, 0, 2]], { columnTotals: false });
    expect(t.cells).toEqual([['c', 0, 'c']]);
    expect(t.rowTotals).toEqual(['c']);
  });

  it('keeps an all-zero table as true zeros', () => {
    const t = suppressTable([[0, 0], [0, 0]]);
    expect(t.cells).toEqual([[0, 0], [0, 0]]);
    expect(t.rowTotals).toEqual([0, 0]);
    expect(t.columnTotals).toEqual([0, 0]);
    expect(t.grandTotal).toBe(0);
  });
});

describe('suppressTable: secondary suppression', () => {
  it('in a row: suppresses the next-smallest cell so the total cannot give the 2 back', () => {
    // [2, 9, 7, 30], total 48. 2 is primary; alone, 48 − 9 − 7 − 30 = 2 would reveal it.
    // The smallest other non-zero cell is 7 → c. Now two unknowns share one equation.
    const t = suppressTable([[2, 9, 7, 30]], { columnTotals: false });
    expect(t.cells).toEqual([['c', 9, 'c', 30]]);
    expect(t.rowTotals).toEqual([48]);
  });

  it('never picks a zero as the secondary cell', () => {
    // [4, 0, 15, 8], total 27. 4 is primary; 0 is a true zero and would protect nothing;
    // of 15 and 8 the smaller, 8, is suppressed.
    const t = suppressTable([[4, 0, 15, 8]], { columnTotals: false });
    expect(t.cells).toEqual([['c', 0, 15, 'c']]);
    expect(t.rowTotals).toEqual([27]);
  });

  it('in rows and columns: a 3 spreads to a 2 × 2 block', () => {
    //           col0 col1 | total
    //   row0      12   20 |   32
    //   row1       3   25 |   28
    //   row2      15   30 |   45
    //   total     30   75 |  105
    // Pass 1: row1 has one c (3) → 25. col0 has one c (3) → smallest other is 12.
    //         col1 now has one c (25) → smallest other is 20.
    // Pass 2: row0 has 12 and 20 (two), row1 two, col0 two, col1 two: stable.
    const t = suppressTable([[12, 20], [3, 25], [15, 30]]);
    expect(t.cells).toEqual([['c', 'c'], ['c', 'c'], [15, 30]]);
    expect(t.rowTotals).toEqual([32, 28, 45]);
    expect(t.columnTotals).toEqual([30, 75]);
    expect(t.grandTotal).toBe(105);
  });

  it('in a column only, when rows have no published total (need types overlap)', () => {
    //   col0: 4, 11, 9 → total 24. 4 is primary; the smallest other is 9.
    //   col1: 14, 0, 22 → total 36. Nothing to hide.
    const t = suppressTable([[4, 14], [11, 0], [9, 22]], { rowTotals: false });
    expect(t.cells).toEqual([['c', 14], [11, 0], ['c', 22]]);
    expect(t.rowTotals).toBeNull();
    expect(t.columnTotals).toEqual([24, 36]);
  });

  it('needs more than one pass, and suppresses totals when a line has no other cell', () => {
    //           col0 col1 | total
    //   row0       2    9 |   11
    //   row1       7    0 |    7
    //   total      9    9 |   18
    // Pass 1: row0: one c (2) → 9.          row1: none.
    //         col0: one c (2) → 7.          col1: one c (9), the other cell is 0 → its total 9.
    //         row totals [11, 7 | 18]: none. column totals [9, 9c | 18]: one c → the other, 9.
    // Pass 2: row1 [7c, 0 | 7]: one c, no non-zero cell left → its total 7.
    //         row totals [11, 7c | 18]: one c → 11.
    // Pass 3: every line has 0 or ≥ 2 c's: stable. Only the grand total 18 remains.
    const t = suppressTable([[2, 9], [7, 0]]);
    expect(t.cells).toEqual([['c', 'c'], ['c', 0]]);
    expect(t.rowTotals).toEqual(['c', 'c']);
    expect(t.columnTotals).toEqual(['c', 'c']);
    expect(t.grandTotal).toBe(18);
  });

  it('hides one more cell when the c\'s of a line could only be 1 each (0 is shown, so every c is ≥ 1)', () => {
    // [22, 1, 1, 8], total 32: two c's, but 32 − 22 − 8 = 2 and each c ≥ 1, so both are 1.
    // The smallest other non-zero cell, 8, is hidden too: three c's summing to 10 could be 1, 1, 8 or 4, 4, 2…
    const t = suppressTable([[22, 1, 1, 8]], { columnTotals: false });
    expect(t.cells).toEqual([[22, 'c', 'c', 'c']]);
    expect(t.rowTotals).toEqual([32]);
  });

  it('hides the total of such a line when it has no other non-zero cell', () => {
    // [1, 1, 1, 1, 1, 1, 0], total 6: six c's that can only be 1 each; no shown non-zero cell
    // is left, so the total is hidden.
    const t = suppressTable([[1, 1, 1, 1, 1, 1, 0]], { columnTotals: false });
    expect(t.cells).toEqual([['c', 'c', 'c', 'c', 'c', 'c', 0]]);
    expect(t.rowTotals).toEqual(['c']);
  });

  it('hides such a total while the lines settle, before the whole table is checked', () => {
    //   row0  1  1  6  6  6  1 | 21    Row0's three c's sum to 3, the least: its first 6 goes.
    //   row1  1  1  1  1  1  1 |  6    Row1's six c's sum to 6 and it has no figure left: its
    //   total 2  2  7  7  7  2 | 27    total 6 goes. Col3 and col4 then have one c each: their
    // 6s go. The row totals' line has one c: 21 goes. In the column totals' line the c totals
    // of col0, col1 and col5 are at least 2 each, summing to 27 − 21 = 6: its first 7 goes.
    // The lines are then stable and nothing is pinned (milp agrees). Had row1 kept its total,
    // later steps would have hidden the col3 and col4 totals as well.
    const t = suppressTable([[1, 1, 6, 6, 6, 1], [1, 1, 1, 1, 1, 1]]);
    expect(t.cells).toEqual([['c', 'c', 'c', 'c', 'c', 'c'], ['c', 'c', 'c', 'c', 'c', 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c']);
    expect(t.columnTotals).toEqual(['c', 'c', 'c', 7, 7, 'c']);
    expect(t.grandTotal).toBe(27);
  });

  it('hides a shown total whose hidden members are pinned by what their own lines say they are at least', () => {
    //           col0 col1 col2 | total
    //   row0       1    1    0 |    2
    //   row1       0    1    1 |    2
    //   row2       1    0    1 |    2
    //   total      2    2    2 |    6
    // Every 1–5 is primary; only the zeros and the grand total 6 are left. No line alone has
    // one c or c's that can only be 1 each (three c's summing to 6). But each row total holds
    // two c's, so it is at least 2: three of them summing to 6 are 2 each, and then each row's
    // two c's are 1 each — the whole table (checked with an integer program: scipy's milp
    // minimising and maximising each c gives one value). So 6 is hidden too.
    const t = suppressTable([[1, 1, 0], [0, 1, 1], [1, 0, 1]]);
    expect(t.cells).toEqual([['c', 'c', 0], [0, 'c', 'c'], ['c', 0, 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual(['c', 'c', 'c']);
    expect(t.grandTotal).toBe('c');
  });

  it('hides one more cell where hidden totals are pinned by their lower bounds (a row total over two c\'s is at least 2)', () => {
    //           col0 col1 | total
    //   row0       1    1 |    2
    //   row1       8    9 |   17
    //   row2       0    1 |    1
    //   total      9   11 |   20
    // Primary: the 1s and the row totals 2 and 1. Pass 1: col0 [c, 8, 0 | 9] has one c → 8;
    // col1 [c, 9, c | 11] has two c's that can only be 1 each → 9. Pass 2: stable under the
    // one-line rule, with row totals [c, 17, c | 20] shown. But row0's total is at least 2 and
    // row2's at least 1, and 20 − 17 = 3 leaves them only 2 and 1: then row0 is 1 + 1, col1
    // gives 11 − 1 − 1 = 9 and col0 9 − 1 = 8, the whole table (scipy's milp agrees). So 17,
    // the one shown non-zero member of that line, is hidden too.
    const t = suppressTable([[1, 1], [8, 9], [0, 1]]);
    expect(t.cells).toEqual([['c', 'c'], ['c', 'c'], [0, 'c']]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual([9, 11]);
    expect(t.grandTotal).toBe(20);
  });

  it('uses what hidden totals are at least before the whole table is checked', () => {
    //           col0 col1 col2 col3 col4 | total
    //   row0       0    8    0    1    8 |   17     Rows: row0's one c takes the first 8,
    //   row1       1    6    0    1    0 |    8     row1's two 1s take its 6. The column
    //   total      1   14    0    2    8 |   25     totals' line [c, 14, 0, c, 8 | 25]: col0's
    // c total is at least 1 (one c under it) and col3's at least 2 (two), summing to
    // 25 − 14 − 8 = 3: pinned, so its smallest figure, col4's total 8, goes; then col4's one
    // c takes row0's other 8. Nothing is pinned then (milp agrees).
    const t = suppressTable([[0, 8, 0, 1, 8], [1, 6, 0, 1, 0]]);
    expect(t.cells).toEqual([[0, 'c', 0, 'c', 'c'], ['c', 'c', 0, 'c', 0]]);
    expect(t.rowTotals).toEqual([17, 8]);
    expect(t.columnTotals).toEqual(['c', 14, 0, 'c', 'c']);
    expect(t.grandTotal).toBe(25);
  });

  it('hides one more entry where combining lines would work out a c that no line alone pins', () => {
    //           col0 col1 col2 | total
    //   row0       0    6    1 |    7
    //   row1       2    0    0 |    2
    //   row2       1    0    0 |    1
    //   total      3    6    1 |   10
    // Line by line it settles at: the 1–5s hidden; row0 [0, c, 6, …] has one c → 6; the row
    // totals' line [7, c, c | 10] leaves two c's summing to 3, not pinned. But rows 1 and 2
    // hold only col0's cells, so col0's total is their two totals: 10 − 7 = 3 (scipy's milp
    // gives it one value). The whole-table check hides the smallest figure that frees it:
    // row0's total 7 or the grand total 10 would (milp agrees), so 7.
    const t = suppressTable([[0, 6, 1], [2, 0, 0], [1, 0, 0]]);
    expect(t.cells).toEqual([[0, 'c', 'c'], ['c', 0, 0], ['c', 0, 0]]);
    expect(t.rowTotals).toEqual(['c', 'c', 'c']);
    expect(t.columnTotals).toEqual(['c', 'c', 'c']);
    expect(t.grandTotal).toBe(10);
  });

  it('rounds the published totals to the nearest 10, halves up, and not the cells', () => {
    // The 2 × 2 block table above: totals 32, 28, 45 | 30, 75 | 105.
    const t = suppressTable([[12, 20], [3, 25], [15, 30]], { roundTotals: true });
    expect(t.cells).toEqual([['c', 'c'], ['c', 'c'], [15, 30]]);
    expect(t.rowTotals).toEqual([30, 30, 50]);
    expect(t.columnTotals).toEqual([30, 80]);
    expect(t.grandTotal).toBe(110);
  });
});

describe('suppressTable: bad tables', () => {
  it.each([
    ['an empty table', [], ['cells']],
    ['a ragged table', [[1, 2], [3]], ['cells', 1]],
    ['a negative count', [[1, -2]], ['cells', 0, 1]],
    ['a fractional count', [[1.5, 2]], ['cells', 0, 0]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole for a count', [[1, , 2], [3, 4, 5]], ['cells', 0, 1]],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole for a row', [[1, 2], , [3, 4]], ['cells', 1]],
  ])('refuses %s', (_what, cells, path) => {
    let caught: unknown;
    try {
      suppressTable(cells as number[][]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OptionsError);
    expect((caught as OptionsError).issues[0]?.path).toEqual(path);
  });

  // Found by the fuzz test: `null` options gave a TypeError.
  it.each([
    ['null options', null, ['options']],
    ['a total option that is not a boolean', { roundTotals: 'yes' }, ['options', 'roundTotals']],
    // Misspelt, it would leave the totals exact without a word.
    ['an option it does not take', { roundTotal: true }, ['options', 'roundTotal']],
  ])('refuses %s', (_what, options, path) => {
    expect(() => suppressTable([[1, 2]], options as never)).toThrow(OptionsError);
    try {
      suppressTable([[1, 2]], options as never);
    } catch (error) {
      expect((error as OptionsError).issues[0]?.path).toEqual(path);
    }
  });

  it('lists a misspelt option beside the other problems of the options, each at its path', () => {
    const error = (() => {
      try {
        suppressTable([[1, 2]], { roundTotal: true, rowTotals: 'yes' } as never);
      } catch (caught) {
        return caught as OptionsError;
      }
      return undefined;
    })();
    expect(error?.issues.map((issue) => issue.path)).toEqual([['options', 'roundTotal'], ['options', 'rowTotals']]);
  });
});
