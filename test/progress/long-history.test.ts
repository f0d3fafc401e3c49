import { describe, expect, it } from 'vitest';
import { AssessmentError, parseAssessment, placeOnContinuum, trackProgress, type Assessment } from '../../src/index.js';
import { catchError } from '../support/errors.js';

/*
 * A history longer than 32 assessments is ordered by Array.prototype.sort and checked for
 * duplicate ids with a map; a shorter one by insertion sort and pairwise. Both ways must give
 * the same order and the same duplicate-id issue. (How their time grows with the history's
 * length is measured in bench/long-history.bench.ts, not here.)
 */
const DAY = 86_400_000;

/** The date of the `n`th assessment, a week after the one before from 1900-01-01, from UTC fields: no zone can move it. */
const dateOf = (n: number): string => new Date(Date.UTC(1900, 0, 1) + n * 7 * DAY).toISOString().slice(0, 10);

/** `size` parsed assessments of one child, newest first (the worst order for an insertion sort), nutrition at concern throughout. */
function history(size: number): Assessment[] {
  return Array.from({ length: size }, (_, i) =>
    parseAssessment({ schemaVersion: 1, id: `A-${String(size - 1 - i).padStart(6, '0')}`, instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: dateOf(size - 1 - i), ratings: { 'physical.nutrition': 4 } }),
  );
}

// Either side of the 32 where the way changes, and well beyond it.
describe.each([31, 32, 33, 500])('a history of %i assessments of one child, newest first', (size) => {
  const assessments = history(size);

  it('is ordered by date: baseline the oldest, latest the newest, nutrition persistent all along', () => {
    const report = trackProgress(assessments);
    expect(report.baseline).toEqual({ assessmentId: 'A-000000', assessedOn: '1900-01-01' });
    expect(report.latest).toEqual({ assessmentId: `A-${String(size - 1).padStart(6, '0')}`, assessedOn: dateOf(size - 1) });
    expect(report.persistence['nutritional']).toMatchObject({ persistent: true, since: '1900-01-01', spanDays: 7 * (size - 1) });
    expect(placeOnContinuum(assessments).rule).toBe('definition-2-partial');
  });

  it('names a duplicate id by the first item that has it', () => {
    const copy = parseAssessment({ ...assessments[size - 1], ratings: { 'physical.nutrition': 2 } });
    const error = catchError(() => trackProgress([...assessments, copy]));
    expect(error).toBeInstanceOf(AssessmentError);
    // The oldest record, A-000000, is the last of the history (item size − 1); its copy is item size.
    expect((error as AssessmentError).issues.map((i) => [i.path, i.expected])).toEqual([[[size, 'id'], `an id no other assessment in the history has (item ${size - 1} has it)`]]);
  });

  it('orders same-day assessments by id, whatever order they come in', () => {
    const sameDay = assessments.map((a) => parseAssessment({ ...a, assessedOn: '2025-06-02' }));
    const report = trackProgress(sameDay);
    expect(report.baseline.assessmentId).toBe('A-000000');
    expect(report.latest.assessmentId).toBe(`A-${String(size - 1).padStart(6, '0')}`);
  });
});
