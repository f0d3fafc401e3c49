import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { sampleNdjson, SMALL_CSV } from '../support/sample.js';

const HEADER = 'id,instrument,child.id,assessedOn,physical.nutrition';
const ROW = 'A-1,gcp2,C-1,2025-01-10,4';
const ndjson = sampleNdjson(3);
const ndjsonLines = ndjson.trimEnd().split('\n');

interface Case {
  readonly what: string;
  /** Files to lay out in a fresh directory. */
  readonly files: Record<string, string | Uint8Array>;
  /** Arguments; `@` stands for the directory. */
  readonly args: readonly string[];
  readonly status: 1 | 2;
  /** The whole first line of stderr, `@` for the directory. */
  readonly message: RegExp;
  /** Prepare the directory further (e.g. a sparse file). */
  readonly prepare?: (dir: string) => void;
}

const cases: Case[] = [
  {
    what: 'truncated JSON',
    files: { 'in.json': `[${JSON.stringify(JSON.parse(ndjsonLines[0] as string), null, 2)},\n  {"schemaVersion": 1, "id": "A-` },
    args: ['score', '@/in.json'],
    status: 2,
    message: /^graded-care: @\/in\.json: line \d+: not valid JSON \(.+\)$/,
  },
  {
    what: 'a JSON array with a trailing comma (V8 gives no position)',
    files: { 'in.json': '[{"a":1},\n{"b":2},\n]' },
    args: ['score', '@/in.json'],
    status: 2,
    message: /^graded-care: @\/in\.json: line 3: not valid JSON \(Unexpected token '\]', "\[\{"a":1\},\\n\{"b":2\},\\n\]" is not valid JSON\); JSON takes no comma after the last item \(line 2\)$/,
  },
  {
    what: 'a JSON array with a line end inside a string',
    files: { 'in.json': '[\n{"id":"A\n1"}]' },
    args: ['score', '@/in.json'],
    status: 2,
    message: /^graded-care: @\/in\.json: line 2: not valid JSON \(Bad control character in string literal in JSON at position 10\)$/,
  },
  { what: 'a JSON file that is not an array', files: { 'in.json': '{"assessments": []}' }, args: ['score', '@/in.json'], status: 2, message: /^graded-care: @\/in\.json: expected a JSON array of assessments, received an object$/ },
  {
    what: 'a CSV row with too few columns',
    files: { 'in.csv': `${HEADER}\n${ROW}\nA-2,gcp2,C-1,2025-02-10\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 3: 4 columns, expected 5 as in the header$/,
  },
  {
    what: 'a CSV row with too many columns',
    files: { 'in.csv': `${HEADER}\n${ROW}\n${ROW},5\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 3: 6 columns, expected 5 as in the header; the row is child "C-1"'s, read despite the fault$/,
  },
  {
    what: 'an unknown CSV column',
    files: { 'in.csv': `${HEADER},physical.nutriton\n${ROW},3\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 1 \(the header\): unknown column "physical\.nutriton" \(did you mean physical\.nutrition\?\); expected schemaVersion, id, .*a rating key of gcp, gcp2, family-star-plus/,
  },
  { what: 'a CSV header without assessedOn', files: { 'in.csv': 'id,instrument,child.id\nA,gcp2,C\n' }, args: ['score', '@/in.csv'], status: 2, message: /^graded-care: @\/in\.csv: line 1 \(the header\): missing column "assessedOn"$/ },
  {
    what: 'a CSV field whose quote is never closed',
    files: { 'in.csv': `${HEADER},physical.nutrition#note\n${ROW},"never closed\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: a quoted field opened in this record is never closed$/,
  },
  {
    what: 'a CSV quote inside an unquoted field',
    files: { 'in.csv': `${HEADER},physical.nutrition#note\n${ROW},said "no"\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: field 6: a quote inside an unquoted field/,
  },
  {
    what: 'an invalid grade in a CSV cell, named by its column',
    files: { 'in.csv': `${HEADER}\nA-1,gcp2,C-1,2025-01-10,7\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: column physical\.nutrition: expected an integer grade from 1 to 5 or "not-scored", received the number 7$/,
  },
  {
    what: 'an impossible date in a CSV cell',
    files: { 'in.csv': `${HEADER}\nA-1,gcp2,C-1,2025-02-30,4\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: column assessedOn: expected .*calendar date.*received the string "2025-02-30"$/,
  },
  { what: 'an empty JSON file', files: { 'in.json': '' }, args: ['score', '@/in.json'], status: 2, message: /^graded-care: @\/in\.json: the file is empty; expected a JSON array of assessments$/ },
  { what: 'an empty NDJSON file (blank lines only)', files: { 'in.ndjson': '\n\r\n\n' }, args: ['score', '@/in.ndjson'], status: 2, message: /^graded-care: @\/in\.ndjson: the file is empty; expected one assessment \(a JSON object\) a line$/ },
  { what: 'an empty CSV file', files: { 'in.csv': '' }, args: ['score', '@/in.csv'], status: 2, message: /^graded-care: @\/in\.csv: the file is empty; expected a header row and one row per assessment$/ },
  {
    what: 'a binary file',
    files: { 'in.ndjson': Uint8Array.from([0x7b, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0xff]) },
    args: ['score', '@/in.ndjson'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 2: a NUL byte; this is a binary \(or UTF-16\) file, expected UTF-8 text$/,
  },
  {
    what: 'a file in Latin-1, not UTF-8',
    files: { 'in.csv': Buffer.concat([Buffer.from(`${HEADER},child.locality\n${ROW},`), Buffer.from([0x47, 0xe2, 0x74, 0x65]), Buffer.from('\n')]) },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: not UTF-8 text \(save the file as UTF-8\)$/,
  },
  {
    what: 'invalid JSON on one NDJSON line',
    files: { 'in.ndjson': `${ndjsonLines[0]}\n{"schemaVersion": 1, "id": }\n${ndjsonLines[1]}\n` },
    args: ['score', '@/in.ndjson'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 2: not valid JSON \(.+\)$/,
  },
  {
    what: 'an invalid assessment field, named by its path',
    files: { 'in.ndjson': `${ndjsonLines[0]}\n${(ndjsonLines[1] as string).replace('"physical.nutrition":3', '"physical.nutrition":9')}\n` },
    args: ['score', '@/in.ndjson'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 2: ratings\["physical\.nutrition"\]: expected an integer grade from 1 to 5, .*received the number 9$/,
  },
  {
    what: 'an invalid item of a JSON array',
    files: { 'in.json': JSON.stringify([JSON.parse(ndjsonLines[0] as string), { ...JSON.parse(ndjsonLines[1] as string), kind: 'interim' }]) },
    args: ['score', '@/in.json'],
    status: 2,
    message: /^graded-care: @\/in\.json: item 2: kind: expected .*baseline.*, received the string "interim"$/,
  },
  { what: 'a directory given as input', files: { 'in.json/': '' }, args: ['score', '@/in.json'], status: 2, message: /^graded-care: @\/in\.json: is a directory, expected a file$/ },
  // A folder has no extension: it is named as a folder, not sent to --format, which would only lead here.
  { what: 'a directory with no extension given as input', files: { 'data/': '' }, args: ['score', '@/data'], status: 2, message: /^graded-care: @\/data: is a directory, expected a file$/ },
  { what: 'a missing file', files: {}, args: ['score', '@/missing.ndjson'], status: 2, message: /^graded-care: @\/missing\.ndjson: cannot read the file \(no such file or directory\)$/ },
  { what: 'an unknown --format', files: { 'in.json': '[]' }, args: ['score', '@/in.json', '--format', 'xml'], status: 1, message: /^graded-care: --format "xml": expected one of json, ndjson, csv$/ },
  { what: 'an unknown extension', files: { 'in.txt': '[]' }, args: ['score', '@/in.txt'], status: 1, message: /^graded-care: @\/in\.txt: cannot tell the format from the extension .*--format json\|ndjson\|csv$/ },
  { what: 'an unknown option', files: { 'in.json': '[]' }, args: ['score', '@/in.json', '--reprot'], status: 1, message: /^graded-care: score: unknown option --reprot; did you mean --report\? \(see graded-care score --help\)$/ },
  {
    // parseArgs's first line alone (`Option '--as-of' argument is ambiguous.`) does not say that the value is missing.
    what: 'an option whose value is left out before the next option',
    files: { 'in.json': '[]' },
    args: ['place', '@/in.json', '--as-of', '--keep-going'],
    status: 1,
    message: /^graded-care: place: Option '--as-of' argument is ambiguous\. Did you forget to specify the option argument for '--as-of'\? .*\(see graded-care place --help\)$/,
  },
  {
    what: 'a line longer than --max-line-bytes',
    files: { 'in.ndjson': `${ndjsonLines[0]}\n${ndjsonLines[1]}\n` },
    args: ['score', '@/in.ndjson', '--max-line-bytes', '100'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 1: longer than 100 bytes, the line limit; expected one record a line \(raise the limit with --max-line-bytes\)$/,
  },
  {
    // Two lines of 57 and 61 bytes (é is two), each under the limit; the record they make is not.
    what: 'a CSV record of several lines longer than --max-line-bytes',
    files: { 'in.csv': `${HEADER},child.locality\nA-1,gcp2,C-1,2025-01-10,4,"${'x'.repeat(30)}\n${'é'.repeat(30)}"\n` },
    args: ['score', '@/in.csv', '--max-line-bytes', '100'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: a record of several lines longer than the line limit \(100 bytes; raise it with --max-line-bytes\)$/,
  },
  {
    what: 'a quoted CSV field still open past --max-line-bytes',
    files: { 'in.csv': `${HEADER},child.locality\nA-1,gcp2,C-1,2025-01-10,4,"${'x'.repeat(60)}\n${'y'.repeat(60)}\n` },
    args: ['score', '@/in.csv', '--max-line-bytes', '100'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: a quoted field runs past the line limit \(100 bytes\); is a closing quote missing\?$/,
  },
  {
    what: 'a JSON array file too large to read whole (sparse, 300 MiB)',
    files: { 'big.json': '' },
    prepare: (dir) => truncateSync(join(dir, 'big.json'), 300 * 1_048_576),
    args: ['score', '@/big.json'],
    status: 2,
    message: /^graded-care: @\/big\.json: 300 MiB is too large to read as one JSON array \(limit 256 MiB\); write it as NDJSON, which is streamed$/,
  },
  {
    what: 'a CSV note beside an empty grade',
    files: { 'in.csv': `${HEADER},physical.nutrition#note\nA-1,gcp2,C-1,2025-01-10,,seen at home\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: column physical\.nutrition#note: expected a grade or not-scored in column physical\.nutrition beside the note, received an empty grade$/,
  },
  {
    // It was accepted, and its value silently dropped: JSON cannot hold an attribute so named.
    what: 'a CSV column for an attribute named __proto__',
    files: { 'in.csv': `${HEADER},child.attributes.__proto__\n${ROW},North\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 1 \(the header\): unknown column "child\.attributes\.__proto__"; expected .*child\.attributes\.<name> \(a name of letters, digits, _ and -, starting with a letter\)/,
  },
  ...['__proto__', 'constructor', 'toString'].map((name) => ({
    // These found Object's own members in the table of columns, and the run ended as an internal error (status 3).
    what: `a CSV column named ${name}`,
    files: { 'in.csv': `${HEADER},${name}\n${ROW},4\n` },
    args: ['score', '@/in.csv'],
    status: 2 as const,
    message: new RegExp(`^graded-care: @/in\\.csv: line 1 \\(the header\\): unknown column "${name}"; expected schemaVersion, id, `),
  })),
  // A header cell of 300,000 characters was echoed whole, after minutes spent measuring its distance from every known column.
  {
    what: 'a CSV header cell of 300,000 characters',
    files: { 'in.csv': `${HEADER},${'x'.repeat(300_000)}\n${ROW},4\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: new RegExp(`^graded-care: @/in\\.csv: line 1 \\(the header\\): unknown column "${'x'.repeat(40)}…"; expected schemaVersion, id, .{0,700}$`),
  },
  // Lines ended in CR alone (Excel's "CSV (Macintosh)") made the whole file one line, and the message did not say why.
  {
    what: 'a CSV file whose lines end in CR alone',
    files: { 'in.csv': `${HEADER}\r${ROW}\r` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 1 \(the header\): unknown column "physical\.nutrition\\rA-1"; expected .*; the file seems to end its lines in a carriage return alone \(as old Mac files do\): save it with \\n or \\r\\n line ends$/,
  },
  // A quoted header (as spreadsheets write it) met the CR at a closing quote: the quoting error came without the reason.
  {
    what: 'a CSV file whose lines end in CR alone, with a quoted header',
    files: { 'in.csv': `${HEADER.split(',').map((name) => `"${name}"`).join(',')}\r${ROW}\r` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 1 \(the header\): field \d+: a quoted field must end at a comma or the end of the line; the file seems to end its lines in a carriage return alone \(as old Mac files do\): save it with \\n or \\r\\n line ends$/,
  },
  {
    // A CR inside a quoted cell is the cell's own text: the record's other fault is named without the CR-only hint.
    what: 'a CSV row whose quoted note holds a CR, with a quoting fault in another field',
    files: { 'in.csv': `${HEADER},physical.nutrition#note\r\nA-1,gcp2,C-1,2025-01-10,"4"x,"Seen at home.\rFridge empty."\r\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: field 5: a quoted field must end at a comma or the end of the line$/,
  },
  {
    // A stray quote before the note (5" for inches) paired with the note's opening quote, and the note's CR was taken for the file's.
    what: 'a CSV row whose quoted note holds a CR, with a stray quote in an unquoted field before it',
    files: { 'in.csv': `${HEADER},physical.nutrition#note\r\nA-1,gcp2,C-1,2025-01-10,4","Seen at home.\rFridge empty."\r\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 2: field 5: a quote inside an unquoted field \(quote the whole field and double the quote\)$/,
  },
  {
    what: 'a CSV file of grades whose lines end in CR alone, with a quoted header',
    files: { 'grades.csv': '"case","trainee"\r"A",1\r' },
    args: ['agree', '@/grades.csv', '--weights', 'none'],
    status: 2,
    message: /^graded-care: @\/grades\.csv: line 1 \(the header\): field 2: a quoted field must end at a comma or the end of the line; the file seems to end its lines in a carriage return alone/,
  },
  {
    what: 'a population CSV whose lines end in CR alone',
    files: { 'in.ndjson': ndjson, 'population.csv': 'group,population\rCentral,9800\r' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--group-by', 'locality', '--population-file', '@/population.csv'],
    status: 2,
    message: /^graded-care: @\/population\.csv: line 1: expected the header group,population, received the string "group,population\\rCentral,9800\\r"; the file seems to end its lines in a carriage return alone/,
  },
  {
    what: 'an NDJSON file whose lines end in CR alone',
    files: { 'in.ndjson': ndjson.replaceAll('\n', '\r') },
    args: ['score', '@/in.ndjson'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 1: not valid JSON \(.+\); the file seems to end its lines in a carriage return alone \(as old Mac files do\): save it with \\n or \\r\\n line ends$/,
  },
  // Lines ended in CR CR LF (a CRLF file converted again) each keep a CR, which JSON reads as
  // white space: a line broken otherwise, or too long, was said to end its lines in CR alone.
  {
    what: 'a broken line of an NDJSON file whose lines end in CR CR LF, not said to end its lines in CR alone',
    files: { 'in.ndjson': [ndjsonLines[0], '{"schemaVersion": 1,', ndjsonLines[1], ''].join('\r\r\n') },
    args: ['score', '@/in.ndjson'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 2: not valid JSON \([^;]+\)$/,
  },
  {
    what: 'a line longer than the limit in a file whose lines end in CR CR LF, with the advice to raise it',
    files: { 'in.ndjson': `${ndjsonLines[0]}\r\r\n${ndjsonLines[1]}${' '.repeat(1500)}\r\r\n` },
    args: ['score', '@/in.ndjson', '--max-line-bytes', '1000'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 2: longer than 1,000 bytes, the line limit; expected one record a line \(raise the limit with --max-line-bytes\)$/,
  },
  {
    what: 'a file whose lines end in CR alone, longer than the line limit',
    files: { 'in.ndjson': ndjson.replaceAll('\n', '\r') },
    args: ['score', '@/in.ndjson', '--max-line-bytes', '600'],
    status: 2,
    message: /^graded-care: @\/in\.ndjson: line 1: longer than 600 bytes, the line limit; expected one record a line; the file seems to end its lines in a carriage return alone \(as old Mac files do\): save it with \\n or \\r\\n line ends$/,
  },
  {
    what: 'a CSV column for an attribute whose name the contract refuses',
    files: { 'in.csv': `${HEADER},child.attributes.2nd-ward\n${ROW},North\n` },
    args: ['score', '@/in.csv'],
    status: 2,
    message: /^graded-care: @\/in\.csv: line 1 \(the header\): unknown column "child\.attributes\.2nd-ward"; expected /,
  },
  { what: 'no input file', files: {}, args: ['place', '--as-of', '2025-11-20'], status: 1, message: /^graded-care: place: name the input file \(usage: graded-care place FILE --as-of YYYY-MM-DD \[--policy FILE\]; see graded-care place --help\)$/ },
  { what: 'an unknown schema --instrument', files: {}, args: ['schema', '--instrument', 'nope'], status: 1, message: /^graded-care: --instrument "nope": expected one of gcp, gcp2, family-star-plus$/ },
  {
    what: 'a fractional --population',
    files: { 'in.ndjson': ndjson },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population', '48400.5'],
    status: 1,
    message: /^graded-care: --population "48400\.5": expected a whole number of children ≥ 1$/,
  },
  {
    what: 'a fractional population in a JSON --population-file',
    files: { 'in.ndjson': ndjson, 'population.json': '{ "Central": 14200.5, "North": 9800 }' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population-file', '@/population.json', '--group-by', 'locality'],
    status: 2,
    message: /^graded-care: @\/population\.json: "Central": expected the number of children in "Central" \(a whole number ≥ 1\), received 14200\.5$/,
  },
  {
    what: 'a group written twice in a JSON --population-file (JSON.parse would keep the last)',
    files: { 'in.ndjson': ndjson, 'population.json': '{\n  "Central": 14200,\n  "North": 9800,\n  "Central": 1\n}' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population-file', '@/population.json', '--group-by', 'locality'],
    status: 2,
    message: /^graded-care: @\/population\.json: line 4: the key "Central" appears twice in one object; expected each once$/,
  },
  {
    what: 'a group named total, the name of the whole area in the output',
    files: { 'in.ndjson': ndjson, 'population.csv': 'group,population\nCentral,14200\ntotal,9800\n' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population-file', '@/population.csv', '--group-by', 'locality'],
    status: 2,
    message: /^graded-care: @\/population\.csv: line 3: expected a group name other than "total" in any case, which names the whole area in the output \(leave a totals row out: the whole area's population is the sum of the groups'\), received "total"$/,
  },
  {
    // A spreadsheet's totals row: read as a group it doubled the whole area's population, halving every rate.
    what: 'a totals row named Total in a --population-file',
    files: { 'in.ndjson': ndjson, 'population.csv': 'group,population\r\nCentral,14200\r\nNorth,9800\r\nTotal,24000\r\n' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population-file', '@/population.csv', '--group-by', 'locality'],
    status: 2,
    message: /^graded-care: @\/population\.csv: line 4: expected a group name other than "total" in any case, which names the whole area in the output \(leave a totals row out: the whole area's population is the sum of the groups'\), received "Total"$/,
  },
  {
    // Padded, it was a group no child can be in (a locality cannot be padded), and the whole area's population doubled in silence.
    what: 'a padded totals row in a --population-file',
    files: { 'in.ndjson': ndjson, 'population.csv': 'group,population\nCentral,14200\nNorth,9800\nTotal ,24000\n' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population-file', '@/population.csv', '--group-by', 'locality'],
    status: 2,
    message: /^graded-care: @\/population\.csv: line 4: expected a group name other than "total" in any case, .*, received "Total "$/,
  },
  // No locality or attribute value holds a lone surrogate, and the CSV output would show U+FFFD: "C\ud800" and "C\ud801" alike.
  {
    what: 'a group name holding a lone surrogate in a JSON --population-file',
    files: { 'in.ndjson': ndjson, 'population.json': '{ "Central": 14200, "C\\ud800": 100 }' },
    args: ['cohort', '@/in.ndjson', '--as-of', '2025-11-20', '--population-file', '@/population.json', '--group-by', 'locality'],
    status: 2,
    message: /^graded-care: @\/population\.json: "C\\ud800": expected a group name without a lone surrogate \(half of a UTF-16 pair, which UTF-8 cannot write\), received "C\\ud800"$/,
  },
  {
    what: 'a --policy file with a comment, as JavaScript allows',
    files: { 'in.ndjson': ndjson, 'policy.json': '{\n  // Riverside\n  "id": "local"\n}' },
    args: ['place', '@/in.ndjson', '--as-of', '2025-11-20', '--policy', '@/policy.json'],
    status: 2,
    message: /^graded-care: @\/policy\.json: line 2: not valid JSON \(.+\); JSON has no comments: remove them$/,
  },
  {
    what: 'a --policy file with a comma after its last field',
    files: { 'in.ndjson': ndjson, 'policy.json': '{\n  "id": "local",\n  "persistenceDays": 90,\n}' },
    args: ['place', '@/in.ndjson', '--as-of', '2025-11-20', '--policy', '@/policy.json'],
    status: 2,
    message: /^graded-care: @\/policy\.json: line 4: not valid JSON \(.+\); JSON takes no comma after the last item \(line 3\)$/,
  },
  {
    what: 'a field written twice in a --policy file',
    files: { 'in.ndjson': ndjson, 'policy.json': '{ "id": "local",\n "persistenceDays": 90, "persistenceDays": 30 }' },
    args: ['place', '@/in.ndjson', '--as-of', '2025-11-20', '--policy', '@/policy.json'],
    status: 2,
    message: /^graded-care: @\/policy\.json: line 2: the key "persistenceDays" appears twice in one object; expected each once$/,
  },
  // The CLI named the field by the whole path, so a key of 100,000 characters came back whole (the library's message cuts it).
  {
    what: 'a --policy file with an unknown key of 100,000 characters',
    files: { 'in.ndjson': ndjson, 'policy.json': readFileSync('examples/data/local-policy.json', 'utf8').replace('{', `{ "${'x'.repeat(100_000)}": 1,`) },
    args: ['place', '@/in.ndjson', '--as-of', '2025-11-20', '--policy', '@/policy.json'],
    status: 2,
    message: new RegExp(`^graded-care: @/policy\\.json: not a valid threshold policy: \\["${'x'.repeat(40)}…"\\]: expected .{0,300}, received an unknown key of 100000 characters$`),
  },
  {
    what: 'a field written twice deep in a --policy file, named with the path of its object',
    files: { 'in.ndjson': ndjson, 'policy.json': '{ "id": "local",\n "levels": [{ "id": "a" }, { "id": "b",\n "reviewIntervalDays": 28, "reviewIntervalDays": 0 }] }' },
    args: ['place', '@/in.ndjson', '--as-of', '2025-11-20', '--policy', '@/policy.json'],
    status: 2,
    message: /^graded-care: @\/policy\.json: line 3: the key "reviewIntervalDays" appears twice in one object \(in levels\[1\]\); expected each once$/,
  },
  {
    what: 'a binary --policy file, read as every file read whole is',
    files: { 'in.ndjson': ndjson, 'policy.json': Uint8Array.from([0x7b, 0x0a, 0x00, 0x7d]) },
    args: ['place', '@/in.ndjson', '--as-of', '2025-11-20', '--policy', '@/policy.json'],
    status: 2,
    message: /^graded-care: @\/policy\.json: line 2: a NUL byte; this is a binary \(or UTF-16\) file, expected UTF-8 text$/,
  },
];

/** Cases about the output path: the input is valid, the output cannot be written. */
const outputCases: Case[] = [
  {
    what: 'an --out whose directory does not exist',
    files: { 'in.ndjson': ndjson },
    args: ['score', '@/in.ndjson', '--out', '@/no/such/dir/out.json'],
    status: 2,
    message: /^graded-care: @\/no\/such\/dir\/out\.json: cannot write the output \(the folder @\/no\/such\/dir does not exist; create it first\)$/,
  },
  {
    what: 'a --rejects whose directory does not exist',
    files: { 'in.ndjson': ndjson },
    args: ['score', '@/in.ndjson', '--keep-going', '--rejects', '@/no/rejects.ndjson', '--out', '@/out.json'],
    status: 2,
    message: /^graded-care: @\/no\/rejects\.ndjson: cannot write the rejects file \(the folder @\/no does not exist; create it first\)$/,
  },
  {
    what: 'an --out under a file, not a directory',
    files: { 'in.ndjson': ndjson, 'file.txt': 'x' },
    args: ['score', '@/in.ndjson', '--out', '@/file.txt/out.json'],
    status: 2,
    message: /^graded-care: @\/file\.txt\/out\.json: cannot write the output \(a part of the path is not a directory\)$/,
  },
  { what: 'an --out that is a directory', files: { 'in.ndjson': ndjson, 'out.json/': '' }, args: ['score', '@/in.ndjson', '--out', '@/out.json'], status: 2, message: /^graded-care: @\/out\.json: cannot write the output \(is a directory\)$/ },
  // The message called it the output, which could be written.
  { what: 'a --rejects that is a directory', files: { 'in.ndjson': ndjson, 'rejects/': '' }, args: ['score', '@/in.ndjson', '--keep-going', '--rejects', '@/rejects', '--out', '@/out.json'], status: 2, message: /^graded-care: @\/rejects: cannot write the rejects file \(is a directory\)$/ },
  { what: 'an --out naming the input', files: { 'in.ndjson': ndjson }, args: ['score', '@/in.ndjson', '--out', '@/in.ndjson'], status: 1, message: /^graded-care: --out @\/in\.ndjson: names the input file; the input is never overwritten$/ },
];

function runCase(c: Case, withOut: boolean): void {
  const dir = tempDir(c.files);
  c.prepare?.(dir);
  const before = snapshot(dir);
  const args = c.args.map((a) => a.replaceAll('@', dir));
  const run = runCli(withOut ? [...args, '--out', join(dir, 'out.json')] : args);
  expect(run.status).toBe(c.status);
  const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(new RegExp(c.message.source.replaceAll('@', escaped)));
  // Nothing written, no temporary file left, the input unchanged.
  expect(run.stdout).toBe('');
  expect(snapshot(dir)).toEqual(before);
}

describe('malformed input: exit status, one line naming the file, row and field; no output left behind', () => {
  it('has at least 15 distinct cases', () => {
    expect(new Set([...cases, ...outputCases].map((c) => c.what)).size).toBeGreaterThanOrEqual(15);
  });
  it.each(cases)('$what', (c) => runCase(c, true));
  it.each(outputCases)('$what', (c) => runCase(c, false));
});

describe('accepted variations of the input', () => {
  it.each([
    ['a UTF-8 byte-order mark on a CSV file', 'in.csv', `\uFEFF${SMALL_CSV}`],
    ['CRLF line ends in a CSV file', 'in.csv', SMALL_CSV.replaceAll('\n', '\r\n')],
    ['a byte-order mark and CRLF in NDJSON', 'in.ndjson', `\uFEFF${ndjson.replaceAll('\n', '\r\n')}`],
    ['a byte-order mark on a JSON file', 'in.json', `\uFEFF${JSON.stringify(ndjsonLines.map((l) => JSON.parse(l)))}`],
    ['blank lines between NDJSON records', 'in.ndjson', ndjson.replaceAll('\n', '\n\n')],
  ])('%s', (_what, name, content) => {
    const dir = tempDir({ [name]: content });
    const run = runCli(['score', join(dir, name), '--output-format', 'ndjson']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const ids = run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { assessmentId: string }).assessmentId);
    expect(ids).toEqual(name === 'in.csv' ? ['A-1', 'A-2'] : ndjsonLines.map((l) => (JSON.parse(l) as { id: string }).id));
  });

  it('a CSV quoted field spanning lines keeps its line end in the note', () => {
    const dir = tempDir({ 'in.csv': `${HEADER},physical.nutrition#note\r\n${ROW},"first line\r\nsecond line"\r\n` });
    const run = runCli(['score', join(dir, 'in.csv')]);
    expect(run.status).toBe(0);
    // Scores carry no notes; the row was read whole, as one assessment.
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });
});
