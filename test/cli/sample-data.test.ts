import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortedByChild, toCsv, toNdjson } from '../../scripts/sample-data.js';
import { ROOT } from '../support/run.js';
import { SAMPLE } from '../support/sample.js';

const read = (name: string) => readFileSync(resolve(ROOT, 'examples/data', name), 'utf8');

describe('the sample data in NDJSON and CSV', () => {
  it('is what scripts/sample-data.ts makes from assessments.json (run it after changing the JSON)', () => {
    expect(read('assessments.ndjson')).toBe(toNdjson(SAMPLE));
    expect(read('assessments.csv')).toBe(toCsv(SAMPLE));
  });

  it('holds the same assessments as the JSON, grouped by child', () => {
    const ndjson = read('assessments.ndjson').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ndjson).toEqual(sortedByChild(SAMPLE));
    const children = ndjson.map((a) => (a['child'] as { id: string }).id);
    // Grouped: once a child's rows end, the child does not come back.
    const runs = children.filter((id, i) => id !== children[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });
});
