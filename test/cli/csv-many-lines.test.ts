import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';

const HEADER = 'id,instrument,child.id,assessedOn,physical.nutrition,physical.nutrition#note';

/** A CSV file of one assessment whose quoted note holds `lineEnds` line ends. */
function manyLines(lineEnds: number): string {
  return `${HEADER}\nA1,gcp2,C1,2025-03-01,4,"${'\n'.repeat(lineEnds)}"\nA2,gcp2,C1,2025-04-01,3,\n`;
}

// Each line of an open record used to re-join and re-split the whole record: a record of
// 200,000 lines took minutes. It is read in one pass now (no timing is asserted here).
describe('a CSV record of many lines', () => {
  it('is read whole, and judged by the contract, however many lines it spans', () => {
    const dir = tempDir({ 'm.csv': manyLines(200_000) });
    const run = runCli(['score', join(dir, 'm.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'm.csv')}: line 2: column physical.nutrition#note: expected a string of at most 2000 characters, received a string of 200000 characters\n`);
  });

  it('is accepted when the note is within the contract, and the next record starts on its own line', () => {
    const dir = tempDir({ 'm.csv': manyLines(1_999) });
    const run = runCli(['score', join(dir, 'm.csv'), '--output-format', 'ndjson']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { assessmentId: string }).assessmentId)).toEqual(['A1', 'A2']);
  });

  it('is still refused past the line limit, open or closed', () => {
    const dir = tempDir({ 'open.csv': `${HEADER}\nA1,gcp2,C1,2025-03-01,4,"${'x\n'.repeat(600)}`, 'closed.csv': `${HEADER}\nA1,gcp2,C1,2025-03-01,4,"\n${'x'.repeat(990)}"\n` });
    expect(runCli(['score', join(dir, 'open.csv'), '--max-line-bytes', '1000']).stderr).toMatch(/open\.csv: line 2: a quoted field runs past the line limit \(1,000 bytes\); is a closing quote missing\?\n$/);
    expect(runCli(['score', join(dir, 'closed.csv'), '--max-line-bytes', '1000']).stderr).toMatch(/closed\.csv: line 2: a record of several lines longer than the line limit \(1,000 bytes; raise it with --max-line-bytes\)\n$/);
  });
});
