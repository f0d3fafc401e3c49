import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, ROOT, runExample } from '../support/run.js';

/*
 * The packed tarball, installed into a fresh project as a user would, used from ESM, from
 * CommonJS, from TypeScript with moduleResolution node16 and bundler, and through its bin.
 */

let project: string;
const ASSESSMENT = `{ schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4, 'safety.home': 5 } }`;

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  requireBuild();
  project = mkdtempSync(join(tmpdir(), 'graded-care-consumer-'));
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1) as string;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(project, packed)]);
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package, installed', () => {
  it('ships only what the files whitelist names', () => {
    const shipped = readdirSync(join(project, 'node_modules/graded-care')).sort();
    expect(shipped).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs', 'examples', 'package.json']);
  });

  it('ships every file its Markdown links to, so the installed guides have no dead links', () => {
    const installed = join(project, 'node_modules/graded-care');
    const pages = ['README.md', 'CHANGELOG.md', ...readdirSync(join(installed, 'docs')).map((name) => `docs/${name}`)];
    const links = pages.flatMap((page) =>
      [...readFileSync(join(installed, page), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1] as string)
        .filter((target) => !/^[a-z]+:/.test(target))
        .map((target) => ({ page, target, path: resolve(installed, dirname(page), target) })),
    );
    // The guides link to the example scripts and data; a link that resolves proves the check reads them.
    expect(links.some((link) => link.target === '../examples/analyst.ts')).toBe(true);
    expect(links.filter((link) => !existsSync(link.path)).map(({ page, target }) => `${page}: ${target}`)).toEqual([]);
  });

  it('runs the guides\' example scripts from the installed package, as in the repository', () => {
    // The scripts import 'graded-care' by name (the package's self-reference) and find their data
    // beside them, so they run from wherever the package is installed.
    const tsx = fileURLToPath(import.meta.resolve('tsx'));
    const example = join(project, 'node_modules/graded-care/examples/cohort-figures.ts');
    const installed = spawnSync(process.execPath, ['--import', pathToFileURL(tsx).href, example], { cwd: project, encoding: 'utf8' });
    expect(installed.stderr).toBe('');
    expect(installed.stdout).toBe(runExample('examples/cohort-figures.ts').stdout);
    expect(installed.stdout).toMatch(/^\d+ children, placed under/);
  });

  it('ships the guides and the CLI reference its help names (docs/*.md), not the generated API pages', () => {
    const docs = readdirSync(join(project, 'node_modules/graded-care/docs')).sort();
    expect(docs).toEqual(readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).sort());
    expect(docs).toContain('cli.md');
    expect(docs).toContain('policy.md');
  });

  it('works from ESM, including the svg subpath', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { placeOnContinuum, scoreAssessment } from 'graded-care';
import { renderProfileChart } from 'graded-care/svg';
const a = ${ASSESSMENT};
console.log(scoreAssessment(a).needs.supervisory.grade, placeOnContinuum([a]).level, renderProfileChart([a]).startsWith('<svg'));`,
    );
    expect(run('node', ['esm.mjs']).trim()).toBe('5 child-protection true');
  });

  it('works from CommonJS (require)', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { scoreAssessment, AssessmentError, parseAssessment } = require('graded-care');
const { renderStarChart } = require('graded-care/svg');
let refused = false;
try { parseAssessment({}); } catch (e) { refused = e instanceof AssessmentError; }
console.log(scoreAssessment(${ASSESSMENT}).needs.nutritional.band, refused, typeof renderStarChart);`,
    );
    expect(run('node', ['cjs.cjs']).trim()).toBe('concern true function');
  });

  it('shares one core between graded-care and graded-care/svg under require, as under import', () => {
    // An instrument from defineInstrument and the error classes must be the same objects
    // whichever entry point a script reaches them through.
    const use = (load: string) => `${load}
const mine = gc.defineInstrument({ ...gc.getInstrument('family-star-plus'), id: 'my-star' });
const reading = { schemaVersion: 1, id: 'S-1', instrument: 'my-star', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical-health': 4 } };
let refusal;
try { svg.renderProfileChart([reading], { instruments: [mine] }); } catch (e) { refusal = e; }
console.log(svg.renderStarChart([reading], { instruments: [mine] }).startsWith('<svg'), refusal instanceof gc.OperationError, refusal.code);`;
    writeFileSync(join(project, 'shared.cjs'), use(`const gc = require('graded-care');\nconst svg = require('graded-care/svg');`));
    writeFileSync(join(project, 'shared.mjs'), use(`import * as gc from 'graded-care';\nimport * as svg from 'graded-care/svg';`));
    expect(run('node', ['shared.cjs']).trim()).toBe('true true wrong-family');
    expect(run('node', ['shared.mjs']).trim()).toBe('true true wrong-family');
  });

  it('behaves as the case-systems guide says when one process loads both builds', () => {
    writeFileSync(
      join(project, 'both.mjs'),
      `import * as esm from 'graded-care';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('graded-care');
let error;
try { cjs.parseAssessment({}); } catch (e) { error = e; }
const mine = cjs.defineInstrument({ ...cjs.getInstrument('gcp2'), id: 'mine' });
let refusal;
try { esm.getInstrument('mine', { instruments: [mine] }); } catch (e) { refusal = e; }
const policy = cjs.definePolicy({ ...cjs.referencePolicy, id: 'local' });
const a = { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } };
console.log(error instanceof esm.AssessmentError, error.name, error.issues.length > 0, refusal.name, esm.placeOnContinuum([a], { policy }).policy.id);`,
    );
    expect(run('node', ['both.mjs']).trim()).toBe('false AssessmentError true OptionsError local');
  });

  // node10: what TypeScript resolves with for `module: commonjs`, as many Node services are set up.
  for (const resolution of ['node16', 'bundler', 'node10'] as const) {
    it(`type-checks from TypeScript with moduleResolution ${resolution}`, () => {
      const dir = join(project, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      const module = { node16: 'node16', bundler: 'esnext', node10: 'commonjs' }[resolution];
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', skipLibCheck: false, types: [] }, include: ['*.mts', '*.cts', '*.ts'] }));
      const use = `const score = scoreAssessment(${ASSESSMENT});
const grade: number | null = score.family === 'gcp' ? (score.needs['supervisory']?.grade ?? null) : null;
const placement: Placement = placeOnContinuum([parseAssessment(${ASSESSMENT})]);
const level: string = placement.level;
const svg: string = renderStarChart([]);
// @ts-expect-error: a kappa needs its weighting named
cohenKappa([1], [1], {});
let code: OperationErrorCode | null = null;
try {
  placeOnContinuum([]);
} catch (error) {
  if (error instanceof OperationError) code = error.code;
  // @ts-expect-error: no such code (it is mixed-children)
  if (error instanceof OperationError && error.code === 'mixed-child') code = null;
}
export { code, grade, level, svg };`;
      const imports = `import { cohenKappa, OperationError, type OperationErrorCode, parseAssessment, placeOnContinuum, scoreAssessment, type Placement } from 'graded-care';
import { renderStarChart } from 'graded-care/svg';`;
      if (resolution === 'node16') {
        writeFileSync(join(dir, 'esm.mts'), `${imports}\n${use}\n`);
        writeFileSync(join(dir, 'cjs.cts'), `import gc = require('graded-care');\nconst kind: 'gcp' | 'star' = gc.scoreAssessment(${ASSESSMENT}).family;\nexport = kind;\n`);
      } else {
        writeFileSync(join(dir, 'app.ts'), `${imports}\n${use}\n`);
      }
      run(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir]);
    });
  }

  it('installs the graded-care command, which knows its version', () => {
    expect(run(join(project, 'node_modules/.bin/graded-care'), ['--help'])).toMatch(/^Usage: graded-care/);
    // The version is bundled from package.json at build time: the installed command has no repository to read it from.
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(join(project, 'node_modules/.bin/graded-care'), ['--version'])).toBe(`${version}\n`);
  });

  it('bundles the version into the command, not the whole package.json, and ships no map of the command', () => {
    const installed = join(project, 'node_modules/graded-care/dist');
    const cli = readFileSync(join(installed, 'cli.js'), 'utf8');
    expect(cli).not.toContain('devDependencies');
    expect(cli).not.toContain('sourceMappingURL');
    expect(existsSync(join(installed, 'cli.js.map'))).toBe(false);
    // The library keeps its maps, for debuggers stepping from a case system into its TypeScript.
    expect(existsSync(join(installed, 'index.js.map'))).toBe(true);
  });
});
