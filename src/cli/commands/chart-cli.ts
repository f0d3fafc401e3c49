import { getInstrument, GradedCareError, OperationError, OptionsError, type Assessment } from '../../index.js';
import type { Command } from '../command.js';
import { describeIssues, inputError, usageError } from '../errors.js';
import { whereText, type Where } from '../input/assessments.js';
import { duplicateIdReason, firstDuplicateId } from '../input/group-by-child.js';
import type { Rejects } from '../rejects.js';
import { chartCommand, type ChartCommandOptions, some } from './chart.js';

const KINDS = ['star', 'profile'];


/** The children left out, as the closing line counts them. */
function leftOut(skipped: number, refused: number): string {
  const count = (n: number) => `${n} ${n === 1 ? 'child' : 'children'}`;
  return [...(skipped === 0 ? [] : [`${count(skipped)} skipped`]), ...(refused === 0 ? [] : [`${count(refused)} refused`])].join('; ');
}

/**
 * Each child whose kept assessments hold an id twice goes to `rejects` (which stops the run
 * without --keep-going); returns the refused children, each with where its duplicate is.
 */
async function refuseDuplicates(kept: readonly { assessment: Assessment; where: Where }[], rejects: Rejects): Promise<Map<string, Where>> {
  const byChild = new Map<string, { assessment: Assessment; where: Where }[]>();
  for (const k of kept) {
    const list = byChild.get(k.assessment.child.id);
    if (list === undefined) byChild.set(k.assessment.child.id, [k]);
    else list.push(k);
  }
  const duplicates = [...byChild.values()].flatMap((list) => firstDuplicateId(list.map((k) => k.assessment), list.map((k) => k.where)) ?? []);
  // In file order, so that without --keep-going the run stops at the first duplicate read.
  const position = (where: Where) => ('line' in where ? where.line : where.item);
  duplicates.sort((a, b) => position(a.where) - position(b.where));
  const refused = new Map<string, Where>();
  for (const duplicate of duplicates) {
    await rejects.history(duplicate.childId, duplicate.where, duplicateIdReason(duplicate));
    refused.set(duplicate.childId, duplicate.where);
  }
  return refused;
}

/**
 * `graded-care chart FILE --kind star|profile [--child ID] [--instrument ID]`: one child's
 * picture as SVG (`chartCommand`), to stdout or `--out` (written atomically). With `--child`
 * only that child's assessments are held in memory, and only its rows are judged (and bad
 * rows that name no child). With `--keep-going`, a child with a bad
 * row is skipped whole, as `progress`, `place` and `cohort` skip it: a picture with a gap
 * would mislead; a child whose history holds an assessment id twice is refused, as theirs is.
 */
export const chartCli: Command = {
  name: 'chart',
  synopsis: 'chart FILE --kind star|profile [--child ID] [--instrument ID]',
  summary: "draw one child's Star chart or GCP profile as SVG",
  inputs: { min: 1, max: 1 },
  options: {
    kind: { type: 'string', value: 'star|profile', description: 'star: the Star chart of Star readings; profile: the GCP profile of GCP-family assessments (required)' },
    child: { type: 'string', value: 'ID', description: 'the child to draw (needed when the file holds several)' },
    instrument: { type: 'string', value: 'ID', description: 'the instrument (needed when the child has several of that kind)' },
  },
  output: () => ({ formats: [], writes: 'the picture is written as SVG', extension: '.svg' }),
  async run({ files, values, out, rows, rejects }) {
    const file = files[0] as string;
    const kind = values['kind'];
    if (typeof kind !== 'string') throw usageError('chart: --kind star|profile is required');
    if (!KINDS.includes(kind)) throw usageError(`--kind ${JSON.stringify(kind)}: expected one of ${KINDS.join(', ')}`);
    const child = typeof values['child'] === 'string' ? values['child'] : undefined;
    const instrument = typeof values['instrument'] === 'string' ? values['instrument'] : undefined;
    let kept: { assessment: Assessment; where: Where }[] = [];
    const children = new Set<string>();
    /** Children with an assessment of the kind drawn (Star readings, or GCP-family assessments). */
    const family = kind === 'star' ? 'star' : 'gcp';
    const ofKind = new Set<string>();
    /** Where each child kept (or with a bad row) first appears. */
    const first = new Map<string, Where>();
    /** Children with bad rows (only with --keep-going: without it the first bad row stops the run), and how many. */
    const bad = new Map<string, number>();
    for await (const row of rows(file)) {
      const id = row.ok ? row.assessment.child.id : row.childId;
      // With --child, another child's rows are not the picture's: a bad one is neither reported
      // nor counted, as its duplicate ids are not looked for. One that names no child could be the child's.
      const another = child !== undefined && id !== undefined && id !== child;
      if (!row.ok && !another) await rejects.historyRow(row);
      if (id === undefined) continue; // Unreachable: historyRow stops at a bad row that names no child.
      children.add(id);
      if (row.ok && getInstrument(row.assessment.instrument).family === family) ofKind.add(id);
      if (another) continue;
      if (!first.has(id)) first.set(id, row.where);
      if (row.ok) kept.push({ assessment: row.assessment, where: row.where });
      else bad.set(id, (bad.get(id) ?? 0) + 1);
    }
    for (const [id, count] of bad) await rejects.child(id, first.get(id) as Where, count);
    if (bad.size > 0) kept = kept.filter(({ assessment }) => !bad.has(assessment.child.id));
    const skipped = child === undefined ? undefined : bad.get(child);
    if (child !== undefined && skipped !== undefined) {
      const rejected = `${skipped} of its rows ${skipped === 1 ? 'was' : 'were'} rejected`;
      throw inputError(`${file}: ${whereText(first.get(child) as Where)}: --child ${JSON.stringify(child)} not drawn: ${rejected}, and a picture with a gap would mislead`);
    }
    if (child !== undefined && kept.length === 0) throw usageError(`${file}: --child ${JSON.stringify(child)}: no assessment of that child; the file holds ${some([...children])}`);
    if (child !== undefined && !ofKind.has(child)) {
      const what = kind === 'star' ? 'Star readings' : 'GCP-family assessments';
      throw usageError(`${file}: --child ${JSON.stringify(child)}: that child has no ${what}; ${ofKind.size === 0 ? `the file has none` : `children with ${what}: ${some([...ofKind])}`}`);
    }
    // A history with an id twice is refused as progress refuses it: the run stops, or with
    // --keep-going the child is reported and counted and the others are still drawn.
    const refused = await refuseDuplicates(kept, rejects);
    if (refused.size > 0) kept = kept.filter(({ assessment }) => !refused.has(assessment.child.id));
    const refusedWhere = child === undefined ? undefined : refused.get(child);
    if (refusedWhere !== undefined) {
      throw inputError(`${file}: ${whereText(refusedWhere)}: --child ${JSON.stringify(child)} not drawn: its history was refused, and a picture of part of it would mislead`);
    }
    const options: ChartCommandOptions = { kind: kind as ChartCommandOptions['kind'], ...(child === undefined ? {} : { child }), ...(instrument === undefined ? {} : { instrument }) };
    let svg: string;
    try {
      svg = chartCommand(kept.map((k) => k.assessment), options);
    } catch (error) {
      if (error instanceof OptionsError) throw usageError(`${file}: ${describeIssues(error.issues, (issue) => `--${String(issue.path[0])}`)}`);
      if (error instanceof OperationError && error.code === 'nothing-to-draw' && (bad.size > 0 || refused.size > 0)) {
        // The input had such assessments, maybe: they were in the children left out.
        const what = kind === 'star' ? 'Star readings' : 'GCP-family assessments';
        throw inputError(`${file}: chart --kind ${kind}: no ${what} left to draw (${leftOut(bad.size, refused.size)})`);
      }
      throw error instanceof GradedCareError ? inputError(`${file}: ${error.message}`) : error;
    }
    await out.write(svg);
  },
};
