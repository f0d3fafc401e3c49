import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run.js';

/**
 * The modules a source text imports or re-exports, read by the TypeScript compiler's own
 * pre-processor: `import … from`, `export … from`, side-effect imports (`import 'node:fs'`),
 * dynamic `import('…')`, `require('…')` and `import('…')` types. A regular expression misses
 * some of these.
 */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Every source file under src/, relative to src/, with the modules it imports, and its own modules among them resolved against src/ (`score/plan.js`). */
function sources(): { file: string; imports: string[]; local: string[] }[] {
  const src = join(ROOT, 'src');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
  return walk(src).map((path) => {
    const file = relative(src, path).split('\\').join('/');
    const imports = importsOf(readFileSync(path, 'utf8'));
    const local = imports.filter((i) => i.startsWith('.')).map((i) => relative(src, join(dirname(path), i)).split('\\').join('/'));
    return { file, imports, local };
  });
}

/*
 * The layers of the core, in the order data flows through them (style.md: instruments →
 * contract → score → progress → continuum → cohort / agreement → svg → cli). A layer may
 * import its own modules and the layers below it, never one above it or beside it (cohort
 * and agreement stand side by side). `errors.ts` and `internal/` are shared by every layer;
 * `internal/` itself may use only `errors.ts` and the instruments' definitions.
 */
const RANK: Readonly<Record<string, number>> = { instruments: 0, contract: 1, score: 2, progress: 3, continuum: 4, cohort: 5, agreement: 5, svg: 6, cli: 7 };

/** The layer of a module under src/ (`score/plan.js` → `score`), `shared` for errors.ts and internal/, `index` for the entry point. */
function layerOf(module: string): string {
  if (module.startsWith('errors.')) return 'shared';
  if (!module.includes('/')) return 'index';
  return module.split('/')[0] as string;
}

/** Why `file` may not import `module`, a module of the project (both relative to src/), or `null` if it may. */
function violation(file: string, module: string): string | null {
  const from = layerOf(file);
  const to = layerOf(module);
  if (from === 'cli') return null;
  if (to === 'shared') return null;
  if (to === 'cli') return 'the CLI layer';
  if (from === 'internal') return to === 'internal' || to === 'instruments' ? null : `layer ${to} (internal/ uses only errors.ts and instruments)`;
  if (to === 'internal') return null;
  if (to === 'index') return from === 'svg' ? null : 'the package entry point (a layer imports the module it needs)';
  if (from === 'index') return to === 'svg' ? 'the SVG layer (graded-care/svg is its own entry point)' : null;
  if (from === to) return null;
  const a = RANK[from];
  const b = RANK[to];
  if (a === undefined || b === undefined) return `an unknown layer (${from} → ${to})`;
  return b < a ? null : `layer ${to}, ${b === a ? 'beside' : 'above'} ${from}`;
}

describe('layering (design §9, style: the core never imports the SVG or CLI layers)', () => {
  const files = sources();

  it('reads the source tree', () => {
    expect(files.some((f) => f.file === 'agreement/cohen-kappa.ts')).toBe(true);
    expect(files.some((f) => f.file === 'svg/index.ts')).toBe(true);
    expect(files.find((f) => f.file === 'cohort/record.ts')?.local).toEqual(expect.arrayContaining(['continuum/place.js', 'progress/compare.js']));
  });

  it('sees every form of import: side effects, dynamic imports, re-exports and import types', () => {
    const text = [
      "import 'node:fs';",
      "import type { A } from './a.js';",
      "export * from './b.js';",
      "export { c } from './c.js';",
      "const d = await import('node:path');",
      "type E = import('./e.js').E;",
      "import f = require('./f.js');",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['./a.js', './b.js', './c.js', './e.js', './f.js', 'node:fs', 'node:path']);
  });

  it('imports no node: module outside src/cli', () => {
    const offenders = files.filter((f) => !f.file.startsWith('cli/') && f.imports.some((i) => i.startsWith('node:')));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('has no dynamic import whose module cannot be read (a variable, a template)', () => {
    const offenders = files.filter((f) => /\bimport\s*\(\s*[^'"\s)]/.test(readFileSync(join(ROOT, 'src', f.file), 'utf8')));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('each layer of the core imports only the layers below it; nothing in the core imports svg or cli', () => {
    const offenders = files.flatMap((f) => f.local.flatMap((i) => {
      const why = violation(f.file, i);
      return why === null ? [] : [`${f.file} imports ${i}: ${why}`];
    }));
    expect(offenders).toEqual([]);
  });

  it('the rule itself: refuses an import upwards, sideways or into svg or cli, allows one downwards', () => {
    expect(violation('score/score.ts', 'progress/track.js')).toBe('layer progress, above score');
    expect(violation('cohort/rate.ts', 'agreement/categories.js')).toBe('layer agreement, beside cohort');
    expect(violation('continuum/place.ts', 'svg/index.js')).toBe('layer svg, above continuum');
    expect(violation('svg/history.ts', 'cli/run.js')).toBe('the CLI layer');
    expect(violation('internal/round.ts', 'score/plan.js')).toMatch(/^layer score/);
    expect(violation('index.ts', 'svg/index.js')).toMatch(/^the SVG layer/);
    expect(violation('cohort/record.ts', 'continuum/place.js')).toBeNull();
    expect(violation('svg/profile-chart.ts', 'index.js')).toBeNull();
    expect(violation('cli/run.ts', 'svg/index.js')).toBeNull();
    expect(violation('internal/option-checks.ts', 'instruments/defined.js')).toBeNull();
  });
});
