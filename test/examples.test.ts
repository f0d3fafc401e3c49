import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runExample } from './support/run.js';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

/** The fenced blocks of a Markdown text with their language. */
function fences(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}

describe('README', () => {
  it('shows the two set-up commands on its first screen', () => {
    const firstScreen = readme.split('\n').slice(0, 25).join('\n');
    expect(firstScreen).toContain('npm ci && npm start');
    expect(firstScreen).toContain('npm test');
  });

  it('its ten-line example is examples/quick-start.ts, and prints what the README says', () => {
    const blocks = fences(readme);
    const example = blocks.find((b) => b.lang === 'ts');
    const output = blocks.find((b) => b.lang === 'text');
    expect(example?.body.trim().split('\n').length).toBeLessThanOrEqual(10);
    expect(example?.body).toBe(readFileSync(resolve(ROOT, 'examples/quick-start.ts'), 'utf8'));
    const run = runExample('examples/quick-start.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(output?.body);
  });
});
