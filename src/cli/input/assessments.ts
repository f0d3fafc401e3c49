import { safeParseAssessment, type Assessment } from '../../index.js';
import { makeIssue, messagePath, type Issue, type IssuePath } from '../../errors.js';
import { describeKey, describeValue } from '../../internal/describe.js';
import { describeIssues, inputError } from '../errors.js';
import { childIdOf, childOfBrokenJson, childOfOverlongCsvRow } from './child-of-bad-row.js';
import { csvColumnOf, csvIssue, csvLayout, csvRowToAssessment } from './csv-columns.js';
import { csvRecords, separatorProblem } from './csv.js';
import { repeatedKeysOf, type RepeatedKey } from './duplicate-keys.js';
import { jsonReason } from './json-error.js';
import { readAsAdvice, type InputFormat } from './format.js';
import { checkReadable, holdsLoneCr, LONE_CR_HINT, MAX_STRING_BYTES, readLineBatches, type ProgressCallback } from './lines.js';
import { readJsonDocument, type WholeFileRules } from './small-file.js';

/** Where a record came from: a line of NDJSON or CSV, or an item of a JSON array (from 1). */
export type Where = { readonly file: string; readonly line: number } | { readonly file: string; readonly item: number };

/**
 * A record read: a valid assessment, or a bad row with its issues and, if it could be read, its
 * child's id (`reported` once the rejects have it, as `gatherByChild` does in file order).
 */
export type Row =
  | { readonly ok: true; readonly assessment: Assessment; readonly where: Where }
  | { readonly ok: false; readonly where: Where; readonly issues: readonly Issue[]; readonly message: string; readonly childId?: string; readonly reported?: true };

/** `line 4` or `item 3`. */
export function whereText(where: Where): string {
  return 'line' in where ? `line ${where.line}` : `item ${where.item}`;
}

/** The largest JSON array file read whole; larger files belong in NDJSON, which is streamed. */
const MAX_JSON_BYTES = MAX_STRING_BYTES;

function jsonArrayRules(file: string, options: ReadOptions): WholeFileRules {
  return {
    maxBytes: MAX_JSON_BYTES,
    purpose: 'to read as one JSON array',
    advice: '; write it as NDJSON, which is streamed',
    expected: 'a JSON array of assessments',
    ndjsonAdvice: `; the file holds one assessment after another, as NDJSON does: ${readAsAdvice(file, '.ndjson', 'ndjson', options.formatOption)}`,
  };
}

export interface ReadOptions {
  readonly format: InputFormat;
  /** The `--format` given, if any: advice to read the file otherwise then names another value, not a new name. */
  readonly formatOption?: string | undefined;
  readonly maxLineBytes: number;
  readonly onProgress?: ProgressCallback;
}

function judge(value: unknown, where: Where, extra: readonly Issue[] = [], csv = false): Row {
  const result = safeParseAssessment(value);
  if (result.success && extra.length === 0) return { ok: true, assessment: result.data, where };
  const issues = [...extra, ...(result.success ? [] : csv ? result.issues.map(csvIssue) : result.issues)];
  const name = (issue: Issue): string => {
    const column = csv ? csvColumnOf(issue.path) : null;
    return column === null ? messagePath(issue.path) : `column ${column}`;
  };
  const childId = childIdOf(value);
  return { ok: false, where, issues, message: `${whereText(where)}: ${describeIssues(issues, name)}`, ...(childId === undefined ? {} : { childId }) };
}

/**
 * A row refused before the contract could judge it: `problem` says what is wrong in words.
 * `childId` is its child when it could still be read from the broken row, which the message
 * then says (the child's other rows are skipped on its word).
 */
function badRow(where: Where, problem: string, expected: string, received: string, childId?: string): Row {
  const issues = [makeIssue([], expected, received)];
  if (childId === undefined) return { ok: false, where, issues, message: `${whereText(where)}: ${problem}` };
  return { ok: false, where, issues, message: `${whereText(where)}: ${problem}; the row is child ${JSON.stringify(childId)}'s, read despite the fault`, childId };
}

/** A key written twice in one object of a record, at `path` within the record: refused, as JSON.parse would keep the last in silence. */
function repeatedKeyIssue(repeat: RepeatedKey, path: IssuePath): Issue {
  return makeIssue([...path, repeat.key], 'each key once in its object', `${describeKey(repeat.key)} again (JSON.parse would keep only the last)`);
}

/** Whether a repeated key's issue ({@link repeatedKeyIssue}) is at the record's `child` or its `child.id`. */
function isChildRepeat(repeat: Issue): boolean {
  const [head, key] = repeat.path;
  return head === 'child' && (repeat.path.length === 1 || (repeat.path.length === 2 && key === 'id'));
}

/**
 * {@link judge} of a record read from JSON, with the issues of the keys it writes twice
 * ({@link repeatedKeyIssue}, at paths within the record). A record that writes `child` or
 * its `id` twice names no child: JSON.parse kept the last, which may not be the row's, and
 * skipping that child's history would leave the row's own child with a gap in theirs.
 */
function judgeJson(value: unknown, where: Where, repeats: readonly Issue[] | undefined): Row {
  const row = judge(value, where, repeats);
  if (row.ok || row.childId === undefined || repeats?.some(isChildRepeat) !== true) return row;
  return { ok: false, where: row.where, issues: row.issues, message: row.message };
}

async function* readJsonArray(file: string, options: ReadOptions): AsyncGenerator<Row> {
  const { data, repeated } = await readJsonDocument(file, jsonArrayRules(file, options));
  if (!Array.isArray(data)) throw inputError(`${file}: expected a JSON array of assessments, received ${describeValue(data)}`);
  // Each repeat's path starts at its item's index.
  const byItem = new Map<unknown, Issue[]>();
  for (const repeat of repeated) {
    const issues = byItem.get(repeat.path[0]) ?? [];
    issues.push(repeatedKeyIssue(repeat, repeat.path.slice(1)));
    byItem.set(repeat.path[0], issues);
  }
  for (const [i, value] of data.entries()) yield judgeJson(value, { file, item: i + 1 }, byItem.get(i));
}

/** Said of an NDJSON file whose first record opens an array: a JSON array written over many lines. */
function jsonArrayHint(file: string, options: ReadOptions): string {
  return `; the file seems to be one JSON array over many lines, not one assessment a line: ${readAsAdvice(file, '.json', 'json', options.formatOption)}`;
}

async function* readNdjson(file: string, options: ReadOptions): AsyncGenerator<Row> {
  await checkReadable(file);
  let any = false;
  for await (const batch of readLineBatches(file, options.maxLineBytes, options.onProgress)) {
    for (const { text, line } of batch) {
      if (text.trim() === '') continue;
      const first = !any;
      any = true;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        // A CR between two records: the file ends its lines in CR alone, and the "line" is the whole file.
        const reason = `not valid JSON (${jsonReason(error)})${holdsLoneCr(text) ? LONE_CR_HINT : first && text.trimStart().startsWith('[') ? jsonArrayHint(file, options) : ''}`;
        yield badRow({ file, line }, reason, 'one assessment as a JSON object', `text that is ${reason}`, childOfBrokenJson(text));
        continue;
      }
      const repeated = repeatedKeysOf(text, value);
      yield repeated.length === 0 ? judge(value, { file, line }) : judgeJson(value, { file, line }, repeated.map((repeat) => repeatedKeyIssue(repeat, repeat.path)));
    }
  }
  if (!any) throw inputError(`${file}: the file is empty; expected one assessment (a JSON object) a line`);
}

async function* readCsv(file: string, options: ReadOptions): AsyncGenerator<Row> {
  await checkReadable(file);
  let layout: ReturnType<typeof csvLayout> | null = null;
  for await (const record of csvRecords(readLineBatches(file, options.maxLineBytes, options.onProgress), file, options.maxLineBytes)) {
    const where = { file, line: record.line };
    if (layout === null) {
      const separator = 'error' in record ? null : separatorProblem(record.fields);
      layout = 'error' in record ? { error: record.error } : separator !== null ? { error: separator } : csvLayout(record.fields);
      if ('error' in layout) {
        const loneCr = 'fields' in record && record.fields.some((name) => name.includes('\r'));
        throw inputError(`${file}: line ${record.line} (the header): ${layout.error}${loneCr ? LONE_CR_HINT : ''}`);
      }
      continue;
    }
    if ('error' in layout) continue;
    if ('error' in record) {
      yield badRow(where, record.error, 'a CSV row (RFC 4180)', record.error);
      continue;
    }
    // Two exports joined end to end: the second's header reads as a row whose every field is wrong.
    const { names } = layout;
    if (record.fields.length === names.length && record.fields.every((field, i) => field === names[i])) {
      yield badRow(where, 'the row repeats the header (two files joined?); expected one header, at the top: remove this row', 'a row of one assessment', 'the header again');
      continue;
    }
    if (record.fields.length !== layout.columns.length) {
      const n = record.fields.length;
      const found = `${n} column${n === 1 ? '' : 's'}`;
      yield badRow(where, `${found}, expected ${layout.columns.length} as in the header`, `${layout.columns.length} columns, as in the header`, found, childOfOverlongCsvRow(layout, record.fields));
      continue;
    }
    const { value, issues } = csvRowToAssessment(layout, record.fields);
    yield judge(value, where, issues, true);
  }
  if (layout === null) throw inputError(`${file}: the file is empty; expected a header row and one row per assessment`);
}

/**
 * Reads a file of assessments as rows, each valid or bad: a JSON array (read whole), NDJSON
 * or CSV (both streamed line by line). Problems with the file as a whole (missing, a
 * directory, empty, binary, not UTF-8, a line past the limit, a bad CSV header, invalid JSON
 * in an array) throw at once; a bad record is a bad row, for the caller to stop at or report.
 */
export function readAssessmentRows(file: string, options: ReadOptions): AsyncGenerator<Row> {
  // The reader itself, not a generator around it: one step less per row.
  return options.format === 'json' ? readJsonArray(file, options) : options.format === 'ndjson' ? readNdjson(file, options) : readCsv(file, options);
}
