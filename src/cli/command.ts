import type { Row } from './input/assessments.js';
import type { ChildHistory } from './input/group-by-child.js';
import type { OutputFormat, OutputSpec } from './output/records.js';
import type { Sink } from './output/sink.js';
import type { Rejects } from './rejects.js';

/** An option of a command, as `node:util` parseArgs takes it, with its help text. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** e.g. `N`, `FILE`, `YYYY-MM-DD`: shown in the help after the option's name. */
  readonly value?: string;
  readonly description: string;
  /** A one-letter alias (`-h` for `--help`). */
  readonly short?: string;
  /** The option names a file the command reads (`--policy`, `--population-file`): `--out` may not name it. */
  readonly input?: boolean;
}

/** The options every command takes (see docs/cli.md). */
export interface GlobalOptions {
  /** `--format`: the input format, else by the file's extension. */
  readonly format: string | undefined;
  /** `--out FILE`: written atomically; stdout when absent. */
  readonly out: string | undefined;
  /** `--output-format`, else by the extension of `--out`, else the command's default: one of the formats it writes. */
  readonly outputFormat: OutputFormat;
  readonly keepGoing: boolean;
  readonly rejects: string | undefined;
  readonly maxLineBytes: number;
}

/** What a command is given: its arguments, options, where to write, and readers of its input. */
export interface CommandContext {
  /** The input files named on the command line (as many as the command's `inputs` allow). */
  readonly files: readonly string[];
  /** The command's own options, by name as declared (`as-of`, `report`…). */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly global: GlobalOptions;
  /** stdout, or the `--out` file (committed only if the run succeeds). */
  readonly out: Sink;
  readonly rejects: Rejects;
  /** Every row of a file: valid assessments and bad rows (which the caller must hand to `rejects`). */
  rows(file: string): AsyncIterable<Row>;
  /** The valid assessments of a file, in file order; bad rows go to `rejects`. */
  assessments(file: string): AsyncIterable<Extract<Row, { ok: true }>>;
  /** Per-child histories of a file: NDJSON and CSV must come grouped by child (see `groupByChild`); a JSON array, read whole, is gathered by child first (`gatherByChild`). */
  histories(file: string): AsyncIterable<ChildHistory>;
}

/**
 * A command of the `graded-care` CLI. Each lives in its own module under `commands/` and is
 * listed in `registry.ts`; the frame parses the options it declares, opens the output and the
 * rejects file, runs it, and turns its errors into a one-line message and an exit status.
 */
export interface Command {
  readonly name: string;
  /** e.g. `score FILE [--report]`. */
  readonly synopsis: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** How many input files it takes. */
  readonly inputs: { readonly min: number; readonly max: number };
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** What it writes, given its options (default: `RECORDS`, in every output format): `--output-format` and `--out` are judged against it. */
  output?(values: Readonly<Record<string, string | boolean | undefined>>): OutputSpec;
  /** Why `--keep-going` (and so `--rejects`) does not apply, for a command that refuses a bad row's whole input. */
  readonly refusesKeepGoing?: string;
  run(context: CommandContext): Promise<void>;
}
