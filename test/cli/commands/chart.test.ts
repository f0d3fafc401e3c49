import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartCommand } from '../../../src/cli/commands/chart.js';
import { type Assessment, OperationError, OptionsError, parseAssessment } from '../../../src/index.js';
import { renderProfileChart, renderStarChart } from '../../../src/svg/index.js';
import { ROOT } from '../../support/run.js';
import { catchError } from '../../support/errors.js';

const sample = (JSON.parse(readFileSync(resolve(ROOT, 'examples/data/assessments.json'), 'utf8')) as unknown[]).map((a) => parseAssessment(a));
const of = (prefix: string) => sample.filter((a) => a.id.startsWith(prefix));

describe('chartCommand', () => {
  it('draws the named child’s Star chart from a file holding every kind', () => {
    expect(chartCommand(sample, { kind: 'star', child: 'C-106' })).toBe(renderStarChart(of('S-106')));
  });

  it('draws the named child’s profile', () => {
    expect(chartCommand(sample, { kind: 'profile', child: 'C-101' })).toBe(renderProfileChart(of('A-101')));
  });

  it('needs no child when only one child has such assessments', () => {
    const svg = chartCommand(of('A-103'), { kind: 'profile' });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('asks for --child when the file holds several children, listing them', () => {
    const error = catchError(() => chartCommand(sample, { kind: 'star' })) as OptionsError;
    expect(error).toBeInstanceOf(OptionsError);
    expect(error.issues[0]).toMatchObject({ path: ['child'], expected: '--child naming one of the children in the input: C-101, C-106' });
    expect((catchError(() => chartCommand(sample, { kind: 'star', child: 'C-999' })) as OptionsError).issues[0]?.path).toEqual(['child']);
  });

  it('lists the first 10 children and how many more, so that an export of thousands gives one readable line', () => {
    const first = sample.find((a) => a.instrument === 'family-star-plus') as Assessment;
    const many = Array.from({ length: 25 }, (_, c) => parseAssessment({ ...first, id: `S-${c}`, child: { id: `K-${String(c).padStart(2, '0')}` } }));
    const expected = '--child naming one of the children in the input: K-00, K-01, K-02, K-03, K-04, K-05, K-06, K-07, K-08, K-09 and 15 more';
    expect((catchError(() => chartCommand(many, { kind: 'star' })) as OptionsError).issues[0]).toMatchObject({ path: ['child'], expected });
  });

  it('asks for --instrument when the child has two GCP-family instruments', () => {
    const first = of('A-101')[0] as Assessment;
    const gcp = parseAssessment({ ...first, id: 'G-1', instrument: 'gcp', ratings: { 'love.carer': 2 }, areaGrades: {} });
    const error = catchError(() => chartCommand([...of('A-101'), gcp], { kind: 'profile' })) as OptionsError;
    expect(error.issues[0]?.path).toEqual(['instrument']);
    expect(chartCommand([...of('A-101'), gcp], { kind: 'profile', instrument: 'gcp' })).toBe(renderProfileChart([gcp]));
  });

  it('refuses an unknown kind, or input with nothing of that kind', () => {
    expect((catchError(() => chartCommand(sample, { kind: 'radar' as never })) as OptionsError).issues[0]?.path).toEqual(['kind']);
    expect((catchError(() => chartCommand(of('A-101'), { kind: 'star' })) as OperationError).code).toBe('nothing-to-draw');
  });
});
