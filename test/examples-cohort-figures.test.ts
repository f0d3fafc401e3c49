import { describe, expect, it } from 'vitest';
import { runExample } from './support/run.js';

describe('examples/cohort-figures.ts', () => {
  it('prints the figures worked out by hand from the sample data', () => {
    const run = runExample('examples/cohort-figures.ts');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Levels under the reference policy as of 2025-11-20 (worked by hand in test/cli/place.test.ts):
    // C-102, C-106 child protection; C-103 child in need; C-107 early help; C-105 additional
    // support; C-101, C-104 universal. Localities: C-101, C-105 Central; C-102, C-107 North;
    // C-103 East; C-104 West; C-106 Rural. Rates per 10,000, one decimal place:
    // 2 / 48,400 = 0.41 → 0.4 and 1 / 48,400 = 0.21 → 0.2; 1 / 14,200 = 0.70 → 0.7;
    // 1 / 9,800 = 1.02 → 1.0; 1 / 8,100 = 1.23 → 1.2; 1 / 7,600 = 1.32 → 1.3; 1 / 8,700 = 1.15 → 1.1.
    // Needs at concern in the latest GCP2: medical C-102; nutritional C-102, C-103, C-106 (0.6);
    // emotional and supervisory C-102, C-106; physical C-102, C-106, C-107.
    // Physical area, baseline → latest, the five children with two GCP2 assessments or more:
    // C-101 4 → 2 improved; C-104 1 → 1 and C-105 2 → 2 unchanged; C-102 3 → 4 and C-106 2 → 4
    // deteriorated: 1, 2, 2 of 5 → 20 %, 40 %, 40 %.
    expect(run.stdout).toBe(
      [
        '7 children, placed under reference-2016 v1.0.0 as of 2025-11-20; count (per 10,000):',
        'All      child-protection 2 (0.4), child-in-need 1 (0.2), early-help 1 (0.2), additional-support 1 (0.2), universal 2 (0.4)',
        'Central  additional-support 1 (0.7), universal 1 (0.7)',
        'North    child-protection 1 (1.0), early-help 1 (1.0)',
        'East     child-in-need 1 (1.2)',
        'West     universal 1 (1.3)',
        'Rural    child-protection 1 (1.1)',
        'Needs at concern: medical 1 (0.2), nutritional 3 (0.6), emotional 2 (0.4), physical 3 (0.6), supervisory 2 (0.4)',
        'Physical care, baseline to latest (5 children): improved 20%, unchanged 40%, deteriorated 40%',
        // One or two children per locality: every count from 1 to 5 is suppressed; 0 stays 0.
        'Shared: Central  children c, child protection 0',
        'Shared: North    children c, child protection c',
        'Shared: East     children c, child protection 0',
        'Shared: West     children c, child protection 0',
        'Shared: Rural    children c, child protection c',
        'Seed check: 1,513 Early Help Assessments among 48,400 children = 312.6 per 10,000',
        '',
      ].join('\n'),
    );
  });
});
