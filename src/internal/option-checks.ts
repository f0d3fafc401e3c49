import { type Issue, makeIssue } from '../errors.js';
import { isCalendarDate } from './calendar.js';
import { describeValue } from './describe.js';

/** Checks an optional whole-number option; pushes an issue and returns the default if bad. */
export function wholeNumber(issues: Issue[], path: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    issues.push(makeIssue([path], `a whole number ≥ ${min}`, describeValue(value)));
    return fallback;
  }
  return value;
}

/** Checks an optional calendar-date option; pushes an issue and returns `null` if bad or absent. */
export function calendarDate(issues: Issue[], path: string, value: unknown): string | null {
  if (value === undefined) return null;
  if (!isCalendarDate(value)) {
    issues.push(makeIssue([path], 'a calendar date written YYYY-MM-DD that exists', describeValue(value)));
    return null;
  }
  return value;
}
