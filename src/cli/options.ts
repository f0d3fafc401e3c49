import { builtinInstruments } from '../index.js';
import { isCalendarDate } from '../internal/calendar.js';
import type { OptionSpec } from './command.js';
import { usageError } from './errors.js';
import { DEFAULT_MAX_LINE_BYTES } from './input/lines.js';

/** The options every command takes. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', value: 'json|ndjson|csv', description: 'the input format (default: by the extension .json, .ndjson/.jsonl, .csv)' },
  out: { type: 'string', value: 'FILE', description: 'write the output to FILE, atomically (default, or -: stdout)' },
  'output-format': { type: 'string', value: 'json|ndjson|csv', description: 'the output format (default: by the extension of --out, else json)' },
  'keep-going': { type: 'boolean', description: 'report bad rows and go on with the good ones (exit status 2 if any was bad)' },
  rejects: { type: 'string', value: 'FILE', description: 'with --keep-going, write bad rows to FILE as NDJSON (default: stderr)' },
  'max-line-bytes': { type: 'string', value: 'N', description: `refuse NDJSON or CSV lines longer than N bytes (default ${DEFAULT_MAX_LINE_BYTES})` },
  help: { type: 'boolean', short: 'h', description: 'show help' },
};

/** `--as-of`, required by the commands whose results depend on a date: never the clock. */
export const AS_OF_OPTION: OptionSpec = { type: 'string', value: 'YYYY-MM-DD', description: 'the date results are as of (required; never the clock)' };

/** The `--as-of` value, checked: present and a real calendar date. */
export function asOfOf(command: string, value: string | boolean | undefined): string {
  if (value === undefined || typeof value !== 'string') throw usageError(`${command}: --as-of YYYY-MM-DD is required (results never depend on the clock)`);
  if (!isCalendarDate(value)) throw usageError(`--as-of ${JSON.stringify(value)}: expected a calendar date written YYYY-MM-DD that exists`);
  return value;
}

/** A whole number ≥ 1 given as an option, at most `max` (`expected` names it in the message). */
export function positiveWholeOf(option: string, value: string, expected = 'a whole number ≥ 1', max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw usageError(`--${option} ${JSON.stringify(value)}: expected ${expected}`);
  return n;
}

/** `--instrument ID`, checked before anything is read: absent, or a built-in instrument's id (the only ones the CLI reads). */
export function instrumentOptionOf(value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ids = builtinInstruments.map((i) => i.id);
  if (!ids.includes(value)) throw usageError(`--instrument ${JSON.stringify(value)}: expected one of ${ids.join(', ')}`);
  return value;
}
