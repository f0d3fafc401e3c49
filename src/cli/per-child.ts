import { GradedCareError, ValidationError, type Assessment } from '../index.js';
import type { CommandContext } from './command.js';
import { duplicateIdReason, firstDuplicateId } from './input/group-by-child.js';
import { recordWriter } from './output/records.js';

/** A CSV cell's value before quoting: `null` is an empty cell, a list is joined with `;`. */
export type CsvValue = string | number | boolean | null | readonly string[];

/**
 * The result of `compute` for each child's history in the command's file (grouped by child,
 * streamed: one history in memory at a time). A history the library refuses — it throws a
 * `GradedCareError`, as `placeOnContinuum` does for Star readings alone — or that holds an
 * assessment id twice (named here by its lines, before the library names indexes) goes to the
 * rejects: without `--keep-going` the run stops with a line naming the file, the child's
 * first line and the child; with it, the child is reported and counted and the run goes on.
 */
export async function* perChild<R>(context: CommandContext, compute: (history: readonly Assessment[]) => R): AsyncGenerator<R> {
  for await (const history of context.histories(context.files[0] as string)) {
    const duplicate = firstDuplicateId(history.assessments, history.wheres);
    if (duplicate !== null) {
      await context.rejects.history(history.childId, duplicate.where, duplicateIdReason(duplicate));
      continue;
    }
    let result: R;
    try {
      result = compute(history.assessments);
    } catch (error) {
      if (!(error instanceof GradedCareError)) throw error;
      await context.rejects.history(history.childId, history.where, error.message, error instanceof ValidationError ? error.issues : undefined);
      continue;
    }
    yield result;
  }
}

/**
 * Writes what `compute` returns for each child (any number of results): as they are in JSON
 * or NDJSON, or each flattened by `csvRow` to the named `columns` in CSV.
 */
export async function writePerChild<R>(
  context: CommandContext,
  compute: (history: readonly Assessment[]) => readonly R[],
  csv: { readonly columns: readonly string[]; readonly row: (result: R) => Readonly<Record<string, CsvValue>> },
): Promise<void> {
  const format = context.global.outputFormat;
  const writer = recordWriter(context.out, format, csv.columns);
  for await (const results of perChild(context, compute)) {
    for (const result of results) await writer.add(format === 'csv' ? csv.row(result) : result);
  }
  await writer.end();
}
