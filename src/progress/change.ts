import { stageIndex } from '../instruments/stages.js';
import type { Instrument } from '../instruments/types.js';
import type { ChangeDirection, ChangeSummary, GradeChange, StageChange } from './types.js';

/** The direction of a move from `from` to `to`, in the instrument's sense of better. */
export function directionOf(from: number, to: number, lowerIsBetter: boolean): ChangeDirection {
  if (from === to) return 'unchanged';
  // Stryker disable next-line EqualityOperator: from and to differ here, so < and <= agree
  return (to < from) === lowerIsBetter ? 'improved' : 'deteriorated';
}

/** The change from one grade to another (`null` for no grade). */
export function gradeChange(from: number | null, to: number | null, lowerIsBetter: boolean): GradeChange {
  const comparable = from !== null && to !== null;
  return { from, to, change: comparable ? to - from : null, direction: comparable ? directionOf(from, to, lowerIsBetter) : null };
}

/** A Star area's change, with its stages either side; forward is toward the better end. */
export function stageChange(instrument: Instrument, from: number | null, to: number | null): StageChange {
  const fromStage = stageIndex(instrument, from);
  const toStage = stageIndex(instrument, to);
  const moved = fromStage >= 0 && toStage >= 0 ? toStage - fromStage : null;
  return {
    ...gradeChange(from, to, instrument.direction === 'lower-is-better'),
    fromStage: instrument.stages[fromStage]?.id ?? null,
    toStage: instrument.stages[toStage]?.id ?? null,
    // Stages run up the scale, so on a lower-is-better scale forward is down it.
    stageMove: moved === null || instrument.direction === 'higher-is-better' ? moved : -moved || 0,
  };
}

/** Counts the directions of a set of changes. */
export function summarise(changes: Iterable<GradeChange>): ChangeSummary {
  let improved = 0;
  let unchanged = 0;
  let deteriorated = 0;
  let notComparable = 0;
  for (const change of changes) {
    if (change.direction === 'improved') improved++;
    else if (change.direction === 'unchanged') unchanged++;
    else if (change.direction === 'deteriorated') deteriorated++;
    else notComparable++;
  }
  return { improved, unchanged, deteriorated, notComparable };
}
