import { placeOnContinuum, trackProgress, type Assessment, type CohortRecord, type ProgressDirection, type ThresholdPolicy } from '../../index.js';

/** The options `cohort` hands to {@link cohortRecordOf}. */
export interface CohortRecordOptions {
  readonly asOf: string;
  readonly policy: ThresholdPolicy;
}

/**
 * One child's cohort record from its history (its assessments in file order, all of one
 * child): the level and the need types at concern of `placeOnContinuum`, and, per area, the
 * direction of the area grade from baseline to latest (`trackProgress` over the assessments
 * of the latest assessment's instrument; only areas graded in both). The child record is the
 * latest assessment's, so a child who moved is counted where it lives now.
 */
export function cohortRecordOf(history: readonly Assessment[], options: CohortRecordOptions): CohortRecord {
  const placement = placeOnContinuum(history, { asOf: options.asOf, policy: options.policy });
  const ofInstrument = history.filter((a) => a.instrument === placement.latest.instrument.id);
  const latest = ofInstrument.find((a) => a.id === placement.latest.assessmentId) as Assessment;
  const progress: Record<string, ProgressDirection> = {};
  for (const [area, change] of Object.entries(trackProgress(ofInstrument, { asOf: options.asOf }).change?.areas ?? {})) {
    if (change.direction !== null) progress[area] = change.direction;
  }
  return {
    child: latest.child,
    level: placement.level,
    needsAtConcern: placement.definitions.earlyHelp.needsAtConcern.map((n) => n.needType),
    ...(Object.keys(progress).length === 0 ? {} : { progress }),
  };
}
