import { describe, expect, it } from 'vitest';
import { AssessmentError, parseAssessment, placeOnContinuum, trackProgress, type Assessment } from '../../src/index.js';
import { catchError } from '../support/errors.js';

/*
 * A history of very many assessments of one child (an export that put every record under one
 * child id, say). Ordering it and finding duplicate ids compared every pair: 20,000 records,
 * newest first, took about 4.5 s, and 60,000 about 40 s (the square: 9 × as many pairs). Both
 * now take well under a second; the timeout is the test.
 */
const N = 60_000;
const DAY = 86_400_000;

/** The date `n` days after 1900-01-01, from UTC fields: no zone can move it. */
const dateOf = (n: number): string => new Date(Date.UTC(1900, 0, 1) + n * DAY).toISOString().slice(0, 10);

/** `N` parsed assessments, newest first (the worst order for an insertion sort). */
function longHistory(): Assessment[] {
  const history: Assessment[] = [];
  for (let i = 0; i < N; i++) {
    const n = N - 1 - i;
    history.push(parseAssessment({ schemaVersion: 1, id: `A-${String(n).padStart(6, '0')}`, instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: dateOf(n), ratings: { 'physical.nutrition': 4 } }));
  }
  return history;
}

describe('a history of 60,000 assessments of one child', () => {
  const history = longHistory();

  it('is ordered and tracked in time that grows as n log n, not with the square', { timeout: 10_000 }, () => {
    const report = trackProgress(history);
    // Nutrition at concern throughout: persistent from the first day (day 0) to the last (day N − 1).
    expect(report.baseline).toEqual({ assessmentId: 'A-000000', assessedOn: '1900-01-01' });
    expect(report.latest).toEqual({ assessmentId: `A-0${N - 1}`, assessedOn: dateOf(N - 1) });
    expect(report.persistence['nutritional']).toMatchObject({ persistent: true, since: '1900-01-01', spanDays: N - 1 });
    expect(placeOnContinuum(history).rule).toBe('definition-2-partial');
  });

  it('still names a duplicate id by the first item that has it', { timeout: 10_000 }, () => {
    const copy = parseAssessment({ ...history[N - 1], ratings: { 'physical.nutrition': 2 } });
    const error = catchError(() => trackProgress([...history, copy]));
    expect(error).toBeInstanceOf(AssessmentError);
    // The oldest record, A-000000, is the last of `history` (item N − 1); its copy is item N.
    expect((error as AssessmentError).issues.map((i) => [i.path, i.expected])).toEqual([[[N, 'id'], `an id no other assessment in the history has (item ${N - 1} has it)`]]);
  });
});
