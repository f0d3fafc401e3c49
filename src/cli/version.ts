import packageJson from '../../package.json' with { type: 'json' };

/** The package's version, as `--version` prints it; bundled into the CLI from package.json, so the two cannot differ. */
export const VERSION: string = packageJson.version;
