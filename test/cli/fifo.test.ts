import { spawnSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { runCliAsync } from '../support/run-async.js';
import { sampleNdjson } from '../support/sample.js';

/*
 * A FIFO as input, as `graded-care place <(zcat export.ndjson.gz)` gives one: read like the
 * same bytes in a file, and left at once when the run stops, whatever its writer is doing.
 */

function fifoIn(dir: string, name: string): string {
  const fifo = join(dir, name);
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  return fifo;
}

describe('a FIFO as input', () => {
  it('gives what the same bytes give from a file', async () => {
    const text = sampleNdjson(40);
    const dir = tempDir({ 'file.ndjson': text });
    const fifo = fifoIn(dir, 'fifo.ndjson');
    const run = runCliAsync(['score', fifo, '--out', join(dir, 'from-fifo.csv')]);
    const pipe = createWriteStream(fifo);
    pipe.end(text);
    const result = await run.done;
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const fromFile = runCli(['score', join(dir, 'file.ndjson'), '--out', join(dir, 'from-file.csv')]);
    expect(fromFile.status).toBe(0);
    expect(readFileSync(join(dir, 'from-fifo.csv'), 'utf8')).toBe(readFileSync(join(dir, 'from-file.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'from-fifo.csv'), 'utf8').split('\n').length).toBeGreaterThan(10);
  });

  it('ends the run at a bad line while the writer is still open, without waiting for its next bytes', async () => {
    const dir = tempDir();
    const fifo = fifoIn(dir, 'slow-export.ndjson');
    const run = runCliAsync(['score', fifo, '--out', join(dir, 'scores.json')]);
    // A slow export: one bad line, then nothing more for as long as the run lasts. Were the
    // read left waiting on a thread, the process could not end until the writer closed, and
    // this test would time out.
    const pipe = createWriteStream(fifo);
    pipe.on('error', () => undefined);
    pipe.write('{"schemaVersion":1}\n');
    const result = await run.done;
    expect(pipe.closed).toBe(false);
    pipe.destroy();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^graded-care: .*slow-export\.ndjson: line 1: instrument: expected one of /);
    expect(Object.keys(snapshot(dir))).toEqual(['slow-export.ndjson']);
  }, 20_000);

  // Read whole as a file, a FIFO had no size to check first and was read however large (and
  // on a thread, as lines were). It is read as stdin is: up to the limit, and no further.
  it('is read whole (a JSON array, a side file) up to the limit, as stdin is', async () => {
    const text = `[${sampleNdjson(20).trimEnd().split('\n').join(',\n')}]\n`;
    const dir = tempDir({ 'file.json': text });
    const fifo = fifoIn(dir, 'fifo.json');
    const run = runCliAsync(['score', fifo, '--format', 'json', '--out', join(dir, 'from-fifo.csv')]);
    createWriteStream(fifo).end(text);
    const result = await run.done;
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(runCli(['score', join(dir, 'file.json'), '--out', join(dir, 'from-file.csv')]).status).toBe(0);
    expect(readFileSync(join(dir, 'from-fifo.csv'), 'utf8')).toBe(readFileSync(join(dir, 'from-file.csv'), 'utf8'));

    // A population file of 17 MiB, valid JSON all the same: over the 16 MiB of a side file.
    const population = fifoIn(dir, 'population.json');
    const big = runCliAsync(['cohort', join(dir, 'file.json'), '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', population]);
    const pipe = createWriteStream(population);
    pipe.on('error', () => undefined);
    pipe.end(`{"Central": 14200,${' '.repeat(17 * 1_048_576)}"North": 9800}`);
    const refused = await big.done;
    pipe.destroy();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`graded-care: ${population}: more than 16 MiB is too large for --population-file (limit 16 MiB)\n`);
  }, 20_000);
});

