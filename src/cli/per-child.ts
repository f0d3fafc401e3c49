import type { Assessment } from '../index.js';
import type { CommandContext } from './command.js';
import { recordWriter } from './output/records.js';

/**
 * Runs a per-child function over the histories of a file grouped by child, writing what it
 * returns for each child as JSON, NDJSON or CSV (`columns`: dotted paths into each row).
 */
export async function writePerChild<R>(
  context: CommandContext,
  rowsOf: (history: readonly Assessment[]) => readonly R[],
  columns: readonly string[],
): Promise<void> {
  const writer = recordWriter(context.out, context.global.outputFormat, columns);
  for await (const history of context.histories(context.files[0] as string)) {
    for (const row of rowsOf(history.assessments)) await writer.add(row);
  }
  await writer.end();
}
