import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runExample } from './support/run.js';

/*
 * The guides in docs/ show real, running code: each guide's TypeScript blocks, in order, make
 * up one example script under examples/, and its `text` blocks, in order, are exactly what
 * that script prints. So a guide cannot show code that does not run, nor output it does not
 * print.
 */

const GUIDES = [
  { page: 'docs/guide-case-systems.md', example: 'examples/case-system.ts' },
  { page: 'docs/guide-analysts.md', example: 'examples/analyst.ts' },
  { page: 'docs/guide-trainers.md', example: 'examples/trainers.ts' },
  { page: 'docs/policy.md', example: 'examples/local-policy.ts' },
];

/** The API reference, which `npm run docs` generates (not committed). */
const NOT_YET_HERE = ['docs/api/index.html'];

const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** The fenced blocks of a Markdown text with their language. */
function fences(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? '', body: m[2] ?? '' }));
}

const docsPages = readdirSync(resolve(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);

describe('guides', () => {
  for (const { page, example } of GUIDES) {
    it(`${page}: its TypeScript blocks are ${example}, in order, and its text blocks what that prints`, () => {
      const blocks = fences(read(page));
      const code = blocks.filter((b) => b.lang === 'ts').map((b) => b.body);
      expect(code.length).toBeGreaterThan(0);
      expect(code.join('')).toBe(read(example));
      const run = runExample(example);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(blocks.filter((b) => b.lang === 'text').map((b) => b.body).join('')).toBe(run.stdout);
    });
  }

  it('every page in docs/ with TypeScript or output blocks is checked above', () => {
    const withCode = docsPages.filter((page) => fences(read(page)).some((b) => ['ts', 'typescript', 'js', 'javascript', 'text'].includes(b.lang)));
    expect(withCode.filter((page) => !GUIDES.some((g) => g.page === page))).toEqual([]);
  });

  it('every relative link in the README and docs/ leads to a file of the repository', () => {
    const broken: string[] = [];
    for (const page of ['README.md', ...docsPages]) {
      const text = read(page).replace(/^```[\s\S]*?^```$/gm, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (target === undefined || /^[a-z]+:|^#/.test(target)) continue;
        const file = join(dirname(page), target.split('#')[0] as string);
        if (!existsSync(resolve(ROOT, file)) && !NOT_YET_HERE.includes(relative('.', file))) broken.push(`${page}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the README and the case-systems guide name the three rules the JSON Schema leaves out, as assessmentJsonSchema does', () => {
    // test/contract/json-schema.test.ts shows all three passing the schema and refused by the parser.
    for (const page of ['README.md', 'docs/guide-case-systems.md', 'src/contract/json-schema.ts']) {
      const text = read(page).replace(/\s*\n\s*(\* )?/g, ' ');
      expect([page, /Three (rules|checks)/i.test(text), text.includes('a date of birth'), text.includes('both whole and by items') || text.includes('both as a whole and by its items'), text.includes('flag written almost like a known one')]).toEqual([page, true, true, true, true]);
    }
  });

  it("the case-systems guide lists every OperationError code the library throws", () => {
    const codes = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(resolve(ROOT, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts')) for (const [, code] of read(path).matchAll(/new OperationError\(\s*'([a-z-]+)'/g)) codes.add(code as string);
      }
    };
    walk('src');
    const guide = read('docs/guide-case-systems.md');
    expect(codes.size).toBeGreaterThan(15);
    expect([...codes].filter((code) => !guide.includes(`\`${code}\``))).toEqual([]);
    // The OperationErrorCode type names exactly these codes (the compiler holds every thrown
    // code to it; this holds it to no code that is never thrown).
    const union = /export type OperationErrorCode =([^;]*);/.exec(read('src/errors.ts'))?.[1] ?? '';
    expect([...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort()).toEqual([...codes].sort());
  });
});
