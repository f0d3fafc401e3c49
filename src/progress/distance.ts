import type { Assessment } from '../contract/types.js';
import { AssessmentError, makeIssue, OperationError, OptionsError } from '../errors.js';
import type { InstrumentOptions } from '../instruments/registry.js';
import type { Instrument } from '../instruments/types.js';
import { instrumentList } from '../instruments/instrument-names.js';
import { describeItem, describeValue } from '../internal/describe.js';
import { roundRatio } from '../internal/round.js';
import { planFor } from '../score/plan.js';
import { snapshot } from '../score/snapshot.js';
import { stageIndex } from '../instruments/stages.js';
import { directionOf } from './change.js';
import { type History, prepareHistory } from './history.js';
import type { AreaDistance, DistanceReport, Movement } from './types.js';
import { optionNames, optionsObject } from '../internal/option-checks.js';

/** Options of {@link distanceTravelled}. */
export interface DistanceOptions extends InstrumentOptions {
  /**
   * `first` (default): each family's first reading in an area is its baseline.
   * `lower-of-first-two`: the worse of the first two readings, as Star Online offers, for
   * families who rate themselves high at first and lower once they trust the worker.
   */
  readonly baseline?: 'first' | 'lower-of-first-two' | undefined;
}

const BASELINES = ['first', 'lower-of-first-two'] as const;

interface AreaTally {
  measured: number;
  baselineSum: number;
  latestSum: number;
  increaseSum: number;
  increases: number;
  decreaseSum: number;
  decreases: number;
  forward: number;
  same: number;
  back: number;
  stagesAtBaseline: number[];
  stagesAtLatest: number[];
}

function movement(count: number, of: number): Movement {
  return { count, percent: of === 0 ? null : roundRatio(count * 100, of, 1) };
}

function mean(sum: number, n: number): number | null {
  return n === 0 ? null : roundRatio(sum, n, 2);
}

function report(instrument: Instrument, tally: AreaTally): AreaDistance {
  const stages = (counts: number[]) => Object.fromEntries(instrument.stages.map((stage, s) => [stage.id, counts[s] as number]));
  return {
    measured: tally.measured,
    averageBaseline: mean(tally.baselineSum, tally.measured),
    averageLatest: mean(tally.latestSum, tally.measured),
    averageChange: mean(tally.latestSum - tally.baselineSum, tally.measured),
    averageIncrease: mean(tally.increaseSum, tally.increases),
    averageDecrease: mean(tally.decreaseSum, tally.decreases),
    forward: movement(tally.forward, tally.measured),
    same: movement(tally.same, tally.measured),
    back: movement(tally.back, tally.measured),
    stagesAtBaseline: stages(tally.stagesAtBaseline),
    stagesAtLatest: stages(tally.stagesAtLatest),
  };
}

const DISTANCE_OPTIONS = optionNames<DistanceOptions>()(['baseline', 'instruments']);

/**
 * Star Online's distance-travelled report over many families for one Star: per area, the
 * baseline → latest change, the average increase and decrease, the share who moved forward,
 * stayed the same or moved back, and the stage distribution at baseline and latest. An area
 * whose first and latest readings are of one day is not measured (no time passed).
 * `histories` holds one history (array of readings of one child or family) per family; all
 * must be readings of the same Star edition. Means are of readings, to two decimal places;
 * shares are percentages to one decimal place.
 *
 * @throws {@link OperationError} `mixed-instruments` (editions mixed), `not-a-star`,
 * `empty-history`, `mixed-children`, `conflicting-child` (the message names the history,
 * `histories[2]`);
 * {@link AssessmentError} with the history's index first in each path (a family given twice
 * too); {@link OptionsError} for an unknown `baseline` or an option it does not take.
 * @example
 * ```ts
 * const reading = (id: string, family: string, assessedOn: string, familyRoutine: number) =>
 *   ({ schemaVersion: 1, id, instrument: 'family-star-plus', child: { id: family }, assessedOn, ratings: { 'family-routine': familyRoutine } }) as const;
 * const r = distanceTravelled([
 *   [reading('S-1', 'F-1', '2025-01-20', 3), reading('S-2', 'F-1', '2025-07-21', 6)],
 *   [reading('S-3', 'F-2', '2025-02-03', 5), reading('S-4', 'F-2', '2025-08-04', 4)],
 * ]);
 * r.areas['family-routine']?.forward; // { count: 1, percent: 50 }
 * r.areas['family-routine']?.averageChange; // 1 (3 → 6 and 5 → 4)
 * r.areas['family-routine']?.averageIncrease; // 3
 * r.areas['family-routine']?.averageDecrease; // -1
 * ```
 */
export function distanceTravelled(histories: readonly (readonly Assessment[])[], options?: DistanceOptions): DistanceReport {
  options = optionsObject(options, DISTANCE_OPTIONS);
  const baselineRule = options.baseline ?? 'first';
  if (!BASELINES.includes(baselineRule)) throw new OptionsError([makeIssue(['baseline'], `one of ${BASELINES.join(', ')}`, describeValue(baselineRule))]);
  if (!Array.isArray(histories) || histories.length === 0) {
    throw new OperationError('empty-history', 'distanceTravelled: expected an array with at least one history (an array of Star readings per family)');
  }
  const prepared: History[] = [];
  // An index loop, not map: map skips a hole in a sparse array, which is a missing history.
  for (let h = 0; h < histories.length; h++) {
    if (!(h in histories)) throw new AssessmentError([makeIssue([h], 'an array of assessments of one child', describeItem(histories, h))]);
    try {
      // The caller's name carries the index, so an error about one history says which.
      prepared.push(prepareHistory(histories[h] as readonly Assessment[], options, `distanceTravelled: histories[${h}]`));
    } catch (error) {
      if (error instanceof AssessmentError) throw new AssessmentError(error.issues.map((i) => makeIssue([h, ...i.path], i.expected, i.received)));
      throw error;
    }
  }
  // One history per family: a family given twice would be counted twice in every figure.
  const seen = new Map<string, number>();
  for (let h = 0; h < prepared.length; h++) {
    const { childId } = prepared[h] as History;
    const first = seen.get(childId);
    if (first !== undefined) throw new AssessmentError([makeIssue([h, 0, 'child', 'id'], `a family no other history is of (histories[${first}] is of it)`, describeValue(childId))]);
    seen.set(childId, h);
  }
  const instrument = (prepared[0]?.entries[0] as { instrument: Instrument }).instrument;
  if (instrument.family !== 'star') {
    throw new OperationError('not-a-star', `distanceTravelled: expected Star readings; ${instrument.id} is a ${instrument.family.toUpperCase()}-family instrument (use trackProgress)`);
  }
  for (const history of prepared) {
    const other = (history.entries[0] as { instrument: Instrument }).instrument;
    if (other !== instrument) {
      throw new OperationError('mixed-instruments', `distanceTravelled: one Star edition at a time; found ${instrumentList([instrument, other])}`);
    }
  }
  const plan = planFor(instrument);
  const areaIds = plan.index.unitIds;
  const tallies: AreaTally[] = areaIds.map(() => ({
    measured: 0, baselineSum: 0, latestSum: 0, increaseSum: 0, increases: 0, decreaseSum: 0, decreases: 0, forward: 0, same: 0, back: 0,
    stagesAtBaseline: instrument.stages.map(() => 0), stagesAtLatest: instrument.stages.map(() => 0),
  }));
  let withChange = 0;
  for (const history of prepared) {
    const days = history.entries.map((entry) => entry.assessment.assessedOn);
    // Readings of one day measure no distance: no time passed, and which came first would rest on the ids.
    if (days[days.length - 1] !== days[0]) withChange++;
    const readings = history.entries.map((entry) => snapshot(entry, plan).areas);
    areaIds.forEach((_, a) => {
      const series: number[] = [];
      let firstDay = '';
      let lastDay = '';
      readings.forEach((r, i) => {
        const reading = r[a] ?? null;
        if (reading === null) return;
        if (series.length === 0) firstDay = days[i] as string;
        lastDay = days[i] as string;
        series.push(reading);
      });
      if (series.length < 2 || firstDay === lastDay) return;
      const [first, second] = series as [number, number];
      // "Lower" of the first two is the worse one, whichever way the scale runs.
      const worse = plan.index.lowerIsBetter ? Math.max(first, second) : Math.min(first, second);
      const base = baselineRule === 'lower-of-first-two' ? worse : first;
      const latest = series[series.length - 1] as number;
      const tally = tallies[a] as AreaTally;
      tally.measured++;
      tally.baselineSum += base;
      tally.latestSum += latest;
      if (latest > base) {
        tally.increases++;
        tally.increaseSum += latest - base;
      } else if (latest < base) {
        tally.decreases++;
        tally.decreaseSum += latest - base;
      }
      const direction = directionOf(base, latest, plan.index.lowerIsBetter);
      if (direction === 'improved') tally.forward++;
      else if (direction === 'deteriorated') tally.back++;
      else tally.same++;
      const from = stageIndex(instrument, base);
      const to = stageIndex(instrument, latest);
      tally.stagesAtBaseline[from] = (tally.stagesAtBaseline[from] as number) + 1;
      tally.stagesAtLatest[to] = (tally.stagesAtLatest[to] as number) + 1;
    });
  }
  const areas: Record<string, AreaDistance> = {};
  areaIds.forEach((id, a) => {
    areas[id] = report(instrument, tallies[a] as AreaTally);
  });
  return { instrument: plan.instrumentRef, baseline: baselineRule, families: prepared.length, withChange, areas };
}
