import { builtinInstruments } from '../../index.js';
import { ATTRIBUTE_KEY } from '../../contract/limits.js';
import { makeIssue, shownKey, type Issue, type IssuePath } from '../../errors.js';
import { RATING_FORMS_AFTER_GRADE } from '../../contract/parse.js';
import { ONE_FLAG_AN_ENTRY } from '../../contract/flags.js';
import { nearestNames } from '../nearest-names.js';

/**
 * The CSV header of assessments (docs/cli.md): one row per assessment, one column per field.
 *
 * | column | contract field |
 * |---|---|
 * | `schemaVersion` (optional, default 1), `id`, `instrument`, `assessedOn`, `kind`, `assessor` | the same |
 * | `child.id`, `child.dateOfBirth`, `child.locality` | `child.*` |
 * | `child.flags` | `child.flags`, separated by `;` (each trimmed; empty ones dropped) |
 * | `child.attributes.<name>` | `child.attributes[name]`, for a name of the contract's form (`ATTRIBUTE_KEY`) |
 * | a rating key (`physical.nutrition`, a Star area) | `ratings[key]`: a grade, `not-scored`, or empty for unrated |
 * | `<key>#note` | the note of that rating |
 * | `areaGrades.<area>` | `areaGrades[area]` |
 *
 * An empty cell is a field left out.
 */
type Column =
  | { readonly kind: 'field'; readonly path: readonly string[] }
  | { readonly kind: 'schemaVersion' }
  | { readonly kind: 'flags' }
  | { readonly kind: 'attribute'; readonly name: string }
  | { readonly kind: 'rating'; readonly key: string }
  | { readonly kind: 'note'; readonly key: string }
  | { readonly kind: 'areaGrade'; readonly area: string };

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  instrument: ['instrument'],
  assessedOn: ['assessedOn'],
  kind: ['kind'],
  assessor: ['assessor'],
  'child.id': ['child', 'id'],
  'child.dateOfBirth': ['child', 'dateOfBirth'],
  'child.locality': ['child', 'locality'],
};
const REQUIRED = ['id', 'instrument', 'child.id', 'assessedOn'];

/** Every rating key and area of the built-in instruments, derived from their definitions. */
const RATING_KEYS = new Set(
  builtinInstruments.flatMap((instrument) =>
    instrument.family === 'star'
      ? instrument.areas.map((a) => a.id)
      : instrument.areas.flatMap((a) => a.subAreas.flatMap((s) => [s.id, ...s.items.map((item) => item.id)])),
  ),
);
const AREAS = new Set(builtinInstruments.filter((i) => i.family === 'gcp').flatMap((i) => i.areas.map((a) => a.id)));

/** The fixed columns, in the order writers put them. */
export const FIXED_COLUMNS: readonly string[] = ['schemaVersion', 'id', 'instrument', 'child.id', 'child.dateOfBirth', 'child.flags', 'child.locality', 'assessedOn', 'kind', 'assessor'];

/** The rating keys and areas the header may name, in instrument order. */
export function ratingColumns(): { ratingKeys: readonly string[]; areas: readonly string[] } {
  return { ratingKeys: [...RATING_KEYS], areas: [...AREAS] };
}

function columnOf(name: string): Column | null {
  // Own keys only: `constructor` or `__proto__` would find Object's own members.
  if (Object.hasOwn(FIELDS, name)) return { kind: 'field', path: FIELDS[name] as readonly string[] };
  if (name === 'schemaVersion') return { kind: 'schemaVersion' };
  if (name === 'child.flags') return { kind: 'flags' };
  if (name.startsWith('child.attributes.')) {
    const attribute = name.slice('child.attributes.'.length);
    // `__proto__` and the like would be dropped or refused row by row: they are no attribute names.
    return ATTRIBUTE_KEY.test(attribute) ? { kind: 'attribute', name: attribute } : null;
  }
  if (RATING_KEYS.has(name)) return { kind: 'rating', key: name };
  if (name.endsWith('#note') && RATING_KEYS.has(name.slice(0, -5))) return { kind: 'note', key: name.slice(0, -5) };
  if (name.startsWith('areaGrades.') && AREAS.has(name.slice('areaGrades.'.length))) return { kind: 'areaGrade', area: name.slice('areaGrades.'.length) };
  return null;
}

/** Every column name the header may hold but the attributes, for suggestions. */
const KNOWN_COLUMNS: readonly string[] = [...FIXED_COLUMNS, ...RATING_KEYS, ...[...RATING_KEYS].map((key) => `${key}#note`), ...[...AREAS].map((area) => `areaGrades.${area}`)];

/**
 * ` (did you mean …?)` for an unknown column: a slip away from a known one
 * (`physical.nutriton`, `childId`), or a child field written without `child.` (`locality`).
 */
function columnMeant(name: string): string {
  const asChild = `child.${name}`;
  const meant = columnOf(asChild) !== null ? [asChild] : nearestNames(name, KNOWN_COLUMNS).slice(0, 3);
  return meant.length === 0 ? '' : ` (did you mean ${meant.join(' or ')}?)`;
}

/** A validated header: each column's meaning, in order. */
export interface CsvLayout {
  readonly names: readonly string[];
  readonly columns: readonly Column[];
}

/** Reads the header row, or says in one line what is wrong with it. */
export function csvLayout(names: readonly string[]): CsvLayout | { error: string } {
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const [i, name] of names.entries()) {
    if (name === '') return { error: `column ${i + 1} has no name` };
    if (seen.has(name)) return { error: `column ${JSON.stringify(name)} appears twice` };
    seen.add(name);
    const column = columnOf(name);
    if (column === null) {
      return {
        error: `unknown column ${JSON.stringify(shownKey(name))}${columnMeant(name)}; expected ${FIXED_COLUMNS.join(', ')}, child.attributes.<name> (a name of letters, digits, _ and -, starting with a letter), a rating key of ${builtinInstruments.map((b) => b.id).join(', ')} (such as physical.nutrition), <key>#note or areaGrades.<area>`,
      };
    }
    columns.push(column);
  }
  const missing = REQUIRED.filter((name) => !seen.has(name));
  if (missing.length > 0) return { error: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => JSON.stringify(m)).join(', ')}` };
  return { names, columns };
}

const WHOLE = /^\d+$/;

/** A grade cell: a whole number as a number, anything else as it is (the contract names what is wrong). */
function gradeOf(cell: string): unknown {
  return WHOLE.test(cell) ? Number(cell) : cell;
}

function set(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
}

/**
 * Turns a row into the contract's JSON shape, for `safeParseAssessment` to judge. Only what
 * the CSV form itself rules out is reported here: a note beside an empty grade.
 */
export function csvRowToAssessment(layout: CsvLayout, fields: readonly string[]): { value: Record<string, unknown>; issues: Issue[] } {
  const value: Record<string, unknown> = { schemaVersion: 1, ratings: {} };
  const ratings = value['ratings'] as Record<string, unknown>;
  const notes = new Map<string, string>();
  const issues: Issue[] = [];
  layout.columns.forEach((column, i) => {
    const cell = fields[i] as string;
    if (cell === '') return;
    switch (column.kind) {
      case 'field':
        set(value, column.path, cell);
        break;
      case 'schemaVersion':
        value['schemaVersion'] = gradeOf(cell);
        break;
      case 'flags':
        // `mobile; disabled` is two flags, `disabled` among them: a stray space must not hide a high-risk group.
        set(value, ['child', 'flags'], cell.split(';').map((flag) => flag.trim()).filter((flag) => flag !== ''));
        break;
      case 'attribute':
        set(value, ['child', 'attributes', column.name], cell);
        break;
      case 'rating':
        ratings[column.key] = gradeOf(cell);
        break;
      case 'note':
        notes.set(column.key, cell);
        break;
      case 'areaGrade':
        set(value, ['areaGrades', column.area], gradeOf(cell));
        break;
    }
  });
  for (const [key, note] of notes) {
    if (ratings[key] === undefined) issues.push(makeIssue(['ratings', key, 'note'], `a grade or not-scored in column ${key} beside the note`, 'an empty grade'));
    else ratings[key] = { grade: ratings[key], note };
  }
  return { value, issues };
}

/** The CSV column an issue's path points into, so that messages name what the analyst sees. */
export function csvColumnOf(path: IssuePath): string | null {
  const [first, second, third] = path;
  if (first === 'ratings' && typeof second === 'string') return third === 'note' ? `${second}#note` : second;
  if (first === 'areaGrades' && typeof second === 'string') return `areaGrades.${second}`;
  if (first === 'child' && second === 'attributes' && typeof third === 'string') return `child.attributes.${third}`;
  if (first === 'child' && typeof second === 'string') return `child.${second}`;
  if (typeof first === 'string' && path.length === 1 && first !== 'ratings') return first;
  return null;
}

/**
 * An issue as a reader of the CSV meets it: a rating's cell holds a grade or `not-scored`
 * (its note has a column of its own), so the `{ grade, note? }` of JSON is not offered, and a
 * grade is worded alike whether or not the row has a note beside it; flags joined by a comma
 * or another mark are told the column's own separator.
 */
export function csvIssue(issue: Issue): Issue {
  if (issue.path[1] === 'flags' && issue.expected.startsWith(ONE_FLAG_AN_ENTRY)) return makeIssue(issue.path, `${ONE_FLAG_AN_ENTRY} (separate flags with ";" in this column)`, issue.received);
  if (issue.path[0] !== 'ratings' || issue.path.length !== 2 || !issue.expected.endsWith(RATING_FORMS_AFTER_GRADE)) return issue;
  return makeIssue(issue.path, `${issue.expected.slice(0, -RATING_FORMS_AFTER_GRADE.length)} or "not-scored"`, issue.received);
}
