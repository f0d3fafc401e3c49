import type { Assessment } from '../../index.js';
import { forEachRepeat } from '../../internal/repeats.js';
import { inputError } from '../errors.js';
import type { Rejects } from '../rejects.js';
import { whereText, type Row, type Where } from './assessments.js';

/** One child's assessments, in file order, and where the first of them is. */
export interface ChildHistory {
  readonly childId: string;
  readonly assessments: readonly Assessment[];
  /** Where each assessment is, in the same order: messages name the line, not the library's index. */
  readonly wheres: readonly Where[];
  readonly where: Where;
}

/**
 * The first assessment whose id an earlier one of the same child has: where it is, and where
 * that earlier one is. (The library refuses such a history too, but names its own 0-based
 * indexes, not the file's lines.) A long history is searched through a map, as the
 * library searches one: comparing every pair, 60,000 records of one child took seconds.
 */
export function firstDuplicateId(assessments: readonly Assessment[], wheres: readonly Where[]): { childId: string; id: string; where: Where; first: Where } | null {
  // An id holds no control character, so NUL parts the child's id from the assessment's.
  const keyAt = (i: number): string => {
    const a = assessments[i] as Assessment;
    return `${a.child.id}\u0000${a.id}`;
  };
  let repeat: { childId: string; id: string; where: Where; first: Where } | null = null;
  forEachRepeat(assessments.length, keyAt, (at, first) => {
    const a = assessments[at] as Assessment;
    repeat = { childId: a.child.id, id: a.id, where: wheres[at] as Where, first: wheres[first] as Where };
    return true;
  });
  return repeat;
}

/** The reason a history with a duplicate id is refused, naming where the id is first. */
export function duplicateIdReason(duplicate: { id: string; first: Where }): string {
  return `assessment id ${JSON.stringify(duplicate.id)} appears twice (first at ${whereText(duplicate.first)}); expected each assessment id once in a child's history`;
}

/**
 * Groups rows into per-child histories, for commands that need a child's whole history.
 * The input must be grouped by `child.id` (all of a child's rows together, as a sort by
 * child gives); a history is handed on when the id changes, so memory holds one history,
 * plus the set of ids already seen, to refuse a child whose rows come back later (that would
 * split its history in two). A bad row goes to `rejects`; with `--keep-going` the rest of
 * that child's rows are skipped too, and the child is reported (a bad row that names no
 * child stops the run: any history could miss it).
 */
export async function* groupByChild(rows: AsyncIterable<Row>, rejects: Rejects): AsyncGenerator<ChildHistory> {
  const done = new Set<string>();
  let current: { childId: string; assessments: Assessment[]; wheres: Where[]; where: Where; bad: number } | null = null;
  for await (const row of rows) {
    if (!row.ok && row.reported !== true) await rejects.historyRow(row);
    const childId = row.ok ? row.assessment.child.id : (row.childId as string); // A bad row names its child, or historyRow stopped the run.
    if (current !== null && current.childId !== childId) {
      if (current.bad > 0) await rejects.child(current.childId, current.where, current.bad);
      else yield current;
      done.add(current.childId);
      current = null;
    }
    if (current === null) {
      if (done.has(childId)) {
        throw inputError(
          `${row.where.file}: ${whereText(row.where)}: child ${JSON.stringify(childId)} appears again after other children; expected the rows grouped by child.id (sort the file by child)`,
        );
      }
      current = { childId, assessments: [], wheres: [], where: row.where, bad: 0 };
    }
    if (row.ok) {
      current.assessments.push(row.assessment);
      current.wheres.push(row.where);
    } else current.bad++;
  }
  if (current !== null) {
    if (current.bad > 0) await rejects.child(current.childId, current.where, current.bad);
    else yield current;
  }
}

/**
 * The rows of a file read whole (a JSON array), put in order of child: each child's rows
 * together where the child first appears, in file order within it. A bad row that names no
 * child keeps its own place. Memory: the file's rows, which a JSON array holds anyway.
 * Given `rejects`, each bad row goes to them as it is read, marked `reported`: the first bad
 * item stops the run (or is the first reject), as `score` reports it, not the first of the
 * first child gathered.
 */
export async function* gatherByChild(rows: AsyncIterable<Row>, rejects?: Rejects): AsyncGenerator<Row> {
  const groups = new Map<string | number, Row[]>();
  let unnamed = 0;
  for await (const read of rows) {
    let row = read;
    if (!row.ok && rejects !== undefined) {
      await rejects.historyRow(row);
      row = { ...row, reported: true };
    }
    const childId = row.ok ? row.assessment.child.id : row.childId;
    const key = childId ?? unnamed++;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  for (const group of groups.values()) yield* group;
}
