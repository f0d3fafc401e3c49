import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/run.js';

/** Every source file under src/, relative to src/, with the modules it imports or re-exports. */
function sources(): { file: string; imports: string[] }[] {
  const src = join(ROOT, 'src');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
  return walk(src).map((path) => ({
    file: relative(src, path).split('\\').join('/'),
    imports: [...readFileSync(path, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string),
  }));
}

describe('layering (design §9, style: the core never imports the SVG or CLI layers)', () => {
  const files = sources();

  it('reads the source tree', () => {
    expect(files.some((f) => f.file === 'agreement/cohen-kappa.ts')).toBe(true);
    expect(files.some((f) => f.file === 'svg/index.ts')).toBe(true);
  });

  it('imports no node: module outside src/cli', () => {
    const offenders = files.filter((f) => !f.file.startsWith('cli/') && f.imports.some((i) => i.startsWith('node:')));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('the core imports neither the SVG nor the CLI layer, and the SVG layer not the CLI', () => {
    const offenders = files.filter((f) => {
      if (f.file.startsWith('cli/')) return false;
      const svg = f.file.startsWith('svg/');
      return f.imports.some((i) => /(^|\/)cli\//.test(i) || (!svg && /(^|\/)svg\//.test(i)));
    });
    expect(offenders.map((f) => f.file)).toEqual([]);
  });
});
