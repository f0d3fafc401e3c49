import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { report } from './timing.js';

/** Minified, gzipped browser bundle of an entry, dependencies included. */
export async function bundleSize(entry: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function benchSize(): Promise<boolean> {
  const core = await bundleSize('graded-care');
  console.log('\nBrowser bundle (esbuild --minify, gzip -9, dependencies included)');
  report('graded-care (core) minified', `${(core.raw / 1024).toFixed(1)} KB`);
  report('graded-care (core) minified + gzipped', `${(core.gzip / 1024).toFixed(1)} KB`, 'target ≤ 25 KB');
  const svg = await bundleSize('graded-care/svg');
  report('graded-care/svg (with the core it uses) minified + gzipped', `${(svg.gzip / 1024).toFixed(1)} KB`);
  return core.gzip <= 25 * 1024;
}
