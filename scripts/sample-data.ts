/**
 * Writes examples/data/assessments.ndjson and assessments.csv from assessments.json: the same
 * assessments, sorted by child (then instrument, date and id) as the commands that read whole
 * histories need. Run `node --import tsx scripts/sample-data.ts` after changing the JSON; a
 * test fails while the three disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXED_COLUMNS, ratingColumns } from '../src/cli/input/csv-columns.js';
import { csvCell } from '../src/cli/output/records.js';
import { valueAt as valueAtPath } from '../src/internal/zod-issues.js';

type Json = Record<string, unknown>;

/** The value at a dotted path of the contract's fields (`child.id`). */
const valueAt = (record: unknown, column: string): unknown => valueAtPath(record, column.split('.'));

const DATA = resolve(import.meta.dirname, '../examples/data');

/** The assessments sorted by child id, instrument, date and id. */
export function sortedByChild(records: readonly Json[]): Json[] {
  const key = (r: Json): string[] => [String(valueAt(r, 'child.id')), String(r['instrument']), String(r['assessedOn']), String(r['id'])];
  return [...records].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string) < (kb[i] as string) ? -1 : 1;
    return 0;
  });
}

export function toNdjson(records: readonly Json[]): string {
  return sortedByChild(records).map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** CSV with the documented header, keeping only the columns the data uses. */
export function toCsv(records: readonly Json[]): string {
  const rows = sortedByChild(records);
  const ratingsOf = (r: Json) => (r['ratings'] ?? {}) as Record<string, unknown>;
  const used = (column: string): boolean => rows.some((r) => valueAt(r, column) !== undefined);
  const { ratingKeys, areas } = ratingColumns();
  const attributes = [...new Set(rows.flatMap((r) => Object.keys((valueAt(r, 'child.attributes') ?? {}) as Json)))];
  const columns = [
    ...FIXED_COLUMNS.filter((c) => c === 'schemaVersion' || c === 'id' || used(c)),
    ...attributes.map((a) => `child.attributes.${a}`),
    ...ratingKeys.filter((k) => rows.some((r) => ratingsOf(r)[k] !== undefined)).flatMap((k) => {
      const noted = rows.some((r) => typeof ratingsOf(r)[k] === 'object');
      return noted ? [k, `${k}#note`] : [k];
    }),
    ...areas.filter((a) => rows.some((r) => valueAt(r, `areaGrades.${a}`) !== undefined)).map((a) => `areaGrades.${a}`),
  ];
  const cell = (r: Json, column: string): unknown => {
    if (column.startsWith('child.attributes.')) return (valueAt(r, 'child.attributes') as Json | undefined)?.[column.slice('child.attributes.'.length)];
    if (column.startsWith('areaGrades.')) return (r['areaGrades'] as Json | undefined)?.[column.slice('areaGrades.'.length)];
    const key = column.endsWith('#note') ? column.slice(0, -5) : column;
    if (ratingKeys.includes(key)) {
      const rating = ratingsOf(r)[key];
      const withNote = typeof rating === 'object' && rating !== null ? (rating as Json) : null;
      if (column.endsWith('#note')) return withNote?.['note'];
      return withNote === null ? rating : withNote['grade'];
    }
    return valueAt(r, column);
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(cell(r, c))).join(','))].join('\n') + '\n';
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const records = JSON.parse(readFileSync(resolve(DATA, 'assessments.json'), 'utf8')) as Json[];
  writeFileSync(resolve(DATA, 'assessments.ndjson'), toNdjson(records));
  writeFileSync(resolve(DATA, 'assessments.csv'), toCsv(records));
  console.log(`wrote ${records.length} assessments to examples/data/assessments.ndjson and assessments.csv`);
}
