import { extname } from 'node:path';
import { isPopulation } from '../cohort/rate.js';
import { readsAsTotal } from '../cohort/group-name.js';
import { describeValue } from '../internal/describe.js';
import { isWellFormed } from '../internal/well-formed.js';
import { inputError } from './errors.js';
import { isEmptyRow, separatorProblem, splitCsvRecord } from './input/csv.js';
import { holdsLoneCr, LONE_CR_HINT } from './input/lines.js';
import { parseJsonFile, readTextFile, sideFileRules } from './input/small-file.js';
import { STDIN } from './input/stdin.js';

/** A value as the file writes it: JSON.parse reads `1e400` as Infinity, which JSON.stringify would call `null`. */
function receivedText(n: unknown): string {
  if (typeof n === 'number' && !Number.isFinite(n)) return n > 0 ? 'a number too large' : 'a negative number too large';
  return JSON.stringify(n);
}

/** A blank line, or a row of empty cells only (`,`), which a spreadsheet writes for a row it once used: skipped. */
function isBlankRow(line: string): boolean {
  if (line === '') return true;
  const fields = splitCsvRecord(line);
  return Array.isArray(fields) && isEmptyRow(fields);
}

/**
 * Reads `--population-file`: the number of children in each group, as a JSON object
 * (`{ "Central": 9800, "North": 12100 }`) or a CSV file with the header `group,population`.
 * Order is kept: it is the order of the groups in the output.
 */
export async function readPopulationFile(file: string): Promise<Record<string, number>> {
  // CSV by the extension; stdin has none, so there its text tells (a JSON object starts with `{`).
  const csvByName = file === STDIN ? null : extname(file).toLowerCase() === '.csv';
  const json = 'a JSON object of group → number of children';
  const rules = sideFileRules('--population-file', csvByName === null ? `${json}, or CSV with the header group,population` : csvByName ? 'the header group,population, then a row per group' : json);
  const text = await readTextFile(file, rules);
  const csv = csvByName ?? !text.trimStart().startsWith('{');
  // A Map, so that a group named __proto__ is a group like any other.
  const populations = new Map<string, number>();
  const add = (group: unknown, n: unknown, where: string): void => {
    if (typeof group !== 'string' || group === '') throw inputError(`${file}: ${where}: expected a group name, received ${JSON.stringify(group)}`);
    // The CSV output names the whole area's rows `total`: a group of that name could not be told from them,
    // in any case or padded (Excel matches names so), and a spreadsheet's "Total" row would double the area's population.
    if (readsAsTotal(group)) {
      throw inputError(
        `${file}: ${where}: expected a group name other than "total" in any case, which names the whole area in the output (leave a totals row out: the whole area's population is the sum of the groups'), received ${JSON.stringify(group)}`,
      );
    }
    // No locality or attribute value holds one (the contract refuses it), and the CSV output would write U+FFFD in its place.
    if (!isWellFormed(group)) throw inputError(`${file}: ${where}: expected a group name without a lone surrogate (half of a UTF-16 pair, which UTF-8 cannot write), received ${JSON.stringify(group)}`);
    const value = typeof n === 'string' && /^\d+$/.test(n) ? Number(n) : n;
    // Children are counted: 14200.5 is a mistake in the file, not a population.
    if (!isPopulation(value)) {
      throw inputError(`${file}: ${where}: expected the number of children in ${JSON.stringify(group)} (a whole number ≥ 1), received ${receivedText(n)}`);
    }
    if (populations.has(group)) throw inputError(`${file}: ${where}: group ${JSON.stringify(group)} appears twice`);
    populations.set(group, value);
  };
  if (csv) {
    const lines = text.split(/\r?\n/);
    // Above the header too, as in an assessments file or agree's table: a top row once used.
    const at = lines.findIndex((line) => !isBlankRow(line));
    if (at < 0) throw inputError(`${file}: the file is empty; expected the header group,population, then a row per group`);
    const headerText = lines[at] as string;
    const header = splitCsvRecord(headerText);
    const separator = Array.isArray(header) ? separatorProblem(header) : null;
    if (separator !== null) throw inputError(`${file}: line ${at + 1} (the header): ${separator}`);
    if (!Array.isArray(header) || header.join(',') !== 'group,population') {
      // Said as read, so that `Group,Population` or `locality,children` shows what differs.
      throw inputError(`${file}: line ${at + 1}: expected the header group,population, received ${describeValue(headerText)}${holdsLoneCr(headerText) ? LONE_CR_HINT : ''}`);
    }
    lines.forEach((line, i) => {
      if (i <= at || isBlankRow(line)) return;
      const fields = splitCsvRecord(line);
      if (!Array.isArray(fields) || fields.length !== 2) throw inputError(`${file}: line ${i + 1}: expected 2 columns, group and population`);
      add(fields[0], fields[1], `line ${i + 1}`);
    });
  } else {
    const data = parseJsonFile(file, text, rules);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw inputError(`${file}: expected a JSON object of group → number of children`);
    for (const [group, n] of Object.entries(data)) add(group, n, JSON.stringify(group));
  }
  if (populations.size === 0) throw inputError(`${file}: expected at least one group`);
  return Object.fromEntries(populations);
}
