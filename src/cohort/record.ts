import { placeOnContinuum } from '../continuum/place.js';
import type { ThresholdPolicy } from '../continuum/types.js';
import type { Assessment } from '../contract/types.js';
import { type Issue, makeIssue, OptionsError } from '../errors.js';
import type { InstrumentOptions } from '../instruments/registry.js';
import { calendarDate, optionNames, optionsObject } from '../internal/option-checks.js';
import { compareAssessments } from '../progress/compare.js';
import { byDateThenId } from '../progress/history.js';
import type { CohortRecord, ProgressDirection } from './types.js';

/** Options of {@link cohortRecordOf}. */
export interface CohortRecordOptions extends InstrumentOptions {
  /** The date the child is placed as of (`YYYY-MM-DD`): required, as the figures cite it; never read from the clock. */
  readonly asOf: string;
  /** The threshold policy to place the child under (default {@link referencePolicy}). */
  readonly policy?: ThresholdPolicy | undefined;
}

const RECORD_OPTIONS = optionNames<CohortRecordOptions>()(['asOf', 'policy', 'instruments']);

/**
 * One child's cohort record, for {@link summariseCohort}, from the child's history (its
 * assessments in any order, Star readings among them or not): the level and the need types
 * at concern of {@link placeOnContinuum}; per area, the direction of the area grade from
 * baseline to latest ({@link trackProgress} over the assessments of the instrument of the
 * placement's latest assessment; only areas graded in both, none when the baseline is of the
 * latest's day, and no `progress` when there is none); and the child record of the latest
 * assessment, so that a child who moved is counted where it lives now. This is what
 * `graded-care cohort` counts for each child.
 *
 * @throws what {@link placeOnContinuum} throws — {@link OperationError} `star-only` for a
 * history of Star readings alone, `nothing-assessed`, `as-of-before-latest`…;
 * {@link AssessmentError}; {@link PolicyError}; {@link OptionsError} for a missing or invalid
 * `asOf`, or an option it does not take.
 * @example
 * ```ts
 * const child = { id: 'C-7', locality: 'North' };
 * const history = [
 *   { schemaVersion: 1, id: 'A-2', instrument: 'gcp2', child, assessedOn: '2025-05-06', ratings: { 'physical.nutrition': 4, 'physical.hygiene': 3 } },
 *   { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child, assessedOn: '2025-02-03', ratings: { 'physical.nutrition': 5, 'physical.hygiene': 4 } },
 * ] as const;
 * const record = cohortRecordOf(history, { asOf: '2025-06-01' });
 * record.level; // 'child-in-need' (nutritional at concern 92 days apart: persistent)
 * record.needsAtConcern; // ['nutritional']
 * record.progress; // { physical: 'improved' } (area grade 5 → 4)
 * record.child.locality; // 'North'
 * summariseCohort([record], { population: 9800 }).total.levels['child-in-need']; // { count: 1, ratePer10k: 1 }
 * ```
 */
export function cohortRecordOf(history: readonly Assessment[], options: CohortRecordOptions): CohortRecord {
  const checked = optionsObject(options as CohortRecordOptions | undefined, RECORD_OPTIONS);
  const issues: Issue[] = [];
  const asOf = calendarDate(issues, 'asOf', checked.asOf);
  if (checked.asOf === undefined) issues.push(makeIssue(['asOf'], 'a calendar date written YYYY-MM-DD (required: the figures cite it)', 'nothing'));
  if (asOf === null || issues.length > 0) throw new OptionsError(issues);
  const instruments = checked.instruments === undefined ? {} : { instruments: checked.instruments };
  const placement = placeOnContinuum(history, { asOf, ...instruments, ...(checked.policy === undefined ? {} : { policy: checked.policy }) });
  // placeOnContinuum has validated the history: an array of assessments of one child, each id once.
  const ofInstrument = history.filter((a) => a.instrument === placement.latest.instrument.id);
  const latest = ofInstrument.find((a) => a.id === placement.latest.assessmentId) as Assessment;
  // Baseline → latest of that instrument, as trackProgress's change has it, without building a whole report.
  const baseline = ofInstrument.reduce((first, a) => (byDateThenId(a, first) < 0 ? a : first));
  // Two assessments of one day measure no progress: no time passed, and which is the baseline would rest on the ids alone.
  const areas = baseline.assessedOn === latest.assessedOn ? {} : compareAssessments(baseline, latest, instruments).areas;
  // Object.fromEntries, not `progress[area] = …`: the record is plain data whatever the area is called.
  const progress: Record<string, ProgressDirection> = Object.fromEntries(
    Object.entries(areas).flatMap(([area, change]) => (change.direction === null ? [] : [[area, change.direction]])),
  );
  return {
    child: latest.child,
    level: placement.level,
    needsAtConcern: placement.definitions.earlyHelp.needsAtConcern.map((n) => n.needType),
    ...(Object.keys(progress).length === 0 ? {} : { progress }),
  };
}
