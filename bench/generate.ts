/**
 * Deterministic synthetic data for the benchmarks: a seeded generator, so every run measures
 * the same inputs. Grades drift a little between a child's assessments. Two profiles: `lean`
 * records (a short note on about one rating in six — the hardest case for a parse-relative
 * ratio) and `evidence` records (a note of evidence on three ratings in four, as the GCP2 form
 * asks practitioners to record).
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
const EVIDENCE = [
  'Observed during an unannounced home visit in the afternoon.',
  'Carer described the routine and the child confirmed it when asked alone.',
  'School attendance officer reports a pattern of late arrival on Mondays.',
  'Health visitor notes the last two appointments were missed without contact.',
  'Kitchen had fresh food; the child ate a prepared meal while we talked.',
  'Agreed actions from the previous review have been partly completed.',
];

/** How much free text the generated records carry. */
export type RecordProfile = 'lean' | 'evidence';

function noteFor(profile: RecordProfile, next: () => number): string | undefined {
  if (profile === 'lean') return next() < 0.17 ? NOTES[Math.floor(next() * NOTES.length)] : undefined;
  if (next() >= 0.75) return undefined;
  const phrases = 2 + Math.floor(next() * 3);
  return Array.from({ length: phrases }, () => EVIDENCE[Math.floor(next() * EVIDENCE.length)]).join(' ');
}
const LOCALITIES = ['Central', 'North', 'East', 'West', 'Rural'];
const GCP2_SUBAREAS = getInstrument('gcp2').areas.flatMap((area) => area.subAreas.map((sub) => sub.id));

function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `children` children with `perChild` GCP2 assessments each, 60–120 days apart, numbered from
 * `firstChild` (so that batches generated one after another do not share ids).
 */
export function generateGcp2Histories(children: number, perChild: number, seed = 1, firstChild = 0, profile: RecordProfile = 'lean'): Record<string, unknown>[] {
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
        if (next() < 0.03) {
          ratings[id] = 'not-scored';
          return;
        }
        const note = noteFor(profile, next);
        ratings[id] = note === undefined ? grade : { grade, note };
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
