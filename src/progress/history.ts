import { type CheckedAssessment, ensureAssessment, type ParseOptions } from '../contract/parse.js';
import type { Assessment } from '../contract/types.js';
import { AssessmentError, type Issue, makeIssue, OperationError } from '../errors.js';
import { epochDay, fromEpochDay } from '../internal/calendar.js';
import { describeItem, describeValue } from '../internal/describe.js';
import { quotedPair } from '../internal/look-alike.js';
import { forEachRepeat } from '../internal/repeats.js';
import { instrumentList } from '../instruments/instrument-names.js';

/** One assessment of a history with the instrument it was validated against (and its grade table, when validating filled one). */
export type HistoryEntry = CheckedAssessment;

/** A validated history of one child, in time order. */
export interface History {
  readonly childId: string;
  /** The child's date of birth from whichever records carry it (they must agree), or `null`. */
  readonly dateOfBirth: { readonly date: string; readonly from: string } | null;
  /** Ordered by `assessedOn`, then `id`. */
  readonly entries: readonly HistoryEntry[];
}

/** Orders assessments of one history (whose ids differ) by date, then id (code-unit order, never locale order). */
export function byDateThenId(a: Assessment, b: Assessment): number {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn < b.assessedOn ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

/**
 * Beyond this many assessments, an insertion sort's time would grow with the square of the
 * history: 20,000 records of one child took seconds, 100,000 minutes. Below it, the insertion
 * sort allocates nothing and is quicker. (Duplicate ids are found likewise: `forEachRepeat`.)
 */
const SHORT_HISTORY = 32;

const byEntry = (a: HistoryEntry, b: HistoryEntry): number => byDateThenId(a.assessment, b.assessment);

/**
 * Sorts entries in place by date, then id. Histories are a handful of assessments, often in
 * order already: an insertion sort does no allocation, where `Array.prototype.sort` copies;
 * a long history is sorted by `Array.prototype.sort`, whose time grows as n log n.
 */
function sortByDateThenId(entries: HistoryEntry[]): void {
  if (entries.length > SHORT_HISTORY) {
    entries.sort(byEntry);
    return;
  }
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i] as HistoryEntry;
    let j = i - 1;
    while (j >= 0 && byDateThenId((entries[j] as HistoryEntry).assessment, entry.assessment) > 0) {
      entries[j + 1] = entries[j] as HistoryEntry;
      j--;
    }
    entries[j + 1] = entry;
  }
}

/**
 * The one date of birth a history's records give (latest record first), or `null`; the
 * entries in date order. Refuses records that disagree, or a date of birth after the first
 * assessment (`conflicting-child`).
 */
export function dateOfBirthOf(entries: readonly HistoryEntry[], caller: string): History['dateOfBirth'] {
  let found: History['dateOfBirth'] = null;
  for (let i = entries.length - 1; i >= 0; i--) {
    const { child, id } = (entries[i] as HistoryEntry).assessment;
    if (child.dateOfBirth === undefined) continue;
    if (found === null) found = { date: child.dateOfBirth, from: id };
    else if (found.date !== child.dateOfBirth) {
      throw new OperationError(
        'conflicting-child',
        `${caller}: the child's records disagree on the date of birth: ${found.date} (${found.from}) and ${child.dateOfBirth} (${id})`,
      );
    }
  }
  // Each record's own date of birth is on or before its own date (the contract); one record's
  // must also be on or before every other record's, or an age in the history is negative.
  const earliest = (entries[0] as HistoryEntry).assessment;
  if (found !== null && found.date > earliest.assessedOn) {
    throw new OperationError(
      'conflicting-child',
      `${caller}: the child's date of birth ${found.date} (${found.from}) is after assessment ${earliest.id} (${earliest.assessedOn})`,
    );
  }
  return found;
}

/** An issue for each entry whose id an earlier entry has, naming that entry's index in the history. */
function duplicateIdIssues(entries: readonly HistoryEntry[], indexes: readonly number[], issues: Issue[]): void {
  forEachRepeat(entries.length, (i) => (entries[i] as HistoryEntry).assessment.id, (at, first) => {
    const id = (entries[at] as HistoryEntry).assessment.id;
    issues.push(makeIssue([indexes[at] as number, 'id'], `an id no other assessment in the history has (item ${indexes[first] as number} has it)`, describeValue(id)));
  });
}

/**
 * Validates a history — an array of assessments of one child in any order — and sorts it.
 * Every element is validated (raw input too); problems are reported with the element's
 * index at the head of the path. Refuses an empty history, duplicate assessment ids and
 * mixed children; mixed instruments unless `allowMixedInstruments`.
 *
 * @throws {@link AssessmentError} for invalid elements or duplicate ids; {@link OperationError}
 * (`empty-history`, `mixed-children`, `mixed-instruments`, `conflicting-child` when the
 * child's records give different dates of birth) otherwise.
 */
export function prepareHistory(history: readonly unknown[], options: ParseOptions, caller: string, allowMixedInstruments = false): History {
  if (!Array.isArray(history)) {
    throw new AssessmentError([makeIssue([], 'an array of assessments of one child', describeValue(history))]);
  }
  if (history.length === 0) throw new OperationError('empty-history', `${caller}: the history is empty; expected at least one assessment`);
  const issues: Issue[] = [];
  const entries: HistoryEntry[] = [];
  // Each entry's index in `history`: holes and invalid elements make no entry.
  const indexes: number[] = [];
  for (let i = 0; i < history.length; i++) {
    if (!(i in history)) {
      issues.push(makeIssue([i], 'an assessment object', describeItem(history, i)));
      continue;
    }
    try {
      entries.push(ensureAssessment(history[i], options));
      indexes.push(i);
    } catch (error) {
      // ensureAssessment throws nothing else; anything else would be a bug to surface, not to list.
      if (!(error instanceof AssessmentError)) throw error;
      for (const issue of error.issues) issues.push(makeIssue([i, ...issue.path], issue.expected, issue.received));
    }
  }
  duplicateIdIssues(entries, indexes, issues);
  if (issues.length > 0) throw new AssessmentError(issues);
  const first = entries[0] as HistoryEntry;
  for (const { assessment, instrument } of entries) {
    if (assessment.child.id !== first.assessment.child.id) {
      throw new OperationError(
        'mixed-children',
        `${caller}: a history is one child's; found children ${quotedPair(first.assessment.child.id, assessment.child.id)}`,
      );
    }
    if (!allowMixedInstruments && instrument !== first.instrument) {
      throw new OperationError(
        'mixed-instruments',
        `${caller}: a history is one instrument's; found ${instrumentList([first.instrument, instrument])}`,
      );
    }
  }
  sortByDateThenId(entries);
  return { childId: first.assessment.child.id, dateOfBirth: dateOfBirthOf(entries, caller), entries };
}

/**
 * Refuses an `asOf` before the latest assessment: "overdue" would be judged on a day before
 * the evidence it rests on.
 *
 * @throws {@link OperationError} `as-of-before-latest`.
 */
export function checkAsOf(asOf: string | null, latest: Assessment, caller: string): void {
  if (asOf !== null && asOf < latest.assessedOn) {
    throw new OperationError('as-of-before-latest', `${caller}: asOf ${asOf} is before the latest assessment (${latest.id}, ${latest.assessedOn})`);
  }
}

/** The day number of 9999-12-31, the last date written `YYYY-MM-DD`. */
export const LAST_WRITABLE_DAY = 2_932_896;

/**
 * The date `intervalDays` after the latest assessment, when its next review is due.
 *
 * @throws {@link OperationError} `date-out-of-range` when it would fall after 9999-12-31,
 * which cannot be written `YYYY-MM-DD` (nor read back in).
 */
export function reviewDue(latest: Assessment, intervalDays: number, caller: string): { day: number; date: string } {
  const day = epochDay(latest.assessedOn) + intervalDays;
  if (day > LAST_WRITABLE_DAY) {
    throw new OperationError(
      'date-out-of-range',
      `${caller}: the next review, ${intervalDays} days after ${latest.id} (${latest.assessedOn}), would fall after 9999-12-31, which cannot be written YYYY-MM-DD`,
    );
  }
  return { day, date: fromEpochDay(day) };
}
