import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { runCliAsync } from '../support/run-async.js';
import { sampleNdjson } from '../support/sample.js';

const GIB = 1024 ** 3;

describe('a 1 GB line', () => {
  it('is refused at the default line limit, after reading about 1 MiB of it, never the whole', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'huge.ndjson');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = runCliAsync(['score', fifo, '--out', join(dir, 'out.json')]);
    // Stream one line of 1 GiB into the pipe until the CLI stops reading.
    const pipe = createWriteStream(fifo);
    let written = 0;
    let broken = false;
    pipe.on('error', () => (broken = true));
    const chunk = Buffer.alloc(1 << 20, 'x');
    pipe.write('{"schemaVersion":1,"id":"');
    while (written < GIB && !broken && !run.exited()) {
      const more = pipe.write(chunk);
      written += chunk.length;
      if (!more) {
        await new Promise<void>((ready) => {
          const timer = setInterval(() => {
            if (broken || run.exited()) {
              clearInterval(timer);
              ready();
            }
          }, 20);
          pipe.once('drain', () => {
            clearInterval(timer);
            ready();
          });
        });
      }
    }
    pipe.destroy();
    const result = await run.done;
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `graded-care: ${fifo}: line 1: longer than 1,048,576 bytes, the line limit; expected one record a line (raise the limit with --max-line-bytes)\n`,
    );
    // It stopped at the limit: what went into the pipe is a few MiB (pipe buffers included), not 1 GiB.
    expect(written).toBeLessThan(64 * 1_048_576);
    expect(Object.keys(snapshot(dir))).toEqual(['huge.ndjson']);
  });
});

describe('--max-line-bytes', () => {
  it('counts a record the same with LF and CRLF line ends', () => {
    const record = sampleNdjson(1).trimEnd().split('\n')[0] as string;
    const bytes = String(Buffer.byteLength(record));
    const dir = tempDir({ 'lf.ndjson': `${record}\n`, 'crlf.ndjson': `${record}\r\n` });
    for (const name of ['lf.ndjson', 'crlf.ndjson']) {
      const run = runCli(['score', join(dir, name), '--max-line-bytes', bytes]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
  });

  it('takes at most 256 MiB, which a line decoded into one string can be, and refuses more or less with exit status 1', () => {
    const record = sampleNdjson(1);
    const dir = tempDir({ 'one.ndjson': record });
    expect(runCli(['score', join(dir, 'one.ndjson'), '--max-line-bytes', '268435456']).status).toBe(0);
    const expected = 'expected a whole number from 1 to 268435456 (256 MiB)';
    for (const bytes of ['268435457', '0', '99999999999999999', '1e6']) {
      expect(runCli(['score', join(dir, 'one.ndjson'), '--max-line-bytes', bytes])).toMatchObject({ status: 1, stdout: '', stderr: `graded-care: --max-line-bytes ${JSON.stringify(bytes)}: ${expected}\n` });
    }
  });
});
