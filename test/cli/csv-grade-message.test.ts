import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

/*
 * A CSV cell holds a grade or `not-scored`; the note has a column of its own. The contract's
 * wording for JSON offers `{ grade, note? }` too, which a cell cannot hold, and it used to
 * reach CSV users on rows whose note was empty only.
 */
const CSV = 'id,instrument,child.id,assessedOn,physical.nutrition,physical.nutrition#note\nA-1,gcp2,C-1,2025-01-10,7,\nA-2,gcp2,C-1,2025-02-10,7,seen at home\n';
const EXPECTED = 'an integer grade from 1 to 5 or "not-scored"';

describe('a bad grade in a CSV cell', () => {
  it('stops the run with what a cell can hold', () => {
    const dir = tempDir({ 'in.csv': CSV });
    const run = runCli(['score', join(dir, 'in.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'in.csv')}: line 2: column physical.nutrition: expected ${EXPECTED}, received the number 7\n`);
  });

  it('is worded alike with and without a note beside it, in the message and the issue', () => {
    const dir = tempDir({ 'in.csv': CSV });
    runCli(['score', join(dir, 'in.csv'), '--keep-going', '--rejects', join(dir, 'rejects.ndjson')]);
    const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { message: string; issues: { expected: string }[] });
    expect(rejects.map((r) => r.message)).toEqual([2, 3].map((line) => `line ${line}: column physical.nutrition: expected ${EXPECTED}, received the number 7`));
    expect(rejects.map((r) => r.issues[0]?.expected)).toEqual([EXPECTED, EXPECTED]);
  });
});
