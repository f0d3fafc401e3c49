import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gcp2 } from '../support/assessments.js';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

/*
 * A JSON array is gathered by child before its histories are handed on; its bad items are still
 * reported in file order, so the first bad item is the one that stops the run (as `score` says),
 * not the first bad item of the first child gathered.
 */

const items = [
  gcp2({ id: 'A-1', child: { id: 'C-1' }, assessedOn: '2025-01-06' }),
  gcp2({ id: 'B-1', child: { id: 'C-2' }, assessedOn: '2025-13-01' }),
  gcp2({ id: 'A-2', child: { id: 'C-1' }, assessedOn: '2025-02-30' }),
];
const ITEM_2 = 'item 2: assessedOn: expected a calendar date written YYYY-MM-DD that exists, received the string "2025-13-01"';
const ITEM_3 = 'item 3: assessedOn: expected a calendar date written YYYY-MM-DD that exists, received the string "2025-02-30"';

describe('a JSON array with bad items of two children', () => {
  for (const command of ['place', 'progress'] as const) {
    it(`${command} stops at the first bad item of the file, as score does`, () => {
      const dir = tempDir({ 'in.json': JSON.stringify(items) });
      const file = join(dir, 'in.json');
      expect(runCli(['score', file]).stderr).toBe(`graded-care: ${file}: ${ITEM_2}\n`);
      const run = runCli([command, file, '--as-of', '2025-11-20']);
      expect([run.status, run.stderr]).toEqual([2, `graded-care: ${file}: ${ITEM_2}\n`]);
    });

    it(`${command} --keep-going lists the bad items in file order, then the children skipped`, () => {
      const dir = tempDir({ 'in.json': JSON.stringify(items) });
      const run = runCli([command, join(dir, 'in.json'), '--as-of', '2025-11-20', '--keep-going', '--rejects', join(dir, 'rejects.ndjson')]);
      expect(run.status).toBe(2);
      const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { message: string });
      expect(rejects.map((r) => r.message.split(':')[0])).toEqual(['item 2', 'item 3', 'item 1', 'item 2']);
      expect(rejects.map((r) => r.message).slice(0, 2)).toEqual([ITEM_2, ITEM_3]);
      expect(run.stderr).toContain(`first: ${join(dir, 'in.json')}: ${ITEM_2}`);
    });
  }
});
