import { describe, expect, it } from 'vitest';
import { runExample } from './support/run.js';

describe('examples/analyst.ts', () => {
  it('prints the figures worked out by hand from the sample data', () => {
    const run = runExample('examples/analyst.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Latest GCP2 of each child (hand-read from examples/data): C-102, C-103, C-106, C-107 have
    // a need at concern; C-105 is borderline at worst; C-101, C-104 are met. Per 48,400:
    // 4 → 0.826… → 0.8; 1 → 0.2; 2 → 0.4.
    // Nutritional at concern: C-102, C-103, C-106 (3 → 0.6); medical: C-102 (0.2); physical:
    // C-102, C-106, C-107 (0.6); supervisory and emotional: C-102, C-106 (0.4 each).
    // Physical area (mode-worse), first → latest, children with two or more assessments:
    // C-101 4 → 2 improved; C-104 1 → 1 and C-105 2 → 2 unchanged; C-102 3 → 4 and
    // C-106 2 → 4 deteriorated: 1, 2, 2 of 5 → 20 %, 40 %, 40 %.
    expect(run.stdout).toBe(
      [
        '7 children assessed; per 10,000 children by worst need-type band: concern 0.8, borderline 0.2, met 0.4',
        'Needs at concern per 10,000: medical 0.2, nutritional 0.6, emotional 0.4, physical 0.6, supervisory 0.4',
        'Physical care, baseline to latest: improved 20%, unchanged 40%, deteriorated 40%',
        // One child or two per locality: every count from 1 to 5 is suppressed; 0 stays 0.
        'Central  children c, at concern 0 (DfE suppression: 1–5 shown as c)',
        'North    children c, at concern c (DfE suppression: 1–5 shown as c)',
        'East     children c, at concern c (DfE suppression: 1–5 shown as c)',
        'West     children c, at concern 0 (DfE suppression: 1–5 shown as c)',
        'Rural    children c, at concern c (DfE suppression: 1–5 shown as c)',
        'Seed check: 1,513 Early Help Assessments among 48,400 children = 312.6 per 10,000',
        '',
      ].join('\n'),
    );
  });
});
