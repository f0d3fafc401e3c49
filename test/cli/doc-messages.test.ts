import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { ROOT, runCli } from '../support/run.js';
import { SAMPLE } from '../support/sample.js';

/*
 * docs/cli.md shows the CLI's messages in `console` blocks. Each line is reproduced here from
 * input made to fit it, and must be what the CLI prints, `…` standing for text left out.
 */
const doc = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8');
const shown = [...doc.matchAll(/^```console\n([\s\S]*?)^```$/gm)].flatMap((m) => (m[1] as string).trimEnd().split('\n'));

const gcp2 = SAMPLE.filter((a) => a['instrument'] === 'gcp2');
const star = SAMPLE.filter((a) => a['instrument'] === 'family-star-plus');
const ndjson = (records: readonly unknown[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');
const CSV_HEADER = 'id,instrument,child.id,assessedOn,physical.nutrition';
/** Twelve good rows after the header, so the thirteenth is on line 14. */
const csvWithSeven = [CSV_HEADER, ...Array.from({ length: 12 }, (_, i) => `A-${i + 1},gcp2,C-1,2025-01-${String(i + 10)},4`), 'A-13,gcp2,C-1,2025-02-01,7', ''].join('\n');
const secondBad = (ratings: Record<string, unknown>) => ({ ...gcp2[2], ratings: { ...(gcp2[2]?.['ratings'] as object), ...ratings } });
const policy = JSON.parse(readFileSync(join(ROOT, 'examples/data/local-policy.json'), 'utf8')) as Record<string, unknown>;

/** How to make each message: the files, then the arguments (run in their directory). */
const makers: Record<string, { files: Record<string, string>; args: string[] }> = {
  'my-policy.json': {
    files: { 'my-policy.json': JSON.stringify({ ...policy, persistenceDays: 'ninety' }), 'in.ndjson': ndjson(gcp2.slice(0, 2)) },
    args: ['place', 'in.ndjson', '--as-of', '2025-11-20', '--policy', 'my-policy.json'],
  },
  'export.ndjson': { files: { 'export.ndjson': ndjson(star.slice(0, 1)) }, args: ['place', 'export.ndjson', '--as-of', '2025-11-20'] },
  'exports/march.csv: line 14': { files: { 'exports/march.csv': csvWithSeven }, args: ['score', 'exports/march.csv'] },
  'exports/march.ndjson': { files: { 'exports/march.ndjson': ndjson([gcp2[0], gcp2[1], secondBad({ 'safety.in-absence': '4', 'safety.home': '4' })]) }, args: ['score', 'exports/march.ndjson'] },
  'exports/march.csv: line 1': { files: { 'exports/march.csv': `id,instrument,child.id,assessedOn,physical.nutriton\nA-1,gcp2,C-1,2025-01-10,4\n` }, args: ['score', 'exports/march.csv'] },
  'exports/march.json': { files: { 'exports/march.json': JSON.stringify([gcp2[0], { ...gcp2[1], kind: 'interim' }]) }, args: ['score', 'exports/march.json'] },
  'exports/huge.ndjson': { files: { 'exports/huge.ndjson': `{"id":"${'x'.repeat(1_048_577)}"}\n` }, args: ['score', 'exports/huge.ndjson'] },
};

/** A shown line as a pattern: literal text, `…` for anything. */
const pattern = (line: string): RegExp => new RegExp(`^${line.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

describe('the messages docs/cli.md shows', () => {
  it('are all made below', () => {
    expect(shown.length).toBe(7);
    for (const line of shown) expect(Object.keys(makers).some((key) => line.startsWith(`graded-care: ${key}`)), line).toBe(true);
  });

  it.each(shown)('%s', (line) => {
    const key = Object.keys(makers).filter((k) => line.startsWith(`graded-care: ${k}`)).sort((a, b) => b.length - a.length)[0] as string;
    const { files, args } = makers[key] as { files: Record<string, string>; args: string[] };
    const run = runCli(args, { cwd: tempDir(files) });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd()).toMatch(pattern(line));
  });
});
