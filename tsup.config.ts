import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The version the CLI prints, written into its bundle as a string (src/cli/version.ts), so package.json itself is not bundled. */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: the core and the graded-care/svg pictures, ESM and CommonJS, each with its
    // own declarations. Both formats split the core into a chunk the two entries share, so
    // that require('graded-care/svg') uses the same error classes and the same record of
    // defineInstrument's instruments as require('graded-care'), as the ESM build does.
    entry: { index: 'src/index.ts', svg: 'src/svg/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
  },
  {
    // The command-line tool: Node only, ESM. No source map: the bundle is not minified, so a
    // stack trace already names readable lines of it, and the map was a fifth of the package.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { GRADED_CARE_VERSION: JSON.stringify(version) },
    external: ['zod'],
  },
  {
    // The browser build: minified ESM with every dependency inlined, for a page to import
    // by a relative path (examples/browser/). The two entries share one chunk of the core.
    entry: { 'graded-care': 'src/index.ts', svg: 'src/svg/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    splitting: true,
    treeshake: true,
    noExternal: [/.*/],
  },
]);
