import { stageIndex } from '../instruments/stages.js';
import type { Instrument } from '../instruments/types.js';
import { oncePerObject } from '../internal/memo.js';
import type { ChangeDirection, ChangeSummary, GradeChange, StageChange } from './types.js';

/** The direction of a move from `from` to `to`, in the instrument's sense of better. */
export function directionOf(from: number, to: number, lowerIsBetter: boolean): ChangeDirection {
  if (from === to) return 'unchanged';
  // Stryker disable next-line EqualityOperator: from and to differ here, so < and <= agree
  return (to < from) === lowerIsBetter ? 'improved' : 'deteriorated';
}

// Changes are shared, frozen leaves: a pair of grades always gives the same object, so
// comparing thousands of assessments allocates almost nothing.
const leaves = [new Map<number, GradeChange>(), new Map<number, GradeChange>()];

/** The change from one grade to another (`null` for no grade). */
export function gradeChange(from: number | null, to: number | null, lowerIsBetter: boolean): GradeChange {
  const table = leaves[lowerIsBetter ? 0 : 1] as Map<number, GradeChange>;
  const key = ((from ?? -1) + 1) * 1024 + ((to ?? -1) + 1);
  let leaf = table.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; a miss builds an equal change
  if (leaf === undefined) {
    const comparable = from !== null && to !== null;
    leaf = Object.freeze({
      from,
      to,
      change: comparable ? to - from : null,
      direction: comparable ? directionOf(from, to, lowerIsBetter) : null,
    });
    table.set(key, leaf);
  }
  return leaf;
}

const stageLeaves = oncePerObject((_instrument: Instrument) => new Map<number, StageChange>());

/** A Star area's change, with its stages either side. */
export function stageChange(instrument: Instrument, from: number | null, to: number | null): StageChange {
  const table = stageLeaves(instrument);
  const key = ((from ?? -1) + 1) * 1024 + ((to ?? -1) + 1);
  let leaf = table.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; a miss builds an equal change
  if (leaf === undefined) {
    const fromStage = stageIndex(instrument, from);
    const toStage = stageIndex(instrument, to);
    leaf = Object.freeze({
      ...gradeChange(from, to, instrument.direction === 'lower-is-better'),
      fromStage: instrument.stages[fromStage]?.id ?? null,
      toStage: instrument.stages[toStage]?.id ?? null,
      // Stages run up the scale; forward is toward the better end.
      stageMove: fromStage >= 0 && toStage >= 0 ? (instrument.direction === 'lower-is-better' ? fromStage - toStage : toStage - fromStage) : null,
    });
    table.set(key, leaf);
  }
  return leaf;
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
