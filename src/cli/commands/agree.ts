import { type Issue, makeIssue } from '../../errors.js';
import { MAX_GRADE } from '../../instruments/definition-schema.js';
import {
  cohenKappa,
  type CohenKappaResult,
  fleissKappa,
  type FleissKappaResult,
  getInstrument,
  KAPPA_WEIGHTS,
  type KappaWeights,
  OperationError,
  OptionsError,
  ValidationError,
} from '../../index.js';

/** A CSV file as the CLI frame reads it: the header row and the data rows, cells as text. */
export interface AgreeTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Options of {@link agreeCommand}, as `graded-care agree FILE --weights W [--columns A,B,…] [--instrument ID]` gives them. */
export interface AgreeCommandOptions {
  /** The kappa weighting, always named: `none`, `linear` or `quadratic`. */
  readonly weights: KappaWeights;
  /** The raters' columns; by default every column but the first, which names the case. */
  readonly columns?: readonly string[];
  /** Take the categories from this instrument's scale (so unused grades count in the weights). */
  readonly instrument?: string;
}

/** One pair of raters: their column names and Cohen's kappa over the rows both graded. */
export type AgreePair = { readonly a: string; readonly b: string } & CohenKappaResult;

/** The result of {@link agreeCommand}, ready to print as JSON (or as CSV with {@link agreeResultTable}). */
export interface AgreeCommandResult {
  readonly raters: readonly string[];
  /** Data rows in the table. */
  readonly cases: number;
  readonly weights: KappaWeights;
  /** The categories every statistic used: the instrument's scale, or the distinct grades given. */
  readonly categories: readonly number[];
  /** Cohen's kappa for every pair of raters, in column order. */
  readonly pairs: readonly AgreePair[];
  /** Fleiss' kappa over the rows every rater graded; `null` if there is none. */
  readonly fleiss: FleissKappaResult | null;
}

/** A cell with no grade: blank, or `not-scored` as the contract writes it. */
const MISSING = new Set(['', 'not-scored']);
/** A grade as an assessment's rating cell holds one: digits (no sign, no point). */
const DIGITS = /^\d+$/;

function checkOptions(table: AgreeTable, options: AgreeCommandOptions): string[] {
  const issues: Issue[] = [];
  if (!KAPPA_WEIGHTS.includes(options.weights)) {
    issues.push(makeIssue(['weights'], `the weighting named: ${KAPPA_WEIGHTS.join(', ')}`, JSON.stringify(options.weights ?? null)));
  }
  const columns = options.columns ?? table.header.slice(1);
  columns.forEach((column, i) => {
    if (!table.header.includes(column)) issues.push(makeIssue(['columns', i], `a column of the table (${table.header.join(', ')})`, JSON.stringify(column)));
    // A name repeated in the default list is the header's fault, which readGrades reports at its line.
    else if (options.columns !== undefined && columns.indexOf(column) !== i) issues.push(makeIssue(['columns', i], 'a column not named before', JSON.stringify(column)));
  });
  if (columns.length < 2) {
    // Without --columns, too few raters is the table's fault, not an option's.
    if (options.columns === undefined && issues.length === 0) {
      throw new ValidationError('agreement table', [makeIssue(['header'], 'a column naming the case, then at least two raters’ columns', `${table.header.length} column${table.header.length === 1 ? '' : 's'}`)]);
    }
    issues.push(makeIssue(['columns'], 'at least two raters’ columns', `${columns.length}`));
  }
  if (issues.length > 0) throw new OptionsError(issues);
  return [...columns];
}

/** An instrument's scale, named for messages. */
interface NamedScale {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

/**
 * Each rater's grades by row (`null` for a blank or `not-scored` cell), cells read without
 * spaces at their ends and otherwise as an assessment's rating cells are; every bad cell — not a grade from 0 to 100
 * written in digits, or off the instrument's scale — is an issue at `rows[r][column]`.
 */
function readGrades(table: AgreeTable, raters: readonly string[], scale: NamedScale | null): (number | null)[][] {
  const issues: Issue[] = [];
  // Without an instrument, any grade a scale may hold: a stray -2 or 999 would otherwise become a category and change every weight.
  const range = scale ?? { min: 0, max: MAX_GRADE };
  const expected = `${scale === null ? 'a whole-number grade from' : 'a grade from'} ${range.min} to ${range.max}${scale === null ? '' : ` (the ${scale.id} scale)`}, a blank or not-scored`;
  table.header.forEach((name, i) => {
    if (!raters.includes(name)) return;
    // A rater with no name (a header ending in a comma, as some spreadsheets save it) could not be told apart in the results.
    if (name === '') issues.push(makeIssue(['header', i], "a rater's name", 'a column with no name'));
    else if (table.header.indexOf(name) !== i) issues.push(makeIssue(['header', i], 'a column name used once', JSON.stringify(name)));
  });
  const indexes = raters.map((name) => table.header.indexOf(name));
  const grades = table.rows.map((row, r) => {
    if (row.length !== table.header.length) issues.push(makeIssue(['rows', r], `${table.header.length} cells, one per column`, `${row.length}`));
    return indexes.map((c, k) => {
      // Spaces at the ends are dropped, as they are from the names: a table typed by hand has them after each comma.
      const cell = (row[c] ?? '').trim();
      if (MISSING.has(cell)) return null;
      const grade = Number(cell);
      if (!DIGITS.test(cell) || grade < range.min || grade > range.max) issues.push(makeIssue(['rows', r, raters[k] as string], expected, JSON.stringify(cell)));
      return grade;
    });
  });
  if (issues.length > 0) throw new ValidationError('agreement table', issues);
  return grades;
}

/**
 * `graded-care agree`: agreement between raters whose grades of the same cases stand in
 * columns of a table (a row a case): Cohen's kappa for every pair of raters, with the
 * weighting named, and Fleiss' kappa over all of them. A blank or `not-scored` cell leaves
 * that row out of the pairs with that rater, and out of Fleiss' kappa. The raters' names are
 * the header's cells without white space at their ends, as the grades are read.
 *
 * @throws {@link OptionsError} for a missing weighting or unknown columns; {@link ValidationError}
 * (subject `agreement table`) whose issues name `rows[r][column]` (r counts data rows from 0)
 * for a cell that is not a grade from 0 to 100 written in digits, or not on the scale of `instrument`; {@link OperationError} `no-ratings` for a pair of raters
 * with no case graded by both.
 */
export function agreeCommand(read: AgreeTable, options: AgreeCommandOptions): AgreeCommandResult {
  // Grades and --columns are read trimmed, so the raters' names are too: `case, reference`
  // (a space after each comma) would otherwise name a rater --columns could never select.
  const table = { ...read, header: read.header.map((name) => name.trim()) };
  const raters = checkOptions(table, options);
  const instrument = options.instrument === undefined ? null : getInstrument(options.instrument);
  const grades = readGrades(table, raters, instrument === null ? null : { id: instrument.id, ...instrument.scale });
  // Every pair shares one set of categories, so their kappas are comparable: the
  // instrument's scale, or the distinct grades anywhere in the table (the library's default).
  const given = new Set<number>();
  for (const row of grades) for (const g of row) if (g !== null) given.add(g);
  if (given.size === 0) throw new OperationError('no-ratings', `agree: the columns ${raters.join(', ')} hold no grades`);
  const categoryOptions = instrument === null ? { categories: [...given].sort((x, y) => x - y) } : { scale: instrument.scale };
  const pairs: AgreePair[] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) {
      const both = grades.filter((row) => row[i] !== null && row[j] !== null);
      if (both.length === 0) throw new OperationError('no-ratings', `agree: ${raters[i]} and ${raters[j]} graded no case in common`);
      const result = cohenKappa(both.map((row) => row[i] as number), both.map((row) => row[j] as number), { weights: options.weights, ...categoryOptions });
      pairs.push({ a: raters[i] as string, b: raters[j] as string, ...result });
    }
  }
  const complete = grades.filter((row) => row.every((g) => g !== null)) as number[][];
  return {
    raters,
    cases: table.rows.length,
    weights: options.weights,
    categories: (pairs[0] as AgreePair).categories,
    pairs,
    fleiss: complete.length === 0 ? null : fleissKappa(complete, categoryOptions),
  };
}

/** The result as a table for CSV output: a header and rows of cells, numbers as numbers (`null`: an empty cell). */
export interface AgreeResultTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * The result as a table for CSV output: a row per pair of raters, then a row for Fleiss'
 * kappa (rater `all`). Numbers are kept as numbers (so a negative kappa is written as a
 * number, never guarded as text); a degenerate kappa is `null`, an empty cell.
 */
export function agreeResultTable(result: AgreeCommandResult): AgreeResultTable {
  // Later columns come last, so that a reader of the earlier columns by position is not broken:
  // the interval's, then the test against chance.
  const header = [
    ...['raterA', 'raterB', 'statistic', 'weights', 'n', 'kappa', 'observed', 'expected', 'exactAgreement', 'withinOneAgreement'],
    ...['standardError', 'ciLower', 'ciUpper', 'standardErrorUnderNull', 'z', 'pValue'],
  ];
  const rows: (string | number | null)[][] = result.pairs.map((p) => [
    ...[p.a, p.b, 'cohen', p.weights, p.n, p.kappa, p.observed, p.expected, p.exactAgreement, p.withinOneAgreement],
    ...[p.standardError, p.confidenceInterval?.lower ?? null, p.confidenceInterval?.upper ?? null, null, null, null],
  ]);
  const f = result.fleiss;
  // Fleiss' kappa has no interval here: its standard error holds only where raters agree by chance alone, so it gives a test, not an interval.
  if (f !== null) rows.push(['all', 'all', 'fleiss', 'none', f.n, f.kappa, f.observed, f.expected, null, null, null, null, null, f.standardErrorUnderNull, f.z, f.pValue]);
  return { header, rows };
}
