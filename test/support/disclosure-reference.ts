import { readFileSync } from 'node:fs';

/**
 * A table of scripts/disclosure-reference.py, laid out as `tableLayout` numbers its entries,
 * with hidden entries and those scipy's milp finds pinned to one value.
 */
export interface ReferenceTable {
  readonly rows: number;
  readonly columns: number;
  readonly rowTotals: boolean;
  readonly columnTotals: boolean;
  readonly values: number[];
  readonly hidden: number[];
  readonly pinned: number[];
}

/** The cases of a reference file beside the cohort tests. */
export function readReference<T extends ReferenceTable>(file: string): T[] {
  return (JSON.parse(readFileSync(new URL(`../cohort/${file}`, import.meta.url), 'utf8')) as { cases: T[] }).cases;
}

/** A mask of `size` entries with `hidden` set. */
export function maskOf(size: number, hidden: readonly number[]): boolean[] {
  return Array.from({ length: size }, (_, i) => hidden.includes(i));
}
