import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './run.js';

/** The bundled sample assessments, as parsed JSON. */
export const SAMPLE: Record<string, unknown>[] = JSON.parse(readFileSync(resolve(ROOT, 'examples/data/assessments.json'), 'utf8')) as Record<string, unknown>[];

/** The sample as NDJSON text, one assessment a line. */
export function sampleNdjson(count = SAMPLE.length): string {
  return SAMPLE.slice(0, count).map((a) => `${JSON.stringify(a)}\n`).join('');
}

/** A small valid CSV: a header and two GCP2 rows. */
export const SMALL_CSV = [
  'id,instrument,child.id,child.locality,assessedOn,kind,physical.nutrition,physical.nutrition#note,safety.in-absence',
  'A-1,gcp2,C-1,North,2025-01-10,baseline,4,"missed meals, ""often""",3',
  'A-2,gcp2,C-1,North,2025-04-10,review,2,,not-scored',
  '',
].join('\n');
