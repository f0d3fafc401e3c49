/**
 * Statistical disclosure control of tables of counts, as DfE applies it in the Children in
 * Need statistics ("Characteristics of children in need", Confidentiality and Rounding) and
 * as the GSS guidance on symbols and disclosure control describes it:
 *
 * 1. Primary suppression: every count from 1 to 5 (cells and totals alike) is shown as `c`.
 *    0 is a true zero and is never suppressed.
 * 2. Secondary suppression: a line (a row with its total, or a column with its total) is one
 *    equation. Its suppressed entries are pinned down by it when exactly one entry is
 *    suppressed (recovered by subtraction), or when the total is shown and the suppressed
 *    entries sum to the least they can be: since 0 is always shown, every `c` cell is at
 *    least 1, so two `c`s summing to 2 are both 1; and a `c` total is at least its line's
 *    shown cells plus one per `c` cell in it, so row totals over two `c`s and over one,
 *    summing to 3, are 2 and 1. Either way the smallest non-zero unsuppressed cell of the
 *    line is suppressed too (ties: the first in order), or, if the line has none, its total.
 *    A shown non-zero cell is at least 6, so one more cell always unpins the line. Suppressing
 *    a cell can pin another line, so the pass repeats until no line changes. Each pass only
 *    adds suppressions, so this ends. A pass visits the rows top to bottom, then the columns
 *    left to right, then the column of row totals, then the row of column totals, so the
 *    result is deterministic (and the tests' hand-worked tables follow it).
 * 3. The whole table, beyond DfE's practice: when the lines are stable, the first suppressed
 *    entry that all the lines together still pin down (see `pinned-entries.ts`, exact for
 *    these tables) gets the smallest shown figure suppressed whose hiding alone gives it a
 *    second possible value, wherever in the table it is (ties: the first in order; see
 *    `closing-figures.ts`, which also says what it does when no single figure would); then
 *    step 2 runs again, and this step after it, until nothing is pinned. On random tables
 *    of up to 10 rows it hides about one entry in 4,500 more than the lines alone.
 * 4. Optionally, totals are rounded to the nearest 10 (halves up), as DfE rounds England and
 *    regional totals.
 *
 * The rule protects every suppressed entry against recovery from the table's equations,
 * knowing that each `c` is at least 1: no line, and no combination of lines, leaves a
 * suppressed entry a single possible value. A line still bounds its `c`s (two `c`s summing
 * to 9 are each 1 to 8), and a reader who knows that a primary `c` is at most 5 may narrow
 * one further.
 *
 * @module
 */
import { makeIssue, OptionsError, type Issue } from '../errors.js';
import { describeItem, describeValue, isPlainObject } from '../internal/describe.js';
import { optionNames, unknownOptionIssues } from '../internal/option-checks.js';
import { closingFigure, figuresAround } from './closing-figures.js';
import { networkOf, type Network } from './pinned-entries.js';
import type { CohortCount } from './types.js';

/** The largest count that primary suppression hides. */
export const SUPPRESS_AT_MOST = 5;

/** One equation of a table: the entries `members` sum to the entry `total` (indexes into the entries). */
export interface SuppressionLine {
  readonly members: readonly number[];
  readonly total: number;
}

/**
 * The least value a reader can give suppressed entry `i`: a cell at least 1 (0 is always
 * shown); a total at least its line's shown members plus the least of each suppressed one
 * (a row total over two `c`s is at least 2), the largest of its lines' bounds. Without it,
 * row totals [c, 17, c] summing to 20 pass the one-line check, yet rows of two `c`s and of
 * one are at least 2 and 1, so 20 − 17 = 3 pins both. `totalOf` maps an entry to the lines
 * it totals; a total is never a member of a line it totals, directly or not.
 */
function leastOf(i: number, values: readonly number[], hidden: readonly boolean[], totalOf: ReadonlyMap<number, readonly SuppressionLine[]>): number {
  if (!hidden[i]) return values[i] as number;
  let least = 1;
  for (const line of totalOf.get(i) ?? []) {
    const bound = line.members.reduce((sum, m) => sum + leastOf(m, values, hidden, totalOf), 0);
    if (bound > least) least = bound;
  }
  return least;
}

/**
 * Whether a line pins its suppressed entries down: exactly one is suppressed (subtraction
 * gives it back), or the total is shown and the suppressed members sum to the least they
 * can be (see {@link leastOf}): cells each at least 1 since 0 is always shown, so two `c`
 * cells summing to 2 are each 1.
 */
function pinsHiddenEntries(line: SuppressionLine, values: readonly number[], hidden: readonly boolean[], totalOf: ReadonlyMap<number, readonly SuppressionLine[]>): boolean {
  const hiddenMembers = line.members.filter((i) => hidden[i]);
  const hiddenCount = hiddenMembers.length + (hidden[line.total] ? 1 : 0);
  if (hiddenCount === 1) return true;
  if (hidden[line.total] || hiddenMembers.length === 0) return false;
  const hiddenSum = hiddenMembers.reduce((sum, i) => sum + (values[i] as number), 0);
  const leastSum = hiddenMembers.reduce((sum, i) => sum + leastOf(i, values, hidden, totalOf), 0);
  return hiddenSum === leastSum;
}

/** The entry to suppress next on a line: its smallest non-zero shown cell (the first of equals), else its total if shown, else none (-1). */
function nextToHide(line: SuppressionLine, values: readonly number[], hidden: readonly boolean[]): number {
  let pick = -1;
  for (const i of line.members) {
    const v = values[i] as number;
    if (!hidden[i] && v > 0 && (pick < 0 || v < (values[pick] as number))) pick = i;
  }
  if (pick < 0 && !hidden[line.total]) pick = line.total;
  return pick;
}

/**
 * Which entries to suppress: primary suppression of 1–5, then secondary suppression over
 * `lines` until no line, nor the lines together, pins a suppressed entry down. Trusted
 * input: whole counts ≥ 0 that satisfy their lines.
 */
export function suppressionMask(values: readonly number[], lines: readonly SuppressionLine[]): boolean[] {
  const hidden = values.map((v) => v >= 1 && v <= SUPPRESS_AT_MOST);
  const totalOf = new Map<number, SuppressionLine[]>();
  for (const line of lines) totalOf.set(line.total, [...(totalOf.get(line.total) ?? []), line]);
  let network: Network | undefined;
  let around: number[][] | undefined;
  for (;;) {
    settleLines(values, lines, hidden, totalOf);
    // Stable line by line: now the whole table. The first entry it still pins gets a figure
    // hidden that frees it, then the lines run again, until the table pins nothing. One at a
    // time: the figure that frees one entry often frees others with it. The network and the
    // figures around each line depend on the lines alone: built once, not once a round.
    network ??= networkOf(values.length, lines);
    around ??= figuresAround(network, values.length);
    const pick = closingFigure(network, values, hidden, around);
    if (pick < 0) return hidden;
    hidden[pick] = true;
  }
}

/** Step 2: passes over the lines, hiding the next entry of each line that pins its suppressed entries, until a pass hides nothing. */
function settleLines(values: readonly number[], lines: readonly SuppressionLine[], hidden: boolean[], totalOf: ReadonlyMap<number, readonly SuppressionLine[]>): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (!pinsHiddenEntries(line, values, hidden, totalOf)) continue;
      const pick = nextToHide(line, values, hidden);
      if (pick >= 0) {
        hidden[pick] = true;
        changed = true;
      }
    }
  }
}

/** A total rounded to the nearest 10, halves up (15 → 20); 0 stays 0. */
export function roundToTen(value: number): number {
  return Math.round(value / 10) * 10;
}

/** Options of {@link suppressTable}. */
export interface SuppressTableOptions {
  /** Publish each row's total (default `true`). */
  readonly rowTotals?: boolean | undefined;
  /** Publish each column's total (default `true`). */
  readonly columnTotals?: boolean | undefined;
  /** Round the published totals to the nearest 10 (default `false`). */
  readonly roundTotals?: boolean | undefined;
}

/** A table as published after disclosure control. Totals are `null` when not published. */
export interface SuppressedTable {
  /** The cells as published, row by row: counts, or `'c'`. */
  readonly cells: readonly (readonly CohortCount[])[];
  /** Each row's total as published (rounded if asked), or `null` when row totals are not published. */
  readonly rowTotals: readonly CohortCount[] | null;
  /** Each column's total as published (rounded if asked), or `null` when column totals are not published. */
  readonly columnTotals: readonly CohortCount[] | null;
  /** Published when both row and column totals are. */
  readonly grandTotal: CohortCount | null;
}

/** The entry positions of an r × c table with its margins, and the lines between them. */
export function tableLayout(rows: number, columns: number, rowTotals: boolean, columnTotals: boolean): {
  cell: (r: number, c: number) => number;
  rowTotal: (r: number) => number;
  columnTotal: (c: number) => number;
  grandTotal: number;
  size: number;
  lines: SuppressionLine[];
} {
  const cell = (r: number, c: number): number => r * columns + c;
  const rowTotal = (r: number): number => rows * columns + r;
  const columnTotal = (c: number): number => rows * columns + rows + c;
  const grandTotal = rows * columns + rows + columns;
  const lines: SuppressionLine[] = [];
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  if (rowTotals) for (const r of range(rows)) lines.push({ members: range(columns).map((c) => cell(r, c)), total: rowTotal(r) });
  if (columnTotals) for (const c of range(columns)) lines.push({ members: range(rows).map((r) => cell(r, c)), total: columnTotal(c) });
  if (rowTotals && columnTotals) {
    lines.push({ members: range(rows).map(rowTotal), total: grandTotal });
    lines.push({ members: range(columns).map(columnTotal), total: grandTotal });
  }
  return { cell, rowTotal, columnTotal, grandTotal, size: grandTotal + 1, lines };
}

const SUPPRESS_TABLE_OPTION_NAMES = optionNames<SuppressTableOptions>()(['rowTotals', 'columnTotals', 'roundTotals']);

function optionIssues(options: unknown): Issue[] {
  if (options === undefined) return [];
  if (!isPlainObject(options)) return [makeIssue(['options'], 'an options object { rowTotals?, columnTotals?, roundTotals? }, or nothing', describeValue(options))];
  // An option it does not take (`roundTotal` would leave totals exact without a word) is named at `options.<name>`, as the others.
  const unknown = unknownOptionIssues(options, SUPPRESS_TABLE_OPTION_NAMES, ['options']);
  return [
    ...unknown,
    ...SUPPRESS_TABLE_OPTION_NAMES.flatMap((name) => {
      const value = options[name];
      return value === undefined || typeof value === 'boolean' ? [] : [makeIssue(['options', name], 'true or false', describeValue(value))];
    }),
  ];
}

function tableIssues(cells: unknown): Issue[] {
  if (!Array.isArray(cells) || cells.length === 0) return [makeIssue(['cells'], 'a non-empty array of rows', describeValue(cells))];
  const issues: Issue[] = [];
  const width = Array.isArray(cells[0]) ? cells[0].length : -1;
  // Index loops, not forEach: a hole in a sparse array is a missing row or count, not one to skip.
  for (let r = 0; r < cells.length; r++) {
    const row: unknown = cells[r];
    if (!Array.isArray(row) || row.length !== width || width === 0) {
      issues.push(makeIssue(['cells', r], `a row of ${width > 0 ? width : 'one or more'} counts, as the first row`, describeItem(cells, r)));
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) issues.push(makeIssue(['cells', r, c], 'a whole number ≥ 0', describeItem(row, c)));
    }
  }
  return issues;
}

/**
 * Applies DfE's disclosure control to a table of counts with its row and column totals
 * (computed from the cells): 1–5 shown as `c`, secondary suppression so that no
 * suppressed entry can be recovered from its row or column total, nor from all of them
 * together (each `c` being at least 1), totals optionally rounded to the nearest 10. See the
 * module notes for the algorithm.
 *
 * @throws {@link OptionsError} when `cells` is not a rectangular table of whole counts ≥ 0, or
 *   `options` is not an options object of booleans, or names an option it does not take.
 * @example
 * ```ts
 * const t = suppressTable([[3, 10, 12], [20, 30, 40]]);
 * t.cells; // [['c', 'c', 12], ['c', 'c', 40]]
 * // 3 is primary; 10, the smallest other cell of its row, and 20, 30 below them in their columns, are secondary
 * t.rowTotals; // [25, 90]
 * t.columnTotals; // [23, 40, 52]
 * ```
 */
export function suppressTable(cells: readonly (readonly number[])[], options: SuppressTableOptions = {}): SuppressedTable {
  const issues = [...tableIssues(cells), ...optionIssues(options)];
  if (issues.length > 0) throw new OptionsError(issues);
  const rows = cells.length;
  const columns = (cells[0] as readonly number[]).length;
  const withRows = options.rowTotals ?? true;
  const withColumns = options.columnTotals ?? true;
  const layout = tableLayout(rows, columns, withRows, withColumns);
  const values = new Array<number>(layout.size).fill(0);
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      values[layout.cell(r, c)] = v;
      values[layout.rowTotal(r)] = (values[layout.rowTotal(r)] as number) + v;
      values[layout.columnTotal(c)] = (values[layout.columnTotal(c)] as number) + v;
      values[layout.grandTotal] = (values[layout.grandTotal] as number) + v;
    }),
  );
  const hidden = suppressionMask(values, layout.lines);
  const publish = (i: number, total: boolean): CohortCount => {
    if (hidden[i]) return 'c';
    const v = values[i] as number;
    return total && options.roundTotals === true ? roundToTen(v) : v;
  };
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  return {
    cells: range(rows).map((r) => range(columns).map((c) => publish(layout.cell(r, c), false))),
    rowTotals: withRows ? range(rows).map((r) => publish(layout.rowTotal(r), true)) : null,
    columnTotals: withColumns ? range(columns).map((c) => publish(layout.columnTotal(c), true)) : null,
    grandTotal: withRows && withColumns ? publish(layout.grandTotal, true) : null,
  };
}
