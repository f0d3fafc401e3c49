import { stageIndex } from '../instruments/stages.js';
import type { Instrument } from '../instruments/types.js';
import type { ChangeDirection, GradeChange, StageChange } from './types.js';

/** The direction of a move from `from` to `to`, in the instrument's sense of better. */
export function directionOf(from: number, to: number, lowerIsBetter: boolean): ChangeDirection {
  if (from === to) return 'unchanged';
  return (to < from) === lowerIsBetter ? 'improved' : 'deteriorated';
}

function newGradeChange(from: number | null, to: number | null, lowerIsBetter: boolean): GradeChange {
  const comparable = from !== null && to !== null;
  return { from, to, change: comparable ? to - from : null, direction: comparable ? directionOf(from, to, lowerIsBetter) : null };
}

/** Grades from 0 to this share frozen change objects: every built-in scale and most local ones. */
const SHARED_MAX = 15;
const SLOTS = SHARED_MAX + 2;
/** Shared changes by direction (0 higher-is-better, 1 lower-is-better), then `slot(from) * SLOTS + slot(to)`. */
const sharedChanges: (GradeChange | undefined)[][] = [[], []];

/** A grade's slot in the shared table (0 for no grade), or -1 outside it. */
const slotOf = (grade: number | null): number => (grade === null ? 0 : grade >= 0 && grade <= SHARED_MAX ? grade + 1 : -1);

/**
 * The change from one grade to another (`null` for no grade). Results of a history repeat a
 * few dozen changes thousands of times, so those of small grades are frozen and shared
 * rather than allocated for every sub-area of every child.
 */
export function gradeChange(from: number | null, to: number | null, lowerIsBetter: boolean): GradeChange {
  const fromSlot = slotOf(from);
  const toSlot = slotOf(to);
  if (fromSlot < 0 || toSlot < 0) return newGradeChange(from, to, lowerIsBetter);
  const table = sharedChanges[lowerIsBetter ? 1 : 0] as (GradeChange | undefined)[];
  const key = fromSlot * SLOTS + toSlot;
  return (table[key] ??= Object.freeze(newGradeChange(from, to, lowerIsBetter)));
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
