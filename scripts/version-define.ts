import { readFileSync } from 'node:fs';

/**
 * Writes package.json's `version` into the CLI as a string (see src/cli/version.ts), so that
 * the CLI's bundle holds the version alone, not the whole package.json. The build and the
 * tests that run the CLI from its sources both define it.
 */
export const versionDefine: Record<string, string> = {
  GRADED_CARE_VERSION: JSON.stringify((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version),
};
