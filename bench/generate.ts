/**
 * Deterministic synthetic data for the benchmarks: a seeded generator, so every run measures
 * the same inputs. Grades drift a little between a child's assessments, notes appear on about
 * one rating in five, as in case-system exports.
 */
import { getInstrument } from 'graded-care';

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOTES = ['seen at home visit', 'reported by school nurse', 'improving since last review', 'carer engaged well', 'concerns shared with GP'];
const LOCALITIES = ['Central', 'North', 'East', 'West', 'Rural'];
const GCP2_SUBAREAS = getInstrument('gcp2').areas.flatMap((area) => area.subAreas.map((sub) => sub.id));

function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `children` children with `perChild` GCP2 assessments each, 60–120 days apart, numbered from
 * `firstChild` (so that batches generated one after another do not share ids).
 */
export function generateGcp2Histories(children: number, perChild: number, seed = 1, firstChild = 0): Record<string, unknown>[] {
  const next = random(seed);
  const out: Record<string, unknown>[] = [];
  const start = Date.UTC(2023, 0, 1) / 86_400_000;
  for (let c = firstChild; c < firstChild + children; c++) {
    const born = start - 60 - Math.floor(next() * 5000);
    const base = GCP2_SUBAREAS.map(() => 1 + Math.floor(next() * 5));
    let day = start + Math.floor(next() * 300);
    const flags = next() < 0.1 ? ['disabled'] : [];
    for (let k = 0; k < perChild; k++) {
      const ratings: Record<string, unknown> = {};
      GCP2_SUBAREAS.forEach((id, i) => {
        const grade = Math.min(5, Math.max(1, (base[i] as number) + Math.floor(next() * 3) - 1));
        const roll = next();
        ratings[id] = roll < 0.03 ? 'not-scored' : roll < 0.2 ? { grade, note: NOTES[Math.floor(next() * NOTES.length)] } : grade;
      });
      out.push({
        schemaVersion: 1,
        id: `A-${c}-${k}`,
        instrument: 'gcp2',
        child: { id: `C-${c}`, dateOfBirth: isoDay(born), flags, locality: LOCALITIES[c % LOCALITIES.length] },
        assessedOn: isoDay(day),
        kind: k === 0 ? 'baseline' : 'review',
        assessor: `HV-${c % 40}`,
        ratings,
        areaGrades: { physical: 1 + Math.floor(next() * 5) },
      });
      day += 60 + Math.floor(next() * 60);
    }
  }
  return out;
}
