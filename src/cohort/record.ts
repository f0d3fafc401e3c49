import { placeOnContinuum } from '../continuum/place.js';
import type { ThresholdPolicy } from '../continuum/types.js';
import { copyOfChild } from '../contract/fast-path.js';
import { trustedInstrument } from '../contract/parse.js';
import type { Assessment, ChildRecord } from '../contract/types.js';
import { type Issue, makeIssue, OptionsError } from '../errors.js';
import type { InstrumentOptions } from '../instruments/registry.js';
import { calendarDate, optionNames, optionsObject } from '../internal/option-checks.js';
import { compareAssessments } from '../progress/compare.js';
import { byDateThenId } from '../progress/history.js';
import { sameDayConflict } from '../progress/persistence.js';
import { quoted } from '../internal/describe.js';
import type { AssessmentRef, Comparison, GradeChange } from '../progress/types.js';
import type { CohortRecord, ProgressDirection } from './types.js';

/** Options of {@link cohortRecordOf}. */
export interface CohortRecordOptions extends InstrumentOptions {
  /** The date the child is placed as of (`YYYY-MM-DD`): required, as the figures cite it; never read from the clock. */
  readonly asOf: string;
  /** The threshold policy to place the child under (default {@link referencePolicy}). */
  readonly policy?: ThresholdPolicy | undefined;
}

const RECORD_OPTIONS = optionNames<CohortRecordOptions>()(['asOf', 'policy', 'instruments']);

const fieldText = (value: string | undefined): string => (value === undefined ? 'none' : quoted(value));

/** The first child field a cohort can group by (locality, an attribute) on which two records differ: its name and the two values. */
function groupingDifference(a: ChildRecord, b: ChildRecord): [field: string, theirs: string, mine: string] | null {
  if (a.locality !== b.locality) return ["the child's locality", fieldText(a.locality), fieldText(b.locality)];
  const [theirs, mine] = [a.attributes ?? {}, b.attributes ?? {}];
  // Own keys only: an attribute may be called `constructor`, which every object inherits.
  const of = (attributes: Readonly<Record<string, string>>, name: string) => (Object.hasOwn(attributes, name) ? attributes[name] : undefined);
  for (const name of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    if (of(theirs, name) !== of(mine, name)) return [`the child's attributes.${name}`, fieldText(of(theirs, name)), fieldText(of(mine, name))];
  }
  return null;
}

/**
 * The child record that groups the child: the latest assessment's — after refusing another
 * assessment of that day that records another locality or attribute, as placement refuses
 * same-day disagreements on what its rules read: the child would otherwise be counted
 * wherever the id that sorts last puts it. It holds nothing of the caller's: a parsed
 * assessment's child is the library's frozen copy already, a raw one's is copied.
 *
 * @throws {@link OperationError} `same-day-conflict`.
 */
function childOf(history: readonly Assessment[], placed: readonly AssessmentRef[], latest: Assessment): ChildRecord {
  const sameDay = new Set<string>();
  for (const ref of placed) if (ref.assessedOn === latest.assessedOn && ref.assessmentId !== latest.id) sameDay.add(ref.assessmentId);
  // In history order, so the disagreement named is the same whatever order the caller gave.
  for (const other of sameDay.size === 0 ? [] : history.filter((a) => sameDay.has(a.id)).sort(byDateThenId)) {
    const difference = groupingDifference(other.child, latest.child);
    if (difference !== null) throw sameDayConflict('cohortRecordOf', 'the cohort record', other, latest, ...difference);
  }
  return trustedInstrument(latest) === undefined ? copyOfChild(latest.child) : latest.child;
}

/**
 * Per area, the change of the area grade from baseline to latest of one instrument's
 * assessments (in history order), as trackProgress's change has it, without building a whole
 * report. None when both are of one day: no time passed, and which is the baseline would rest
 * on the ids alone. Likewise, where the baseline's day or the latest's has several
 * assessments, the direction must not depend on which of them is taken.
 *
 * @throws {@link OperationError} `same-day-conflict` when it would.
 */
function areaChanges(assessments: readonly Assessment[], options: InstrumentOptions): Comparison['areas'] {
  const [baseline, latest] = [assessments[0] as Assessment, assessments[assessments.length - 1] as Assessment];
  if (baseline.assessedOn === latest.assessedOn) return {};
  const chosen = compareAssessments(baseline, latest, options).areas;
  const baselines = assessments.filter((a) => a.assessedOn === baseline.assessedOn);
  const latests = assessments.filter((a) => a.assessedOn === latest.assessedOn);
  // Usually one assessment a day: nothing else to compare.
  for (const b of baselines.length + latests.length === 2 ? [] : baselines) {
    for (const l of latests) {
      if (b === baseline && l === latest) continue;
      const other = compareAssessments(b, l, options).areas;
      for (const [area, change] of Object.entries(chosen)) {
        const theirs = other[area] as GradeChange;
        if (theirs.direction === change.direction) continue;
        // Named by the day whose grades differ (the baseline's, when both do).
        const grade = (value: number | null) => (value === null ? 'not graded' : `${value}`);
        const [first, second, was, is] = theirs.from !== change.from ? [baseline, b, change.from, theirs.from] : [l, latest, theirs.to, change.to];
        throw sameDayConflict('cohortRecordOf', 'the cohort record', first, second, `the grade of area ${area}, which decides its progress`, grade(was), grade(is));
      }
    }
  }
  return chosen;
}

/**
 * One child's cohort record, for {@link summariseCohort}, from the child's history (its
 * assessments in any order, Star readings among them or not): the level and the need types
 * at concern of {@link placeOnContinuum}; per area, the direction of the area grade from
 * baseline to latest ({@link trackProgress} over the assessments of the instrument of the
 * placement's latest assessment; only areas graded in both, none when the baseline is of the
 * latest's day, and no `progress` when there is none); and the child record of the latest
 * assessment placed (a copy, frozen), so that a child who moved is counted where it lives
 * now. This is what `graded-care cohort` counts for each child.
 *
 * @throws what {@link placeOnContinuum} throws — {@link OperationError} `star-only` for a
 * history of Star readings alone, `nothing-assessed`, `as-of-before-latest`,
 * `same-day-conflict`…, and `same-day-conflict` too when another assessment of the latest
 * assessment's day records the child in another locality or with another attribute value,
 * or when an area's progress would depend on which assessment of the baseline's or the
 * latest's day is taken;
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
  // In history order; its last is the placement's latest (the latest GCP-family assessment).
  const ofInstrument = history.filter((a) => a.instrument === placement.latest.instrument.id).sort(byDateThenId);
  const latest = ofInstrument[ofInstrument.length - 1] as Assessment;
  const areas = areaChanges(ofInstrument, instruments);
  // Object.fromEntries, not `progress[area] = …`: the record is plain data whatever the area is called.
  const progress: Record<string, ProgressDirection> = Object.fromEntries(
    Object.entries(areas).flatMap(([area, change]) => (change.direction === null ? [] : [[area, change.direction]])),
  );
  return {
    child: childOf(history, placement.assessments, latest),
    level: placement.level,
    needsAtConcern: placement.definitions.earlyHelp.needsAtConcern.map((n) => n.needType),
    ...(Object.keys(progress).length === 0 ? {} : { progress }),
  };
}
