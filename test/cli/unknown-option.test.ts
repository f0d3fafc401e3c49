import { describe, expect, it } from 'vitest';
import { likelyOptions } from '../../src/cli/unknown-option.js';
import { runCli } from '../support/run.js';

/*
 * A mistyped option is the commonest slip at a command line. parseArgs's own message
 * ("Unknown option '--asof'. To specify a positional argument starting with a '-', place it …")
 * says nothing of what was meant, so the CLI names it.
 */
describe('an option the command does not take', () => {
  it.each([
    [['place', 'examples/data/assessments.ndjson', '--asof', '2025-11-20'], 'place: unknown option --asof; did you mean --as-of? (see graded-care place --help)'],
    [['place', 'examples/data/assessments.ndjson', '--asOf', '2025-11-20'], 'place: unknown option --asOf; did you mean --as-of? (see graded-care place --help)'],
    [['agree', 'examples/data/training-grades.csv', '--weight', 'linear'], 'agree: unknown option --weight; did you mean --weights? (see graded-care agree --help)'],
    [['cohort', 'examples/data/assessments.ndjson', '--nosuppress'], 'cohort: unknown option --nosuppress; did you mean --no-suppress? (see graded-care cohort --help)'],
    [['score', 'examples/data/assessments.csv', '--output', 'csv'], 'score: unknown option --output; did you mean --out or --output-format? (see graded-care score --help)'],
    [['score', 'examples/data/assessments.csv', '-o', 'scores.csv'], 'score: unknown option -o; did you mean --out or --output-format? (see graded-care score --help)'],
  ])('%j names the option meant', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`graded-care: ${message}\n`);
  });

  it('names the commands that take an option given to one that does not', () => {
    const run = runCli(['score', 'examples/data/assessments.csv', '--as-of', '2025-11-20']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: score: --as-of is an option of progress, place or cohort, not of score (see graded-care score --help)\n');
  });

  it('otherwise points to the help, and says where a file named like an option goes', () => {
    const run = runCli(['score', 'examples/data/assessments.csv', '--colour']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: score: unknown option --colour (see graded-care score --help; a file whose name starts with - goes after --)\n');
  });
});

describe('likelyOptions', () => {
  const names = ['as-of', 'policy', 'out', 'output-format', 'format', 'keep-going'];
  it('keeps only the nearest of several near names', () => {
    expect(likelyOptions('--polcy', names)).toEqual(['policy']);
    expect(likelyOptions('--keepgoing', names)).toEqual(['keep-going']);
  });
  it('suggests nothing for a name unlike any', () => {
    expect(likelyOptions('--xyz', names)).toEqual([]);
    expect(likelyOptions('--', names)).toEqual([]);
    expect(likelyOptions('-z', names)).toEqual([]);
  });
});

describe('a --suppress method other than dfe', () => {
  it('says how exact counts are asked for', () => {
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--population', '48400', '--suppress', 'none']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: --suppress "none": expected dfe (exact counts, for internal use only, are --no-suppress)\n');
  });
});

describe('an option before the command', () => {
  it('says that the command comes first', () => {
    const run = runCli(['--as-of', '2025-11-20', 'place', 'examples/data/assessments.ndjson']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: expected the command first (score, progress, place, cohort, agree, chart, schema), then its options: graded-care <command> [options] (see graded-care --help)\n');
  });

  it('- (stdin) before the command is named as the input it is, not as an option', () => {
    const run = runCli(['-', 'score', '--format', 'ndjson'], { input: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: - (stdin) is an input: expected the command first (score, progress, place, cohort, agree, chart, schema), then the input: graded-care <command> - --format json|ndjson|csv (see graded-care --help)\n');
  });

  it('a word that is no command is named as one, with the command most likely meant', () => {
    expect(runCli(['scores', 'examples/data/assessments.csv']).stderr).toBe('graded-care: unknown command "scores"; did you mean score? (see graded-care --help)\n');
    expect(runCli(['report', 'examples/data/assessments.csv']).stderr).toBe('graded-care: unknown command "report"; expected one of score, progress, place, cohort, agree, chart, schema (see graded-care --help)\n');
  });
});

describe('--group-by an attribute named without attributes.', () => {
  it('names the field meant', () => {
    const run = runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--population-file', 'examples/data/population.csv', '--group-by', 'ward']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('graded-care: --group-by "ward": expected locality or attributes.<name> (a name of letters, digits, _ and -, starting with a letter); did you mean attributes.ward?\n');
    expect(runCli(['cohort', 'examples/data/assessments.ndjson', '--as-of', '2025-11-20', '--population-file', 'examples/data/population.csv', '--group-by', 'Locality']).stderr).toMatch(/; did you mean locality\?\n$/);
  });
});
