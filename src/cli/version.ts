/** Written in by the build from package.json's `version` (tsup.config.ts), so the two cannot differ. */
declare const GRADED_CARE_VERSION: string;

/** The package's version, as `--version` prints it. The build writes in the string alone, not the whole package.json. */
export const VERSION: string = GRADED_CARE_VERSION;
