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
});
