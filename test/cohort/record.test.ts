import { describe, expect, it } from 'vitest';
import { cohortRecordOf, definePolicy, OperationError, OptionsError, parseAssessment, referencePolicy, summariseCohort, trackProgress } from '../../src/index.js';
import { sampleHistories } from '../support/children.js';
import { catchError } from '../support/errors.js';
import { isDeepFrozen } from '../../src/internal/freeze.js';
import { all, gcp2At, starAt } from '../support/history.js';

const AS_OF = '2025-11-20';
const histories = new Map(sampleHistories());

describe('cohortRecordOf', () => {
  it('builds the record of a child of the sample, hand-checked (C-106: three GCP2 assessments and two Star readings)', () => {
    // A-106-3 (2025-09-15) is the latest GCP2 assessment: nutrition 4; responsiveness 4
    // (emotional); housing and hygiene 4 (physical); in-absence and home 4 (supervisory);
    // health 3 is borderline, so medical is not at concern. Need types in the instrument's
    // order. C-106 is at child protection (test/cli/place.test.ts). The physical area is 2
    // (A-106-1: 2, 3, 2, 2, 2) → 4 (A-106-3: 4, 4, 3, 4, 3): deteriorated. The Star readings
    // are left out of progress.
    const record = cohortRecordOf(histories.get('C-106') ?? [], { asOf: AS_OF });
    expect(record.level).toBe('child-protection');
    expect(record.child).toMatchObject({ id: 'C-106', locality: 'Rural' });
    expect(record.needsAtConcern).toEqual(['nutritional', 'emotional', 'physical', 'supervisory']);
    expect(record.progress?.['physical']).toBe('deteriorated');
    expect(Object.keys(record.progress ?? {})).not.toContain('family-routine');
  });

  it('counts the child where it lives now: the child record of the latest assessment', () => {
    const moved = [gcp2At('A-1', '2025-01-06', all(2), { id: 'C-1', locality: 'North' }), gcp2At('A-2', '2025-04-07', all(2), { id: 'C-1', locality: 'South' })];
    const record = cohortRecordOf(moved.reverse() as never, { asOf: '2025-05-01' });
    expect(record.child).toEqual({ id: 'C-1', locality: 'South' });
    // Every sub-area 2 at both: met, nothing at concern; every area unchanged.
    expect(record).toMatchObject({ level: 'universal', needsAtConcern: [], progress: { physical: 'unchanged', safety: 'unchanged', emotional: 'unchanged', developmental: 'unchanged' } });
  });

  it('holds no object of the caller\'s: a raw record\'s child is copied and frozen, a parsed one\'s shared', () => {
    const child = { id: 'C-1', locality: 'North', flags: ['disabled'], attributes: { ward: 'East' } };
    const record = cohortRecordOf([gcp2At('A-1', '2025-01-06', all(2), child)] as never, { asOf: '2025-02-01' });
    // Changing the caller's child afterwards changes nothing in the record.
    child.locality = 'South';
    child.flags.push('runaway');
    child.attributes.ward = 'West';
    expect(record.child).toEqual({ id: 'C-1', locality: 'North', flags: ['disabled'], attributes: { ward: 'East' } });
    expect(isDeepFrozen(record.child)).toBe(true);
    // A parsed assessment's child is the library's own frozen copy already, so the record shares it.
    const parsed = parseAssessment(gcp2At('A-1', '2025-01-06', all(2), child));
    expect(cohortRecordOf([parsed], { asOf: '2025-02-01' }).child).toBe(parsed.child);
  });

  it('has no progress for a single assessment, and takes raw or parsed assessments alike', () => {
    const raw = [gcp2At('A-1', '2025-01-06', all(3))];
    const fromRaw = cohortRecordOf(raw as never, { asOf: '2025-02-01' });
    expect(fromRaw).toEqual(cohortRecordOf(raw.map((a) => parseAssessment(a)), { asOf: '2025-02-01' }));
    expect(Object.hasOwn(fromRaw, 'progress')).toBe(false);
    // Every sub-area 3: borderline in every need type → additional support.
    expect(fromRaw.level).toBe('additional-support');
  });

  it('measures no progress between two assessments of one day, whichever id sorts first', () => {
    // Same day, same need grades (nutritional 4; physical 2 as the worst of housing, clothing,
    // hygiene), so placement takes them. But the physical area, mode-worse by hand, is 1 in
    // the first (1, 1, 2, 4) and 2 in the second (2, 2, 1, 4): counted as baseline → latest,
    // the child was "deteriorated" with these ids and "improved" with them swapped, over 0 days.
    const first = { 'physical.housing': 1, 'physical.clothing': 1, 'physical.hygiene': 2, 'physical.nutrition': 4 };
    const second = { 'physical.housing': 2, 'physical.clothing': 2, 'physical.hygiene': 1, 'physical.nutrition': 4 };
    for (const [a, b] of [[first, second], [second, first]] as const) {
      const record = cohortRecordOf([gcp2At('A-1', '2025-06-02', a), gcp2At('A-2', '2025-06-02', b)] as never, { asOf: '2025-06-30' });
      expect(record.level).toBe('early-help');
      expect(Object.hasOwn(record, 'progress')).toBe(false);
      // trackProgress, which the record's progress follows, measures no change either.
      expect(trackProgress([gcp2At('A-1', '2025-06-02', a), gcp2At('A-2', '2025-06-02', b)] as never).change).toBeNull();
    }
  });

  it('refuses assessments of the latest day that put the child in two localities, rather than count it where the last id does', () => {
    const north = gcp2At('A-1', '2025-06-02', all(2), { id: 'C-1', locality: 'North' });
    const south = gcp2At('A-2', '2025-06-02', all(2), { id: 'C-1', locality: 'South' });
    const error = catchError(() => cohortRecordOf([south, north] as never, { asOf: '2025-06-30' }));
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).code).toBe('same-day-conflict');
    expect((error as Error).message).toBe(
      'cohortRecordOf: A-1 and A-2, both on 2025-06-02, disagree on the child\'s locality ("North" and "South"); the cohort record will not choose between them — date them apart or record one assessment',
    );
    // An attribute, which may group the cohort as well, and a locality on one record only.
    const ward = (id: string, value: string) => gcp2At(id, '2025-06-02', all(2), { id: 'C-1', attributes: { ward: value } });
    expect((catchError(() => cohortRecordOf([ward('A-1', 'East'), ward('A-2', 'West')] as never, { asOf: '2025-06-30' })) as Error).message).toContain(
      'disagree on the child\'s attributes.ward ("East" and "West")',
    );
    // An attribute named like a property every object inherits is compared as any other.
    expect((catchError(() => cohortRecordOf([ward('A-1', 'East'), gcp2At('A-2', '2025-06-02', all(2), { id: 'C-1', attributes: { ward: 'East', toString: 'x' } })] as never, { asOf: '2025-06-30' })) as Error).message).toContain(
      'disagree on the child\'s attributes.toString (none and "x")',
    );
    const unplaced = gcp2At('A-1', '2025-06-02', all(2));
    expect((catchError(() => cohortRecordOf([unplaced, south] as never, { asOf: '2025-06-30' })) as Error).message).toContain('disagree on the child\'s locality (none and "South")');
    // The same locality on both, or a move between two days, is taken.
    expect(cohortRecordOf([north, { ...south, child: { id: 'C-1', locality: 'North' } }] as never, { asOf: '2025-06-30' }).child.locality).toBe('North');
    expect(cohortRecordOf([north, { ...south, assessedOn: '2025-06-03' }] as never, { asOf: '2025-06-30' }).child.locality).toBe('South');
    // On an earlier day, two localities decide nothing: the latest day's record counts.
    const later = gcp2At('A-3', '2025-09-01', all(2), { id: 'C-1', locality: 'West' });
    expect(cohortRecordOf([north, south, later] as never, { asOf: '2025-09-30' }).child.locality).toBe('West');
  });

  it('refuses two assessments of the baseline\'s or the latest\'s day whose order would decide an area\'s progress', () => {
    // Need grades alike (nutritional 4, physical 2), so placement takes them; the physical
    // area, mode-worse by hand, is 1 in `first` (1, 1, 2, 4) and 2 in `second` (2, 2, 1, 4).
    const first = { 'physical.housing': 1, 'physical.clothing': 1, 'physical.hygiene': 2, 'physical.nutrition': 4 };
    const second = { 'physical.housing': 2, 'physical.clothing': 2, 'physical.hygiene': 1, 'physical.nutrition': 4 };
    const two = { 'physical.housing': 2, 'physical.clothing': 2, 'physical.hygiene': 2, 'physical.nutrition': 4 };
    const refusal = (history: readonly Record<string, unknown>[]) => catchError(() => cohortRecordOf(history as never, { asOf: '2025-07-01' })) as OperationError;
    for (const [a, b] of [[first, second], [second, first]] as const) {
      // On the latest day: 2 → 2 unchanged or 2 → 1 improved, by the ids alone.
      const latestDay = refusal([gcp2At('A-1', '2025-01-06', two), gcp2At('A-2', '2025-06-02', a), gcp2At('A-3', '2025-06-02', b)]);
      expect(latestDay.code).toBe('same-day-conflict');
      expect(latestDay.message).toBe(
        `cohortRecordOf: A-2 and A-3, both on 2025-06-02, disagree on the grade of area physical, which decides its progress (${a === first ? '1 and 2' : '2 and 1'}); the cohort record will not choose between them — date them apart or record one assessment`,
      );
      // On the baseline's day: 1 → 2 deteriorated or 2 → 2 unchanged.
      const baselineDay = refusal([gcp2At('A-1', '2025-01-06', a), gcp2At('A-2', '2025-01-06', b), gcp2At('A-3', '2025-06-02', two)]);
      expect(baselineDay.message).toContain('A-1 and A-2, both on 2025-01-06, disagree on the grade of area physical, which decides its progress');
    }
    // Grades that differ but give the same direction decide nothing: 4 → 1 or 4 → 2 is improved either way.
    const four = { ...two, 'physical.housing': 4, 'physical.clothing': 4 };
    const record = cohortRecordOf([gcp2At('A-1', '2025-01-06', four), gcp2At('A-2', '2025-06-02', first), gcp2At('A-3', '2025-06-02', second)] as never, { asOf: '2025-07-01' });
    expect(record.progress).toMatchObject({ physical: 'improved' });
  });

  it('places under the policy given', () => {
    // Nutrition 4 on 2025-01-06 and on 2025-03-10 (63 days): not persistent at 90 days, persistent at 60.
    const history = [gcp2At('A-1', '2025-01-06', all(2, { 'physical.nutrition': 4 })), gcp2At('A-2', '2025-03-10', all(2, { 'physical.nutrition': 4 }))];
    expect(cohortRecordOf(history as never, { asOf: '2025-04-01' }).level).toBe('early-help');
    const sixtyDays = definePolicy({ ...referencePolicy, id: 'sixty', persistenceDays: 60 });
    expect(cohortRecordOf(history as never, { asOf: '2025-04-01', policy: sixtyDays }).level).toBe('child-in-need');
  });

  it('gives summariseCohort the figures graded-care cohort gives for the sample (test/cli/cohort.test.ts)', () => {
    const records = [...histories.values()].map((h) => cohortRecordOf(h, { asOf: AS_OF }));
    const summary = summariseCohort(records, { population: 48_400, levels: referencePolicy.levels.map((l) => l.id) });
    expect(Object.values(summary.total.levels).map((f) => f.count)).toEqual([2, 1, 1, 1, 2]);
    expect(summary.total.progress['physical']).toEqual({ children: 5, improved: { count: 1, percent: 20 }, unchanged: { count: 2, percent: 40 }, deteriorated: { count: 2, percent: 40 } });
  });

  it('refuses a history of Star readings alone, as placeOnContinuum does', () => {
    const error = catchError(() => cohortRecordOf([starAt('S-1', '2025-01-06', { 'family-routine': 4 })] as never, { asOf: AS_OF }));
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).code).toBe('star-only');
  });

  it.each([
    ['no options', undefined, []],
    ['no asOf', {}, ['asOf']],
    ['an asOf that is no date', { asOf: '2025-02-30' }, ['asOf']],
  ])('refuses %s with an OptionsError', (_what, options, path) => {
    const error = catchError(() => cohortRecordOf([gcp2At('A-1', '2025-01-06', all(3))] as never, options as never));
    expect(error).toBeInstanceOf(OptionsError);
    expect((error as OptionsError).issues[0]?.path).toEqual(path.length === 0 ? ['asOf'] : path);
  });
});
