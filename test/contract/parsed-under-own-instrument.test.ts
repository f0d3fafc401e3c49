import { describe, expect, it } from 'vitest';
import { AssessmentError, defineInstrument, getInstrument, parseAssessment, scoreAssessment, trackProgress } from '../../src/index.js';

// A partnership's own gcp2 (shadowing the built-in, as the README describes): grade 2 is
// borderline here, not met. The reference for grade 2 is these bands, worked by hand.
const localGcp2 = defineInstrument({
  ...getInstrument('gcp2'),
  edition: 'local-1',
  bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 3 }, concern: { min: 4, max: 5 } },
});
const raw = { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-01-06', ratings: { 'physical.nutrition': 2 } } as const;

describe('an assessment parsed without options, then read under a caller’s own instrument of the same id', () => {
  it('is scored under the caller’s instrument, as the same JSON is', () => {
    const parsed = parseAssessment(raw);
    for (const input of [raw, parsed]) {
      const score = scoreAssessment(input, { instruments: [localGcp2] });
      expect(score.instrument).toEqual({ id: 'gcp2', edition: 'local-1' });
      expect(score.family === 'gcp' ? score.subAreas['physical.nutrition']?.band : null).toBe('borderline');
    }
  });

  it('is tracked under the caller’s instrument beside raw input of it, not refused as another edition', () => {
    const parsed = parseAssessment(raw);
    const later = { ...raw, id: 'A-2', assessedOn: '2025-04-07' };
    const report = trackProgress([parsed, later], { instruments: [localGcp2] });
    expect(report.instrument).toEqual({ id: 'gcp2', edition: 'local-1' });
    // Grade 2 is borderline under the local bands: unassessed needs aside, nothing is met at baseline.
    expect(report.drift.reason).not.toMatch(/every need type assessed at baseline was met/);
  });

  it('is checked again against the caller’s instrument, and refused when that instrument lacks a rated key', () => {
    const narrow = defineInstrument({
      id: 'local-narrow', edition: '1', title: 'Narrow', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 5 },
      areas: [{ id: 'home', title: 'Home', subAreas: [{ id: 'warmth', title: 'Warmth' }, { id: 'food', title: 'Food' }] }],
    });
    const narrower = defineInstrument({ ...narrow, areas: [{ id: 'home', title: 'Home', subAreas: [{ id: 'warmth', title: 'Warmth' }] }] });
    const parsed = parseAssessment({ ...raw, instrument: 'local-narrow', ratings: { 'home.food': 4 } }, { instruments: [narrow] });
    expect(() => scoreAssessment(parsed, { instruments: [narrower] })).toThrow(AssessmentError);
    // Without an instrument of that id in the options, the one it was parsed against is kept.
    expect(scoreAssessment(parsed).instrument).toEqual({ id: 'local-narrow', edition: '1' });
  });
});
