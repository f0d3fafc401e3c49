import { type Issue, makeIssue } from '../errors.js';
import { isCalendarDate } from '../internal/calendar.js';
import { describeValue, isPlainObject } from '../internal/describe.js';
import { isTextWithin } from '../internal/well-formed.js';
import { flagsJoinedIn, nearMissFlag, oneFlagAnEntry } from './flags.js';
import type { InstrumentIndex } from '../internal/instrument-index.js';
import { LIMITS } from './limits.js';

/** A flag the schema takes (1–50 characters, well-formed): only such a flag is judged a near miss, as each flag gets one issue. */
function isFlagText(flag: unknown): flag is string {
  return typeof flag === 'string' && flag !== '' && isTextWithin(flag, LIMITS.flagLength);
}

/**
 * The checks that relate one field to another, which a JSON Schema cannot express: the
 * date of birth is on or before the assessment date, a sub-area is rated either as a
 * whole or through its items, never both, and no flag is a near miss of a known one or joins one with others. They read the raw input defensively, so they can
 * run beside the schema's own issues and report everything at once.
 */
export function relationIssues(input: Record<string, unknown>, index: InstrumentIndex): Issue[] {
  const issues: Issue[] = [];
  const { assessedOn, child, ratings } = input;
  const dateOfBirth = isPlainObject(child) ? child['dateOfBirth'] : undefined;
  if (isCalendarDate(dateOfBirth) && isCalendarDate(assessedOn) && dateOfBirth > assessedOn) {
    issues.push(makeIssue(['child', 'dateOfBirth'], `a date on or before assessedOn (${assessedOn})`, `the date ${dateOfBirth}, after the assessment`));
  }
  const flags = isPlainObject(child) ? child['flags'] : undefined;
  if (Array.isArray(flags)) {
    flags.forEach((flag: unknown, i) => {
      if (!isFlagText(flag)) return;
      const meant = nearMissFlag(flag);
      const joined = flagsJoinedIn(flag);
      if (meant !== undefined) issues.push(makeIssue(['child', 'flags', i], `the flag written exactly "${meant}" (or a free-form flag that is not a variant of it)`, describeValue(flag)));
      else if (joined.length > 0) issues.push(makeIssue(['child', 'flags', i], oneFlagAnEntry(joined), describeValue(flag)));
    });
  }
  if (!isPlainObject(ratings)) return issues;
  const rated = Object.keys(ratings).filter((key) => ratings[key] !== undefined);
  const ratedWhole = new Set<number>();
  for (const key of rated) {
    const target = index.keys[key];
    if (target !== undefined && target.item < 0) ratedWhole.add(target.unit);
  }
  for (const key of rated) {
    const target = index.keys[key];
    if (target !== undefined && target.item >= 0 && ratedWhole.has(target.unit)) {
      const unitId = index.unitIds[target.unit] as string;
      issues.push(makeIssue(['ratings', key], `no item rating, since ${JSON.stringify(unitId)} is rated as a whole`, 'an item rating as well'));
    }
  }
  return issues;
}
