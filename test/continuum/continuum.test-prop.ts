import { describe, expect, it } from 'vitest';
import { placeOnContinuum, referencePolicy, type Assessment } from '../../src/index.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';
import { GCP2_SUB_AREAS, gcp2At } from '../support/history.js';

const LEVELS = referencePolicy.levels.map((l) => l.id); // most intensive first
const rank = (level: string) => LEVELS.length - LEVELS.indexOf(level); // higher is more intensive

const ratings = fc.dictionary(fc.constantFrom(...GCP2_SUB_AREAS), fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant('not-scored') }), { minKeys: 3 });
const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const child = fc.record({ id: fc.constant('C-1'), dateOfBirth: fc.constantFrom('2023-06-15', '2024-01-01', '2015-03-03'), flags: fc.subarray(['disabled', 'runaway', 'mobile']) });
const history = fc
  // Distinct days: two assessments on one day that disagree are refused (same-day-conflict), tested elsewhere.
  .tuple(child, fc.uniqueArray(fc.tuple(day, ratings), { selector: ([on]) => on, minLength: 1, maxLength: 4 }))
  .map(([who, items]) => items.map(([on, r], i) => gcp2At(`A-${i}`, on, r, who)))
  .filter((items) => {
    // The latest assessment must have something scored (else placement is refused, by design).
    const latest = [...items].sort((a, b) => String(a['assessedOn']).localeCompare(String(b['assessedOn'])) || String(a['id']).localeCompare(String(b['id']))).at(-1);
    return Object.values((latest?.['ratings'] ?? {}) as Record<string, unknown>).some((v) => typeof v === 'number');
  });

const place = (items: Record<string, unknown>[]) => placeOnContinuum(items as unknown as Assessment[], { asOf: '2026-06-30' });

describe('placement properties (reference policy)', () => {
  it('worsening any grade in any assessment never lowers the level', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.nat(), (items, pickAssessment, pickKey) => {
        const target = items[pickAssessment % items.length] as Record<string, unknown>;
        const r = target['ratings'] as Record<string, unknown>;
        const keys = Object.keys(r).filter((k) => typeof r[k] === 'number' && (r[k] as number) < 5);
        fc.pre(keys.length > 0);
        const key = keys[pickKey % keys.length] as string;
        const worse = items.map((a) => (a === target ? { ...a, ratings: { ...r, [key]: (r[key] as number) + 1 } } : a));
        expect(rank(place(worse).level)).toBeGreaterThanOrEqual(rank(place(items).level));
      }),
      PROPERTY_RUNS,
    );
  });

  it('the order of the history never changes the placement', () => {
    fc.assert(
      fc.property(history.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))), ([items, shuffled]) => {
        expect(JSON.stringify(place(shuffled))).toBe(JSON.stringify(place(items)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('the level always comes from the policy’s levels and the rule from its rules, consistently', () => {
    fc.assert(
      fc.property(history, (items) => {
        const p = place(items);
        expect(LEVELS).toContain(p.level);
        const rule = referencePolicy.rules.find((r) => r.id === p.rule);
        expect(rule?.level).toBe(p.level);
        expect(p.rules.find((r) => r.fired)?.id).toBe(p.rule);
        expect(p.urgent).toBe(rule?.urgent ?? false);
        expect(JSON.stringify(p)).not.toMatch(/NaN|undefined/);
      }),
      PROPERTY_RUNS,
    );
  });
});

/*
 * Design §4 restated from its text, independently of the source, for GCP2 under reference-2016:
 * bands 1–2 met, 3 borderline, 4–5 concern; a need type is the worst of its scored sub-areas.
 */
const NEED_OF: Record<string, string> = { 'physical.health': 'medical', 'physical.nutrition': 'nutritional', 'physical.housing': 'physical', 'physical.clothing': 'physical', 'physical.hygiene': 'physical' };
const needOf = (subArea: string) => NEED_OF[subArea] ?? (subArea.startsWith('safety.') ? 'supervisory' : 'emotional');
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const isConcern = (grade: number | undefined) => grade !== undefined && grade >= 4;

function needGrades(ratings: Record<string, unknown>): Record<string, number> {
  const grades: Record<string, number> = {};
  for (const [subArea, value] of Object.entries(ratings)) if (typeof value === 'number') grades[needOf(subArea)] = Math.max(grades[needOf(subArea)] ?? 0, value);
  return grades;
}

/** Under 9 whole calendar months: before the day 9 months on (the month's last day where it has no such day). */
function isUnderNineMonths(born: string, on: string): boolean {
  const [y, m, d] = [Number(born.slice(0, 4)), Number(born.slice(5, 7)) - 1 + 9, Number(born.slice(8, 10))];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayNumber(on) < Date.UTC(y, m, Math.min(d, lastDay)) / 86_400_000;
}

function designPlacement(items: Record<string, unknown>[]) {
  const history = [...items].sort((a, b) => String(a['assessedOn']).localeCompare(String(b['assessedOn'])));
  const latest = history.at(-1) as Record<string, unknown>;
  const on = latest['assessedOn'] as string;
  const child = latest['child'] as { dateOfBirth: string; flags: string[] };
  const needs = needGrades(latest['ratings'] as Record<string, unknown>);
  const atConcern = Object.keys(needs).filter((n) => isConcern(needs[n]));
  const persistent = atConcern.filter((need) => {
    for (const earlier of history.slice(0, -1).reverse()) {
      const grade = needGrades(earlier['ratings'] as Record<string, unknown>)[need];
      if (grade !== undefined && grade <= 2) return false;
      if (isConcern(grade) && dayNumber(on) - dayNumber(earlier['assessedOn'] as string) >= 90) return true;
    }
    return false;
  });
  const areas = new Set(Object.entries(latest['ratings'] as Record<string, unknown>).filter(([, v]) => typeof v === 'number' && v >= 4).map(([k]) => k.split('.')[0]));
  const groups = ['disabled', 'runaway', 'pre-mobile'].filter((g) => child.flags.includes(g) || (g === 'pre-mobile' && !child.flags.includes('mobile') && isUnderNineMonths(child.dateOfBirth, on)));
  const serious = Object.values(needs).includes(5) || areas.size >= 2 || (groups.length > 0 && atConcern.length > 0);
  const d2 = persistent.length > 0 && serious;
  const rule = needs['supervisory'] === 5 ? 'immediate-safety' : d2 ? 'definition-2' : persistent.length > 0 || serious ? 'definition-2-partial' : atConcern.length > 0 ? 'definition-1' : Object.values(needs).includes(3) ? 'borderline' : 'needs-met';
  const interval = { 'immediate-safety': 90, 'definition-2': 90, 'definition-2-partial': 90, 'definition-1': 90, borderline: 180, 'needs-met': null }[rule];
  const due = interval === null ? null : new Date((dayNumber(on) + interval) * 86_400_000).toISOString().slice(0, 10);
  return { rule, earlyHelp: atConcern.length > 0, safeguarding: d2, persistent: persistent.sort(), serious, groups, due };
}

describe('placement is design §4 (reference-2016, restated independently)', () => {
  it('agrees on the rule, both definitions, persistence, high-risk groups and the review date', () => {
    // Often in no high-risk group (a group makes any concern serious, hiding the other reasons).
    const flags = fc.oneof(fc.constant([]), fc.constant(['mobile']), fc.subarray(['disabled', 'runaway', 'pre-mobile', 'mobile']));
    const baby = fc.record({ id: fc.constant('C-1'), dateOfBirth: fc.constantFrom('2023-06-15', '2024-01-31', '2024-05-31', '2015-03-03'), flags });
    // Dates 89, 90 and 91 days apart, and either side of the days the babies turn 9 months
    // (2024-10-31 and 2025-02-28), so that persistence and pre-mobile are often at their edges.
    const dates = fc.uniqueArray(
      fc.constantFrom('2024-06-01', '2024-08-29', '2024-08-30', '2024-08-31', '2024-10-30', '2024-10-31', '2024-11-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-02-27', '2025-02-28', '2025-03-01', '2025-05-28', '2025-05-29', '2025-05-30'),
      { minLength: 1, maxLength: 4 },
    );
    // Mostly met, so that a lone concern, or two in one area, is common.
    const grade = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(1, 2) }, { weight: 2, arbitrary: fc.constantFrom(3, 4) }, { weight: 1, arbitrary: fc.constantFrom(5, 'not-scored') });
    const sparse = fc.dictionary(fc.constantFrom(...GCP2_SUB_AREAS), grade, { minKeys: 1 });
    const items = fc.tuple(baby, dates, fc.array(sparse, { minLength: 4, maxLength: 4 })).map(([who, ds, rs]) => ds.map((d, i) => gcp2At(`A-${i}`, d, rs[i] as Record<string, unknown>, who)));
    fc.assert(
      fc.property(items, (history) => {
        const latest = [...history].sort((a, b) => String(a['assessedOn']).localeCompare(String(b['assessedOn']))).at(-1) as Record<string, unknown>;
        fc.pre(Object.values(latest['ratings'] as Record<string, unknown>).some((v) => typeof v === 'number'));
        const p = place(history);
        expect({
          rule: p.rule,
          earlyHelp: p.definitions.earlyHelp.met,
          safeguarding: p.definitions.safeguarding.met,
          persistent: p.definitions.safeguarding.persistent.map((n) => n.needType).sort(),
          serious: p.definitions.safeguarding.seriousImpairmentLikely,
          groups: p.definitions.safeguarding.highRiskGroups.map((g) => g.group),
          due: p.nextReviewDue,
        }).toEqual(designPlacement(history));
        // The explanation opens with the rule that fired, and cites each persistent need's evidence.
        expect(p.explanation[0]?.startsWith(`rule ${p.rule} fired → ${p.level}`)).toBe(true);
        for (const need of p.definitions.safeguarding.persistent) {
          expect(p.explanation).toContain(`persistent: ${need.needType} at concern since ${need.since} (${need.spanDays} days ≥ 90) in ${need.evidence.map((e) => e.assessmentId).join(', ')}`);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
