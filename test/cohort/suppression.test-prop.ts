import { describe, expect, it } from 'vitest';
import { PROGRESS_DIRECTIONS, summariseCohort, suppressTable, type CohortRecord } from '../../src/index.js';
import { pinnedEntries } from '../../src/cohort/pinned-entries.js';
import { tableLayout } from '../../src/cohort/suppression.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';

/** Counts as they occur in small areas: many zeros and small numbers, some larger. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 60 }));
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
/** Larger tables of small counts, where several lines' c's meet. */
const smallCounts = fc
  .record({ rows: fc.integer({ min: 2, max: 8 }), columns: fc.integer({ min: 2, max: 5 }) })
  .chain(({ rows, columns }) => fc.array(fc.array(fc.constantFrom(0, 0, 1, 2, 3, 6, 7, 9), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
const margins = fc.record({ rowTotals: fc.boolean(), columnTotals: fc.boolean() });

/** The equations a reader has: each published total against its cells, with true values and whether hidden. */
function lines(cells: number[][], published: ReturnType<typeof suppressTable>): { value: number; hidden: boolean }[][] {
  const entry = (value: number, shown: number | 'c') => ({ value, hidden: shown === 'c' });
  const out: { value: number; hidden: boolean }[][] = [];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const rowSums = cells.map(sum);
  const columnSums = (cells[0] ?? []).map((_, c) => sum(cells.map((row) => row[c] as number)));
  if (published.rowTotals) {
    cells.forEach((row, r) => out.push([...row.map((v, c) => entry(v, published.cells[r]?.[c] as number | 'c')), entry(rowSums[r] as number, published.rowTotals?.[r] as number | 'c')]));
  }
  if (published.columnTotals) {
    columnSums.forEach((total, c) => out.push([...cells.map((row, r) => entry(row[c] as number, published.cells[r]?.[c] as number | 'c')), entry(total, published.columnTotals?.[c] as number | 'c')]));
  }
  if (published.grandTotal !== null) {
    const grand = entry(sum(rowSums), published.grandTotal);
    out.push([...rowSums.map((v, r) => entry(v, published.rowTotals?.[r] as number | 'c')), grand]);
    out.push([...columnSums.map((v, c) => entry(v, published.columnTotals?.[c] as number | 'c')), grand]);
  }
  return out;
}

/**
 * Whether a reader of one line alone can tell a hidden entry's value, knowing that each `c`
 * is at least 1 (0 is always shown). With the total shown, the h hidden cells sum to a known
 * S, so each lies in [1, S − (h − 1)] (exactly S when h = 1): determined when that range is
 * one value. With the total hidden and every cell shown, the total is their sum.
 */
function determinesAHiddenEntry(line: { value: number; hidden: boolean }[]): boolean {
  const total = line[line.length - 1] as { value: number; hidden: boolean };
  const hiddenCells = line.slice(0, -1).filter((e) => e.hidden);
  if (total.hidden) return hiddenCells.length === 0;
  if (hiddenCells.length === 0) return false;
  const hiddenSum = hiddenCells.reduce((a, e) => a + e.value, 0);
  const max = hiddenSum - (hiddenCells.length - 1);
  const min = hiddenCells.length === 1 ? hiddenSum : 1;
  return max === min;
}

describe('suppressTable properties', () => {
  it('no line has exactly one hidden entry: no c can be recovered from a row or column total', () => {
    fc.assert(
      fc.property(table, margins, (cells, options) => {
        for (const line of lines(cells, suppressTable(cells, options))) {
          expect(line.filter((e) => e.hidden).length).not.toBe(1);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('no line pins a hidden entry to one value, knowing each c is at least 1', () => {
    fc.assert(
      fc.property(table, margins, (cells, options) => {
        for (const line of lines(cells, suppressTable(cells, options))) expect(determinesAHiddenEntry(line)).toBe(false);
      }),
      PROPERTY_RUNS,
    );
  });

  it('no line pins a hidden entry in tables of mostly 1s (where c ≥ 1 bites)', () => {
    const ones = fc
      .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
      .chain(({ rows, columns }) => fc.array(fc.array(fc.constantFrom(0, 1, 1, 2, 8), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
    fc.assert(
      fc.property(ones, margins, (cells, options) => {
        for (const line of lines(cells, suppressTable(cells, options))) expect(determinesAHiddenEntry(line)).toBe(false);
      }),
      PROPERTY_RUNS,
    );
  });

  it('no hidden entry can be worked out from the whole table either (lines combined, each c at least 1)', () => {
    // pinnedEntries is checked against scipy's milp in pinned-entries.test.ts.
    fc.assert(
      fc.property(fc.oneof(table, smallCounts), margins, (cells, options) => {
        const t = suppressTable(cells, options);
        const layout = tableLayout(cells.length, (cells[0] as number[]).length, options.rowTotals, options.columnTotals);
        const values = new Array<number>(layout.size).fill(0);
        const hidden = new Array<boolean>(layout.size).fill(false);
        cells.forEach((row, r) =>
          row.forEach((v, c) => {
            for (const i of [layout.cell(r, c), layout.rowTotal(r), layout.columnTotal(c), layout.grandTotal]) values[i] = (values[i] as number) + v;
            hidden[layout.cell(r, c)] = t.cells[r]?.[c] === 'c';
          }),
        );
        t.rowTotals?.forEach((shown, r) => (hidden[layout.rowTotal(r)] = shown === 'c'));
        t.columnTotals?.forEach((shown, c) => (hidden[layout.columnTotal(c)] = shown === 'c'));
        hidden[layout.grandTotal] = t.grandTotal === 'c';
        expect(pinnedEntries(values, layout.lines, hidden)).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('hides every 1–5, never a 0, and shows every other value as it is (totals are the sums of the true cells)', () => {
    fc.assert(
      fc.property(table, margins, (cells, options) => {
        for (const line of lines(cells, suppressTable(cells, options))) {
          for (const e of line) {
            if (e.value >= 1 && e.value <= 5) expect(e.hidden).toBe(true);
            if (e.value === 0) expect(e.hidden).toBe(false);
          }
        }
        const t = suppressTable(cells, options);
        cells.forEach((row, r) => row.forEach((v, c) => expect([v, 'c']).toContain(t.cells[r]?.[c])));
        const rowSums = cells.map((row) => row.reduce((a, b) => a + b, 0));
        t.rowTotals?.forEach((shown, r) => expect([rowSums[r], 'c']).toContain(shown));
      }),
      PROPERTY_RUNS,
    );
  });

  it('rounding moves a published total by at most 5 to a multiple of 10, and hides the same entries', () => {
    fc.assert(
      fc.property(table, margins, (cells, options) => {
        const exact = suppressTable(cells, options);
        const rounded = suppressTable(cells, { ...options, roundTotals: true });
        expect(rounded.cells).toEqual(exact.cells);
        const pairs = [...(exact.rowTotals ?? []).map((v, i) => [v, rounded.rowTotals?.[i]]), [exact.grandTotal, rounded.grandTotal]];
        for (const [e, r] of pairs) {
          if (e === 'c' || e === null || e === undefined) expect(r).toBe(e);
          else {
            expect(Math.abs((r as number) - e)).toBeLessThanOrEqual(5);
            expect((r as number) % 10).toBe(0);
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('summariseCohort properties', () => {
  const level = fc.constantFrom('child-protection', 'early-help', 'universal');
  const locality = fc.constantFrom('North', 'South', 'East');
  const cohort = fc.array(fc.record({ level, locality, needs: fc.subarray(['nutritional', 'medical', 'supervisory']) }), { maxLength: 60 });
  const toRecords = (rows: { level: string; locality: string; needs: string[] }[]): CohortRecord[] =>
    rows.map((r, i) => ({ child: { id: `C-${i}`, locality: r.locality }, level: r.level, needsAtConcern: r.needs }));
  const population = { North: 9_000, South: 11_000, East: 4_000 };

  it('the whole area counts the sum of its groups, and suppression only hides: what it shows is true', () => {
    fc.assert(
      fc.property(cohort, (rows) => {
        const records = toRecords(rows);
        const plain = summariseCohort(records, { population, groupBy: 'locality' });
        const hidden = summariseCohort(records, { population, groupBy: 'locality', suppression: 'dfe' });
        for (const levelName of plain.levels) {
          const sum = plain.groups.reduce((a, g) => a + (g.levels[levelName]?.count as number), 0);
          expect(plain.total.levels[levelName]?.count).toBe(sum);
        }
        [plain.total, ...plain.groups].forEach((g, i) => {
          const h = i === 0 ? hidden.total : hidden.groups[i - 1];
          expect([g.children, 'c']).toContain(h?.children);
          for (const [name, figure] of Object.entries(g.levels)) {
            const shown = h?.levels[name];
            if (shown?.count === 'c') expect(shown.ratePer10k).toBe('c');
            else expect(shown).toEqual(figure);
          }
          for (const [name, figure] of Object.entries(g.needsAtConcern)) {
            const shown = h?.needsAtConcern[name];
            if (shown?.count === 'c') expect(figure.count).not.toBe(0);
            else expect(shown).toEqual(figure);
          }
        });
      }),
      PROPERTY_RUNS,
    );
  });

  it('hides the same cells whatever the order of the records and of the population groups', () => {
    // Keyed by group and category, so two summaries compare whatever their listing order.
    const published = (summary: ReturnType<typeof summariseCohort>) =>
      Object.fromEntries(
        [summary.total, ...summary.groups].flatMap((g) => [
          [`${g.group}/children`, g.children],
          ...Object.entries(g.levels).map(([name, f]) => [`${g.group}/level/${name}`, f.count]),
          ...Object.entries(g.needsAtConcern).map(([name, f]) => [`${g.group}/need/${name}`, f.count]),
        ]),
      );
    // Counts of 0, 3 or 10 children a cell: ties between visible counts, which is where order could decide.
    const counts = fc.array(fc.constantFrom(0, 3, 10), { minLength: 9, maxLength: 9 });
    const fromCounts = (cells: number[]) =>
      toRecords(cells.flatMap((n, i) => Array.from({ length: n }, () => ({ locality: ['North', 'South', 'East'][i % 3] as string, level: ['child-protection', 'early-help', 'universal'][Math.floor(i / 3)] as string, needs: i % 2 === 0 ? ['nutritional'] : [] }))));
    fc.assert(
      fc.property(counts, fc.func(fc.integer()), (cells, key) => {
        const records = fromCounts(cells);
        const shuffled = records.map((r, i) => ({ r, k: key(i) })).sort((a, b) => a.k - b.k).map(({ r }) => r);
        const reordered = { East: population.East, South: population.South, North: population.North };
        const one = summariseCohort(records, { population, groupBy: 'locality', suppression: 'dfe' });
        const other = summariseCohort(shuffled, { population: reordered, groupBy: 'locality', suppression: 'dfe' });
        expect(published(other)).toEqual(published(one));
      }),
      PROPERTY_RUNS,
    );
  });

  it('every published line of a grouped summary (levels, progress), and its whole table, leaves each c more than one possible value', () => {
    // The equations are read from the published summary itself (the groups' rows and the whole
    // area's row), so a c that the table layout or the ordering lost track of would show here.
    const direction = fc.constantFrom<'improved' | 'unchanged' | 'deteriorated' | null>('improved', 'unchanged', 'deteriorated', null);
    const withProgress = fc.array(fc.record({ level, locality, direction }), { maxLength: 80 });
    fc.assert(
      fc.property(withProgress, (rows) => {
        const records: CohortRecord[] = rows.map((r, i) => ({
          child: { id: `C-${i}`, locality: r.locality },
          level: r.level,
          needsAtConcern: [],
          ...(r.direction === null ? {} : { progress: { physical: r.direction } }),
        }));
        const exact = summariseCohort(records, { population, groupBy: 'locality' });
        const shown = summariseCohort(records, { population, groupBy: 'locality', suppression: 'dfe' });
        const entry = (value: unknown, published: unknown) => ({ value: value as number, hidden: published === 'c' });
        const tables: { cells: (g: typeof exact.total) => { value: unknown }[]; total: (g: typeof exact.total) => unknown }[] = [
          { cells: (g) => exact.levels.map((l) => ({ value: g.levels[l]?.count })), total: (g) => g.children },
          ...(exact.areas.length === 0
            ? []
            : [{ cells: (g: typeof exact.total) => PROGRESS_DIRECTIONS.map((d) => ({ value: g.progress['physical']?.[d].count })), total: (g: typeof exact.total) => g.progress['physical']?.children }]),
        ];
        for (const t of tables) {
          const rowsOf = (s: typeof exact) => [...s.groups, s.total].map((g) => [...t.cells(g).map((c) => c.value), t.total(g)]);
          const e = rowsOf(exact);
          const p = rowsOf(shown);
          const lines: { value: number; hidden: boolean }[][] = [];
          // Each group's row and the whole area's row, with its total last.
          e.forEach((row, r) => lines.push(row.map((v, c) => entry(v, p[r]?.[c]))));
          // Each column, the whole area's figure as its total.
          for (let c = 0; c < (e[0]?.length ?? 0); c++) lines.push(e.map((row, r) => entry(row[c], p[r]?.[c])));
          for (const line of lines) expect(determinesAHiddenEntry(line)).toBe(false);
          // And the whole table at once: the groups' rows, the whole area's row as column totals.
          const groups = e.length - 1;
          const columns = (e[0]?.length ?? 1) - 1;
          if (groups === 0) continue;
          const layout = tableLayout(groups, columns, true, true);
          const values = new Array<number>(layout.size).fill(0);
          const hidden = new Array<boolean>(layout.size).fill(false);
          e.forEach((row, r) =>
            row.forEach((v, c) => {
              const i = r < groups ? (c < columns ? layout.cell(r, c) : layout.rowTotal(r)) : c < columns ? layout.columnTotal(c) : layout.grandTotal;
              values[i] = v as number;
              hidden[i] = p[r]?.[c] === 'c';
            }),
          );
          expect(pinnedEntries(values, layout.lines, hidden)).toEqual([]);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('with rounded totals, an area whose counts round alike publishes the same figures (rates and shares give no count back)', () => {
    // Counts of 6 or more, so nothing is suppressed and rounding alone hides the exact counts;
    // the second cohort moves each count within its band of ten (never below 6).
    const big = fc.integer({ min: 6, max: 60 });
    const jitter = fc.integer({ min: -9, max: 9 });
    const nudge = (v: number, d: number) => {
      const band = Math.round(v / 10) * 10;
      return Math.min(band + 4, Math.max(band - 5, 6, v + d));
    };
    const cohortOf = (levelCounts: number[], progressCounts: number[]): CohortRecord[] => {
      const levels = levelCounts.flatMap((n, l) => Array.from({ length: n }, () => ['early-help', 'universal', 'child-protection'][l] as string));
      const directions = progressCounts.flatMap((n, d) => Array.from({ length: n }, () => PROGRESS_DIRECTIONS[d] as 'improved'));
      return levels.map((lv, i) => ({ child: { id: `C-${i}` }, level: lv, needsAtConcern: [], ...(i < directions.length ? { progress: { physical: directions[i] as 'improved' } } : {}) }));
    };
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    fc.assert(
      fc.property(fc.array(fc.tuple(big, jitter), { minLength: 3, maxLength: 3 }), fc.array(fc.tuple(big, jitter), { minLength: 3, maxLength: 3 }), fc.integer({ min: 1_000, max: 90_000 }), (lv, pr, area) => {
        const a = { levels: lv.map(([v]) => v), progress: pr.map(([v]) => v) };
        const b = { levels: lv.map(([v, d]) => nudge(v, d)), progress: pr.map(([v, d]) => nudge(v, d)) };
        const roundsAlike = (x: number[], y: number[]) => Math.round(sum(x) / 10) === Math.round(sum(y) / 10);
        fc.pre(roundsAlike(a.levels, b.levels) && roundsAlike(a.progress, b.progress) && sum(a.progress) <= sum(a.levels) && sum(b.progress) <= sum(b.levels));
        const options = { population: area, levels: ['early-help', 'universal', 'child-protection'], suppression: { method: 'dfe', roundTotals: true } } as const;
        const one = summariseCohort(cohortOf(a.levels, a.progress), options);
        const other = summariseCohort(cohortOf(b.levels, b.progress), options);
        expect(other.total).toEqual(one.total);
      }),
      PROPERTY_RUNS,
    );
  });
});
