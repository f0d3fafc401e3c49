import { parseArgs } from 'node:util';
import { GradedCareError } from '../index.js';
import type { Command, CommandContext, GlobalOptions, OptionSpec } from './command.js';
import { CliError, usageError } from './errors.js';
import { readAssessmentRows, type Row } from './input/assessments.js';
import { inputFormatOf } from './input/format.js';
import { gatherByChild, groupByChild } from './input/group-by-child.js';
import { DEFAULT_MAX_LINE_BYTES, MAX_STRING_BYTES } from './input/lines.js';
import { GLOBAL_OPTIONS, positiveWholeOf } from './options.js';
import { outputFormatOf, RECORDS, type OutputSpec } from './output/records.js';
import { commitAll, fileSink, sameFile, stdoutSink, type Sink } from './output/sink.js';
import { ProgressLine } from './progress-line.js';
import { COMMANDS } from './registry.js';
import { Rejects } from './rejects.js';
import { terminalText } from './terminal-text.js';
import { VERSION } from './version.js';
import { inputPath, STDIN } from './input/stdin.js';
import { likelyOptions, unknownOptionMessage } from './unknown-option.js';

/** Where the CLI writes: process.stdout and process.stderr. */
export interface Streams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** The options of every command that are about reading input. */
const INPUT_OPTIONS = ['format', 'keep-going', 'rejects', 'max-line-bytes'];

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  return Object.entries(options).map(([name, spec]) => `  ${`${spec.short === undefined ? '' : `-${spec.short}, `}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`.padEnd(34)} ${spec.description}`);
}

/** The help of the whole CLI. */
export function usage(): string {
  return [
    'Usage: graded-care <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.flatMap((c) => [`  ${c.synopsis}`, `      ${c.summary}`]),
    '',
    'Options of every command:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Input: JSON (an array), NDJSON (one assessment a line) or CSV (one row per assessment; see docs/cli.md in the package).',
    'FILE - reads stdin (name its format with --format).',
    'Exit status: 0 done, 1 bad usage, 2 bad input (or a file that cannot be read or written), 3 internal error (a bug: please report it).',
    "Run 'graded-care <command> --help' for a command's own options, 'graded-care --version' for the version.",
    '',
  ].join('\n');
}

/** What `command` writes with these options. */
function outputOf(command: Command, values: Readonly<Record<string, string | boolean | undefined>>): OutputSpec {
  return command.output?.(values) ?? RECORDS;
}

/**
 * The shared options as a command's help lists them: without those it refuses, and
 * `--output-format` with only the formats it writes by default (none: not listed).
 */
function sharedOptions(command: Command): Readonly<Record<string, OptionSpec>> {
  const refused = refusedOptions(command)?.names ?? [];
  const { formats } = outputOf(command, {});
  const shared = Object.entries(GLOBAL_OPTIONS).filter(([name]) => !refused.includes(name) && (name !== 'output-format' || formats.length > 0));
  return Object.fromEntries(shared.map(([name, spec]) => [name, name === 'output-format' ? { ...spec, value: formats.join('|') } : spec]));
}

function commandUsage(command: Command): string {
  const own = optionLines(command.options);
  const shared = sharedOptions(command);
  const title = Object.keys(shared).length === Object.keys(GLOBAL_OPTIONS).length ? 'Options of every command:' : `Options of every command that ${command.name} takes:`;
  return [`Usage: graded-care ${command.synopsis}`, '', command.summary, ...(own.length > 0 ? ['', 'Options:', ...own] : []), '', title, ...optionLines(shared), ''].join('\n');
}

function parse(command: Command, args: readonly string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  const parsed = (() => {
    try {
      return parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        tokens: true,
        options: Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type, ...(spec.short === undefined ? {} : { short: spec.short }) }])),
      });
    } catch (error) {
      const unknown = /^Unknown option '([^']*)'/.exec((error as Error).message);
      if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== null) {
        throw usageError(unknownOptionMessage(command, unknown[1] as string, Object.keys(GLOBAL_OPTIONS), COMMANDS));
      }
      // parseArgs may say it over several lines (`argument is ambiguous.`, then `Did you forget to
      // specify the option argument …?`): the first alone does not say what is wrong, so all are kept, on one line.
      throw usageError(`${command.name}: ${(error as Error).message.split('\n').join(' ')} (see graded-care ${command.name} --help)`);
    }
  })();
  // A value given twice (`--as-of A --as-of B`) would keep the last without a word.
  const given = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (given.has(token.name)) throw usageError(`${command.name}: --${token.name} is given twice; give it once`);
    given.add(token.name);
  }
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

function globalOptions(command: Command, values: Record<string, string | boolean | undefined>): GlobalOptions {
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  // `--out -` is stdout, as `-` is for most tools; stdout is the default anyway.
  const out = text('out') === '-' ? undefined : text('out');
  const maxLineBytes = text('max-line-bytes');
  if (text('rejects') !== undefined && values['keep-going'] !== true) throw usageError('--rejects FILE goes with --keep-going');
  // Stdout holds the output; a file named `-` would surprise everyone.
  if (text('rejects') === '-') throw usageError('--rejects -: stdout holds the output; name a file, or leave --rejects out to report bad rows on stderr');
  return {
    format: text('format'),
    out,
    outputFormat: outputFormatOf(command.name, outputOf(command, values), text('output-format'), out),
    keepGoing: values['keep-going'] === true,
    rejects: text('rejects'),
    maxLineBytes: maxLineBytes === undefined ? DEFAULT_MAX_LINE_BYTES : positiveWholeOf('max-line-bytes', maxLineBytes, `a whole number from 1 to ${MAX_STRING_BYTES} (256 MiB)`, MAX_STRING_BYTES),
  };
}

/**
 * Refuses an empty file name (`--out=`, `--policy=`: a variable left empty in a script): it
 * names no file, so it is bad usage, not a file that cannot be read or written.
 */
function refuseEmptyFileNames(command: Command, values: Record<string, string | boolean | undefined>): void {
  for (const [name, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...command.options })) {
    if (spec.value === 'FILE' && values[name] === '') throw usageError(`--${name}: expected a file name, received an empty value`);
  }
}

/**
 * The shared options a command refuses, and why: one that reads no input (`schema`) the
 * options about reading it, one that refuses a bad row's whole input (`agree`) `--keep-going`
 * and `--rejects`. Its help does not offer them.
 */
function refusedOptions(command: Command): { names: readonly string[]; why: string } | null {
  if (command.inputs.max === 0) return { names: INPUT_OPTIONS, why: `${command.name} reads no input` };
  if (command.refusesKeepGoing !== undefined) return { names: ['keep-going', 'rejects'], why: command.refusesKeepGoing };
  return null;
}

/** Refuses the shared options that do not apply to `command`, as other commands refuse options that do not apply. */
function refuseInputOptions(command: Command, values: Record<string, string | boolean | undefined>): void {
  const refused = refusedOptions(command);
  const given = refused?.names.find((name) => values[name] !== undefined);
  if (refused !== null && given !== undefined) throw usageError(`${command.name}: --${given} does not apply (${refused.why})`);
}

async function execute(command: Command, args: readonly string[], streams: Streams, opened: Sink[]): Promise<number> {
  const { values, positionals } = parse(command, args);
  if (values['help'] === true) {
    streams.stdout.write(commandUsage(command));
    return 0;
  }
  refuseEmptyFileNames(command, values);
  // Before the input options are judged: `schema --rejects x` would otherwise be sent off to add --keep-going, then refused for it.
  refuseInputOptions(command, values);
  const global = globalOptions(command, values);
  const { min, max } = command.inputs;
  if (positionals.length < min) throw usageError(`${command.name}: name the input file (usage: graded-care ${command.synopsis}; see graded-care ${command.name} --help)`);
  if (positionals.length > max) throw usageError(`${command.name}: unexpected argument ${JSON.stringify(positionals[max])}`);
  // `graded-care place "$file"` with the variable left empty: no file named, as for `--out=`.
  if (positionals.includes('')) throw usageError(`${command.name}: FILE: expected a file name, received an empty value`);
  const files = positionals.map(inputPath);
  for (const file of files) inputFormatOf(file, global.format); // A usage error before any file is opened.
  // The side files a command reads (`--policy`, `--population-file`), `-` turned into stdin as for FILE.
  const optionInputs: string[] = [];
  for (const [name, spec] of Object.entries(command.options)) {
    const value = values[name];
    if (spec.input !== true || typeof value !== 'string') continue;
    values[name] = inputPath(value);
    optionInputs.push(values[name]);
  }
  if ([...files, ...optionInputs].filter((file) => file === STDIN).length > 1) throw usageError('- (stdin) can be read once: give it to one input only');
  // Stdin is no file an output could overwrite.
  const inputs = [...files, ...optionInputs].filter((file) => file !== STDIN);
  // Compared as files, not strings: `--rejects /tmp/../tmp/x.json` would otherwise replace `--out /tmp/x.json`.
  if (global.out !== undefined && global.rejects !== undefined && (await sameFile(global.out, global.rejects))) {
    throw usageError(`--out ${global.out} and --rejects ${global.rejects} name the same file`);
  }
  const out = global.out === undefined ? stdoutSink(streams.stdout) : await fileSink(global.out, '--out', inputs);
  opened.push(out);
  const rejectsSink = global.rejects === undefined ? null : await fileSink(global.rejects, '--rejects', inputs);
  if (rejectsSink !== null) opened.unshift(rejectsSink);
  const progress: ProgressLine[] = [];
  const rejects = new Rejects(global.keepGoing, rejectsSink, streams.stderr, () => {
    for (const line of progress) line.clear();
  });

  const rows = (file: string): AsyncIterable<Row> => {
    const line = new ProgressLine(streams.stderr, file);
    progress.push(line);
    return readAssessmentRows(file, { format: inputFormatOf(file, global.format), formatOption: global.format, maxLineBytes: global.maxLineBytes, onProgress: line.update });
  };
  const context: CommandContext = {
    files,
    values: Object.fromEntries(Object.keys(command.options).map((name) => [name, values[name]])),
    global,
    out,
    rejects,
    rows,
    async *assessments(file) {
      for await (const row of rows(file)) {
        if (row.ok) yield row;
        else await rejects.row(row);
      }
    },
    // A JSON array is read whole, so it need not be grouped by child: it is gathered here.
    histories: (file) => groupByChild(inputFormatOf(file, global.format) === 'json' ? gatherByChild(rows(file), rejects) : rows(file), rejects),
  };
  try {
    await command.run(context);
  } finally {
    for (const line of progress) line.clear();
  }
  // Everything is written: only now do the rejects file and then the output take their names,
  // both or neither (the output last: if the rejects file cannot be named, no output appears).
  const committing = opened.splice(0);
  await commitAll(committing);
  const summary = rejects.summary();
  if (summary === null) return 0;
  streams.stderr.write(`graded-care: ${terminalText(summary)}\n`);
  return 2;
}

/** The line for an error that is neither the CLI's nor the library's: a bug, reported as one. */
export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `graded-care: internal error: ${terminalText(message.split('\n')[0] || (error instanceof Error ? error.name : 'unknown'))} (please report it)\n`;
}

/** The usage error for a first argument that is no command, saying what was likely meant. */
function notACommand(name: string): CliError {
  const names = COMMANDS.map((c) => c.name).join(', ');
  // The version as other tools ask for it.
  if (name === '-v' || name === '-V') return usageError(`unknown option ${name}; the version is graded-care --version`);
  // `-` is stdin, an input: not an option, though it starts like one.
  if (name === '-') return usageError(`- (stdin) is an input: expected the command first (${names}), then the input: graded-care <command> - --format json|ndjson|csv (see graded-care --help)`);
  // An option before the command (`graded-care --as-of D place …`): the command must come first.
  if (name.startsWith('-')) return usageError(`expected the command first (${names}), then its options: graded-care <command> [options] (see graded-care --help)`);
  const meant = likelyOptions(name, COMMANDS.map((c) => c.name));
  return usageError(`unknown command ${JSON.stringify(name)}; ${meant.length > 0 ? `did you mean ${meant.join(' or ')}?` : `expected one of ${names}`} (see graded-care --help)`);
}

/** Runs the CLI and returns its exit status: 0 done, 1 bad usage, 2 bad input, 3 an internal error (a bug). */
export async function run(argv: readonly string[], streams: Streams): Promise<number> {
  const [name, ...rest] = argv;
  const opened: Sink[] = [];
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      const command = COMMANDS.find((c) => c.name === rest[0]);
      // `help chrat` is a command misspelt, not a wish for the whole help.
      if (rest[0] !== undefined && command === undefined) throw notACommand(rest[0]);
      streams.stdout.write(command === undefined ? usage() : commandUsage(command));
      // Asked for, the help is the answer (0); with no command at all, the command is missing (1).
      return name === undefined ? 1 : 0;
    }
    if (name === '--version') {
      if (rest.length > 0) throw usageError(`--version takes nothing after it; received ${JSON.stringify(rest[0])}`);
      streams.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) throw notACommand(name);
    return await execute(command, rest, streams, opened);
  } catch (error) {
    for (const sink of opened) await sink.abort();
    if (error instanceof CliError) {
      streams.stderr.write(`graded-care: ${terminalText(error.message)}\n`);
      return error.exitCode;
    }
    if (error instanceof GradedCareError) {
      streams.stderr.write(`graded-care: ${terminalText(error.message)}\n`);
      return 2;
    }
    // Not bad usage (1) nor bad input (2): one line, no stack trace, and a status of its own.
    streams.stderr.write(internalErrorLine(error));
    return 3;
  }
}
