import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { report } from './timing.js';

/** Minified, gzipped browser bundle of an import, dependencies included (tree-shaken). */
export async function bundleSize(contents: string, external: string[] = []): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchSize(): Promise<boolean> {
  const core = await bundleSize(`export * from 'graded-care';`);
  const withoutZod = await bundleSize(`export * from 'graded-care';`, ['zod', 'zod/*']);
  console.log('\nBrowser bundle (esbuild --minify, gzip -9, dependencies included)');
  report('graded-care (core, every export) minified', kb(core.raw));
  report('graded-care (core, every export) minified + gzipped', kb(core.gzip), 'target ≤ 25 KB');
  report('  of which zod/mini (core gzipped without it)', kb(core.gzip - withoutZod.gzip));
  // What typical embedders ship once their bundler drops the exports they do not import.
  const trainer = await bundleSize(`export { scoreAssessment, cohenKappa, compareWithReference } from 'graded-care'; export * from 'graded-care/svg';`);
  report('a training tool: score, agreement and svg, gzipped', kb(trainer.gzip));
  const caseSystem = await bundleSize(`export { parseAssessment, scoreAssessment, explainScore, trackProgress, placeOnContinuum } from 'graded-care';`);
  report('a case-system screen: parse, score, progress, place, gzipped', kb(caseSystem.gzip));
  const svg = await bundleSize(`export * from 'graded-care/svg';`);
  report('graded-care/svg (with the core it uses) minified + gzipped', kb(svg.gzip));
  return core.gzip <= 25 * 1024;
}
