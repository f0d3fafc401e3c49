import { readFileSync } from 'node:fs';

/** Written in by the build from package.json's `version` (tsup.config.ts), so the two cannot differ; absent when the sources are run as they are (tsx). */
declare const GRADED_CARE_VERSION: string | undefined;

/**
 * The package's version, as `--version` prints it. The build writes in the string alone, not
 * the whole package.json; run from its sources (`node --import tsx src/cli/main.ts`), the CLI
 * reads it from package.json, which is then two folders up.
 */
export const VERSION: string =
  typeof GRADED_CARE_VERSION === 'string'
    ? GRADED_CARE_VERSION
    : (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
