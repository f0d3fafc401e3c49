import { readFile } from 'node:fs/promises';
import { formatPath, safeParseAssessment, type Assessment } from '../index.js';
import { inputError } from './errors.js';

/** A file's assessments, each with where it came from, for messages. */
export interface LoadedAssessment {
  readonly assessment: Assessment;
  /** e.g. `item 3` for a JSON array. */
  readonly where: string;
}

/**
 * Reads a JSON file holding an array of assessments and validates every one. The first
 * invalid record stops the run with a one-line message naming the file, the item and field.
 */
export async function readAssessments(file: string): Promise<LoadedAssessment[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw inputError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw inputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw inputError(`${file}: expected a JSON array of assessments`);
  return data.map((record, i) => {
    const where = `item ${i + 1}`;
    const result = safeParseAssessment(record);
    if (!result.success) {
      const issue = result.issues[0];
      const more = result.issues.length > 1 ? ` (+${result.issues.length - 1} more)` : '';
      throw inputError(`${file}: ${where}: ${issue ? `${formatPath(issue.path)}: expected ${issue.expected}, received ${issue.received}` : 'invalid'}${more}`);
    }
    return { assessment: result.data, where };
  });
}
