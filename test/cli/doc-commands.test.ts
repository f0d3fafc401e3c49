import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/files.js';
import { requireBuild, ROOT } from '../support/run.js';

/*
 * The `sh` blocks of the README and docs/ show graded-care commands an analyst copies as they
 * are. Each is run here, as written, with bash, on the sample data: it must succeed, print
 * nothing on stderr and write the file it names. (The TypeScript blocks are the example
 * scripts, run by guides.test.ts; the `console` blocks are messages, made by doc-messages.test.ts.)
 */

const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
const data = (name: string): Buffer => readFileSync(resolve(ROOT, 'examples/data', name));

/** The files the commands name that the repository does not hold, made from the sample data. */
const STAND_INS: Record<string, Uint8Array> = {
  'export.json': data('assessments.json'),
  'export.ndjson.gz': gzipSync(data('assessments.ndjson')),
  'big-export.ndjson': data('assessments.ndjson'),
};

/** Every graded-care command line of a page's `sh` blocks (continuation lines joined, comments dropped). */
function commandsOf(page: string): string[] {
  const blocks = [...read(page).matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);
  return blocks
    .flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n'))
    .map((line) => line.replace(/(^|\s+)#.*$/, '').trim())
    // A synopsis (`graded-care <command> [options]`) is not a command to run.
    .filter((line) => /(^|\| )(npx )?graded-care /.test(line) && !/<[a-z]+>/.test(line));
}

const pages = ['README.md', ...readdirSync(resolve(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const commands = pages.flatMap((page) => commandsOf(page).map((command) => ({ page, command })));

/** A directory on PATH where `graded-care` is the built CLI, as `npx graded-care` finds it in a checkout. */
function binDir(): string {
  const dir = tempDir({ 'graded-care': `#!/bin/sh\nexec "${process.execPath}" "${resolve(ROOT, 'dist/cli.js')}" "$@"\n` });
  chmodSync(join(dir, 'graded-care'), 0o755);
  return dir;
}

/** Where a command says its output goes: `--out FILE`, `--rejects FILE` or `> FILE`. */
const outputsOf = (command: string): string[] => [...command.matchAll(/(?:--out|--rejects|>) (\S+)/g)].map((m) => m[1] as string).filter((file) => file !== '-');

describe('the commands the README and docs/ show', () => {
  it('are found on the pages that show them', () => {
    expect(new Set(commands.map((c) => c.page))).toEqual(new Set(['README.md', 'docs/cli.md', 'docs/guide-analysts.md', 'docs/guide-case-systems.md']));
    expect(commands.length).toBeGreaterThanOrEqual(20);
  });

  it('have the tools they pipe through', () => {
    // The stdin example of docs/cli.md pipes an export through jq (.ci/run installs it when missing).
    expect(spawnSync('jq', ['--version']).status, 'jq is missing: install it with `apt-get install -y jq`').toBe(0);
  });

  it.each(commands)('$page: $command', ({ command }) => {
    requireBuild();
    const dir = tempDir({ ...Object.fromEntries(readdirSync(resolve(ROOT, 'examples/data')).map((name) => [`examples/data/${name}`, data(name)])), ...STAND_INS });
    const run = spawnSync('bash', ['-c', command.replace(/\bnpx graded-care\b/g, 'graded-care')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${binDir()}:${process.env['PATH'] ?? ''}` },
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const outputs = outputsOf(command);
    if (outputs.length === 0) expect(run.stdout).not.toBe('');
    for (const file of outputs) expect(existsSync(join(dir, file)) && (statSync(join(dir, file)).size > 0 || file.startsWith('rejects')), file).toBe(true);
  });
});
