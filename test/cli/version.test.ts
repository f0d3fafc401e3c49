import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run.js';

// A user who has just installed the CLI checks what they have; it used to be an unknown command.
describe('graded-care --version', () => {
  it("prints the package's version and exits 0", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run).toEqual({ status: 0, stdout: `graded-care ${version}\n`, stderr: '' });
  });
});
