import { safeParseAssessment } from '../../index.js';
import { isPlainObject } from '../../internal/describe.js';
import { csvRowToAssessment, type CsvLayout } from './csv-columns.js';

/**
 * The child a bad row's id names. The contract refuses an id with white space at its ends, so
 * `"C-1 "` (a padded cell) can only be C-1's row: named as written, it was a child of its own,
 * and C-1 went on with a gap in its history.
 */
function childNamed(id: unknown): string | undefined {
  const trimmed = typeof id === 'string' ? id.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

/** The child id of a record read as JSON (`child.id`, a non-empty string), if it has one. */
export function childIdOf(value: unknown): string | undefined {
  const child = isPlainObject(value) ? value['child'] : undefined;
  return childNamed(isPlainObject(child) ? child['id'] : undefined);
}

/** Fields a misread row gets wrong: a reading with a problem in any other than these is not the row's. */
const FREE_FIELDS = new Set(['ratings', 'areaGrades']);

/**
 * The child of a CSV row with more cells than the header has columns, when it can be told.
 * A comma left unquoted (in a note, say) splits one cell into several, and every column after
 * it moves. So each way of joining the extra cells back into one column is tried; a reading
 * whose fields other than the ratings fail the contract (an instrument `C-1`, a date `4`) is
 * not the row's. The child is told when at least one reading is left and all of them name
 * the same child; otherwise, and for a row with too few cells (where one cell may hide two),
 * `undefined`: a wrong guess would leave the real child's history with a gap.
 */
export function childOfOverlongCsvRow(layout: CsvLayout, fields: readonly string[]): string | undefined {
  const extra = fields.length - layout.columns.length;
  if (extra <= 0) return undefined;
  let found: string | undefined;
  for (let at = 0; at < layout.columns.length; at++) {
    const joined = [...fields.slice(0, at), fields.slice(at, at + extra + 1).join(','), ...fields.slice(at + extra + 1)];
    const { value } = csvRowToAssessment(layout, joined);
    const result = safeParseAssessment(value);
    if (!result.success && result.issues.some((issue) => !FREE_FIELDS.has(String(issue.path[0])))) continue;
    const child = childIdOf(value);
    if (child === undefined || (found !== undefined && found !== child)) return undefined;
    found = child;
  }
  return found;
}

/** `"child"` as a key, not inside a string (an escaped quote before it would make it text). */
const CHILD_KEY = /(?<!\\)"child"\s*:/g;
/** The `child` object's text up to its first brace: its own fields, before any nested object. */
const CHILD_OBJECT = /(?<!\\)"child"\s*:\s*\{([^{}]*)/;
const ID_FIELD = /(?<!\\)"id"\s*:\s*("(?:[^"\\]|\\.)*")/g;

/** How deep in objects and arrays `text` is at `end`: its opening brackets less its closing ones, outside strings. */
function depthAt(text: string, end: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth;
}

/**
 * The child of a line that is not valid JSON, only when the text leaves no doubt: exactly one
 * `"child"` key, a field of the record itself (not of an object inside it, such as the
 * ratings), whose object holds exactly one `"id"` string before any nested object.
 * `undefined` otherwise: a broken line may hold anything, and a wrong guess would leave the
 * real child's history with a gap.
 */
export function childOfBrokenJson(text: string): string | undefined {
  const keys = [...text.matchAll(CHILD_KEY)];
  if (keys.length !== 1 || depthAt(text, (keys[0] as RegExpExecArray).index) !== 1) return undefined;
  const body = CHILD_OBJECT.exec(text)?.[1];
  if (body === undefined) return undefined;
  const ids = [...body.matchAll(ID_FIELD)];
  if (ids.length !== 1) return undefined;
  try {
    return childNamed(JSON.parse((ids[0] as RegExpMatchArray)[1] as string));
  } catch {
    return undefined;
  }
}
