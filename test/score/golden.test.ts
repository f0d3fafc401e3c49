import { describe, expect, it } from 'vitest';
import { defineInstrument, parseAssessment, scoreAssessment, type GcpScore, type StarScore } from '../../src/index.js';

/*
 * Golden cases worked by hand (the working is in the comments), asserting every value.
 * Bands for GCP: 1–2 met, 3 borderline, 4–5 concern.
 */

const BANDS = { met: { min: 1, max: 2 }, borderline: { min: 3, max: 3 }, concern: { min: 4, max: 5 } };
const scored = (grade: number, band: string) => ({ grade, band, status: 'scored', source: 'rating' });
const none = (status: 'unrated' | 'not-scored') => ({ grade: null, band: null, status, source: 'rating' });

const gcp2Case = parseAssessment({
  schemaVersion: 1, id: 'A-G2', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02',
  ratings: {
    'physical.nutrition': 4, 'physical.housing': 4, 'physical.clothing': 2, 'physical.hygiene': 3, 'physical.health': 5,
    'safety.in-presence': 2, 'safety.in-absence': 3, 'safety.online': 'not-scored', 'safety.traffic': 2, 'safety.home': 3,
    'emotional.responsiveness': 1, 'emotional.mutual-engagement': { grade: 2, note: 'warm, some missed cues' },
    'developmental.stimulation': 2, 'developmental.approval': 1, 'developmental.acceptance': 1,
  },
  areaGrades: { physical: 4, safety: 2 },
});

describe('golden: GCP2, mode-worse', () => {
  // Computed inside each test, so that mutation testing sees which tests cover it.
  const score = () => scoreAssessment(gcp2Case) as GcpScore;

  it('scores every sub-area with its band and status', () => {
    expect(score().subAreas).toEqual({
      'physical.nutrition': scored(4, 'concern'),
      'physical.housing': scored(4, 'concern'),
      'physical.clothing': scored(2, 'met'),
      'physical.hygiene': scored(3, 'borderline'),
      'physical.health': scored(5, 'concern'),
      'safety.in-presence': scored(2, 'met'),
      'safety.in-absence': scored(3, 'borderline'),
      'safety.online': none('not-scored'),
      'safety.traffic': scored(2, 'met'),
      'safety.home': scored(3, 'borderline'),
      'emotional.responsiveness': scored(1, 'met'),
      'emotional.mutual-engagement': scored(2, 'met'),
      'developmental.stimulation': scored(2, 'met'),
      'developmental.approval': scored(1, 'met'),
      'developmental.disapproval': none('unrated'),
      'developmental.acceptance': scored(1, 'met'),
    });
  });

  it('derives area grades beside the practitioner’s', () => {
    // physical 4,4,2,3,5: 4 twice → 4. safety 2,3,2,3 (online not scored): tie 2/3 → worse 3.
    // emotional 1,2: tie → 2. developmental 2,1,1: → 1.
    expect(score().areas).toEqual({
      physical: { grade: 4, band: 'concern', practitionerGrade: 4, subAreas: ['physical.nutrition', 'physical.housing', 'physical.clothing', 'physical.hygiene', 'physical.health'] },
      safety: { grade: 3, band: 'borderline', practitionerGrade: 2, subAreas: ['safety.in-presence', 'safety.in-absence', 'safety.online', 'safety.traffic', 'safety.home'] },
      emotional: { grade: 2, band: 'met', practitionerGrade: null, subAreas: ['emotional.responsiveness', 'emotional.mutual-engagement'] },
      developmental: { grade: 1, band: 'met', practitionerGrade: null, subAreas: ['developmental.stimulation', 'developmental.approval', 'developmental.disapproval', 'developmental.acceptance'] },
    });
  });

  it('grades each need type as the worst of its sub-areas', () => {
    // medical = health 5; nutritional = nutrition 4; physical = worst(4, 2, 3) = 4;
    // supervisory = worst(2, 3, 2, 3) = 3; emotional = worst(1, 2, 2, 1, 1) = 2.
    expect(Object.fromEntries(Object.entries(score().needs).map(([id, n]) => [id, [n.grade, n.band]]))).toEqual({
      medical: [5, 'concern'], nutritional: [4, 'concern'], emotional: [2, 'met'], physical: [4, 'concern'], supervisory: [3, 'borderline'],
    });
    expect(score().needs['physical']?.subAreas).toEqual(['physical.housing', 'physical.clothing', 'physical.hygiene']);
  });

  it('lists strengths, borderline, concerns, not scored and unrated, and completeness', () => {
    expect(score().strengths).toEqual(['physical.clothing', 'safety.in-presence', 'safety.traffic', 'emotional.responsiveness', 'emotional.mutual-engagement', 'developmental.stimulation', 'developmental.approval', 'developmental.acceptance']);
    expect(score().borderline).toEqual(['physical.hygiene', 'safety.in-absence', 'safety.home']);
    expect(score().concerns).toEqual(['physical.nutrition', 'physical.housing', 'physical.health']);
    expect(score().notScored).toEqual(['safety.online']);
    expect(score().unrated).toEqual(['developmental.disapproval']);
    expect(score().completeness).toEqual({ total: 16, scored: 14, notScored: 1, unrated: 1, ratio: 0.875 });
  });

  it('identifies what it scored and how', () => {
    expect(score()).toMatchObject({ family: 'gcp', assessmentId: 'A-G2', childId: 'C-1', instrument: { id: 'gcp2', edition: '2' }, assessedOn: '2025-06-02', direction: 'lower-is-better', aggregation: 'mode-worse', bands: BANDS });
  });

  it('other rules give other area grades', () => {
    const grades = (rule: 'worst' | 'median-worse') => Object.values((scoreAssessment(gcp2Case, { aggregation: rule }) as GcpScore).areas).map((a) => a.grade);
    // worst: physical 5, safety 3, emotional 2, developmental 2.
    expect(grades('worst')).toEqual([5, 3, 2, 2]);
    // median-worse: physical 2,3,4,4,5 → 4; safety 2,2,3,3 → 3; emotional 1,2 → 2; developmental 1,1,2 → 1.
    expect(grades('median-worse')).toEqual([4, 3, 2, 1]);
  });

  it('local bands change the bands, not the grades', () => {
    const strict = { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 5 } };
    const score2 = scoreAssessment(gcp2Case, { bands: strict }) as GcpScore;
    expect(score2.needs['supervisory']).toMatchObject({ grade: 3, band: 'concern' });
    expect(score2.strengths).toEqual(['emotional.responsiveness', 'developmental.approval', 'developmental.acceptance']);
  });
});

describe('golden: GCP (1995), sparse ratings', () => {
  // Computed inside each test, so that mutation testing sees which tests cover it.
  const score = () => scoreAssessment(parseAssessment({
    schemaVersion: 1, id: 'A-G1', instrument: 'gcp', child: { id: 'C-2' }, assessedOn: '2024-02-29',
    ratings: { 'love.carer': 5, 'love.mutual-engagement': 4, 'esteem.stimulation': 3, 'esteem.approval': 3, 'esteem.disapproval': 3, 'esteem.acceptance': 3, 'safety.in-presence': 1, 'safety.in-absence': 'not-scored' },
  })) as GcpScore;

  it('leaves an area with nothing scored ungraded, and its needs not assessed', () => {
    expect(score().areas['physical']).toMatchObject({ grade: null, band: null });
    expect(score().needs['medical']).toMatchObject({ grade: null, band: null });
    expect(score().needs['nutritional']?.grade).toBeNull();
    expect(score().needs['physical']?.grade).toBeNull();
  });

  it('breaks a tie toward the worse grade', () => {
    // love 5, 4 → tie → 5. esteem 3,3,3,3 → 3. safety: 1 (in-absence not scored).
    expect([score().areas['love']?.grade, score().areas['esteem']?.grade, score().areas['safety']?.grade]).toEqual([5, 3, 1]);
    expect(score().needs['emotional']).toMatchObject({ grade: 5, band: 'concern' });
    expect(score().needs['supervisory']).toMatchObject({ grade: 1, band: 'met' });
  });

  it('counts completeness over all thirteen sub-areas', () => {
    expect(score().completeness).toEqual({ total: 13, scored: 7, notScored: 1, unrated: 5, ratio: 7 / 13 });
  });
});

describe('golden: Family Star Plus', () => {
  // Computed inside each test, so that mutation testing sees which tests cover it.
  const score = () => scoreAssessment(parseAssessment({
    schemaVersion: 1, id: 'S-1', instrument: 'family-star-plus', child: { id: 'C-3' }, assessedOn: '2025-09-30',
    ratings: { 'physical-health': 7, 'your-wellbeing': 2, 'meeting-emotional-needs': 'not-scored', 'keeping-children-safe': { grade: 9, note: 'stair gates fitted' }, 'social-networks': 5, 'education-and-learning': 3 },
  })) as StarScore;

  it('reads each area and places it in its stage', () => {
    expect(score().areas).toEqual({
      'physical-health': { reading: 7, stage: 'finding-what-works', status: 'scored' },
      'your-wellbeing': { reading: 2, stage: 'stuck', status: 'scored' },
      'meeting-emotional-needs': { reading: null, stage: null, status: 'not-scored' },
      'keeping-children-safe': { reading: 9, stage: 'effective-parenting', status: 'scored' },
      'social-networks': { reading: 5, stage: 'trying', status: 'scored' },
      'education-and-learning': { reading: 3, stage: 'accepting-help', status: 'scored' },
      'boundaries-and-behaviour': { reading: null, stage: null, status: 'unrated' },
      'family-routine': { reading: null, stage: null, status: 'unrated' },
      'home-and-money': { reading: null, stage: null, status: 'unrated' },
      'progress-to-work': { reading: null, stage: null, status: 'unrated' },
    });
    expect(score().notScored).toEqual(['meeting-emotional-needs']);
    expect(score().unrated).toEqual(['boundaries-and-behaviour', 'family-routine', 'home-and-money', 'progress-to-work']);
    expect(score().completeness).toEqual({ total: 10, scored: 5, notScored: 1, unrated: 4, ratio: 0.5 });
    expect(score()).toMatchObject({ family: 'star', instrument: { id: 'family-star-plus', edition: '1' } });
  });
});

describe('golden: an item-level instrument defined here', () => {
  // Scale 1–4, 1 best: met 1, borderline 2, concern 3–4.
  const homeCheck = defineInstrument({
    id: 'home-check', edition: '2026.1', title: 'Home check', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 4 },
    bands: { met: { min: 1, max: 1 }, borderline: { min: 2, max: 2 }, concern: { min: 3, max: 4 } },
    areas: [
      { id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', items: [{ id: 'breakfast', title: 'Breakfast' }, { id: 'lunch', title: 'Lunch' }, { id: 'tea', title: 'Tea' }] }, { id: 'warmth', title: 'Warmth' }] },
      { id: 'safety', title: 'Safety', subAreas: [{ id: 'supervision', title: 'Supervision', items: [{ id: 'day', title: 'Day' }, { id: 'night', title: 'Night' }] }, { id: 'hazards', title: 'Hazards', items: [{ id: 'stairs', title: 'Stairs' }] }] },
    ],
    needTypes: [{ id: 'nutritional', title: 'Nutritional', kind: 'physical' }, { id: 'physical', title: 'Physical', kind: 'physical' }, { id: 'supervisory', title: 'Supervisory', kind: 'physical' }],
    needs: { 'care.food': 'nutritional', 'care.warmth': 'physical', 'safety.*': 'supervisory' },
  });
  const input = {
    schemaVersion: 1, id: 'H-1', instrument: 'home-check', child: { id: 'C-4' }, assessedOn: '2026-03-01',
    ratings: { 'care.food.breakfast': 1, 'care.food.lunch': 1, 'care.food.tea': 4, 'care.warmth': 2, 'safety.supervision.day': 2, 'safety.supervision.night': 'not-scored', 'safety.hazards.stairs': 'not-scored' },
  };
  const assessment = parseAssessment(input, { instruments: [homeCheck] });

  it('scores the raw input as its parsed copy (items are aggregated, not read as sub-area grades)', () => {
    const raw = scoreAssessment(input as never, { instruments: [homeCheck] }) as GcpScore;
    expect(raw).toEqual(scoreAssessment(assessment));
    expect(raw.subAreas['care.food']?.grade).toBe(1);
  });

  it('derives sub-areas from their items and keeps the item grades', () => {
    const score = scoreAssessment(assessment) as GcpScore;
    // food: 1, 1, 4 → mode 1. supervision: 2 (night not scored). hazards: only item not scored.
    expect(score.subAreas['care.food']).toEqual({ grade: 1, band: 'met', status: 'scored', source: 'items', items: { 'care.food.breakfast': 1, 'care.food.lunch': 1, 'care.food.tea': 4 } });
    expect(score.subAreas['safety.supervision']).toEqual({ grade: 2, band: 'borderline', status: 'scored', source: 'items', items: { 'safety.supervision.day': 2, 'safety.supervision.night': 'not-scored' } });
    expect(score.subAreas['safety.hazards']).toEqual({ grade: null, band: null, status: 'not-scored', source: 'items', items: { 'safety.hazards.stairs': 'not-scored' } });
    // care: food 1, warmth 2 → tie → 2. safety: supervision 2 → 2.
    expect(Object.values(score.areas).map((a) => a.grade)).toEqual([2, 2]);
    expect(Object.values(score.needs).map((n) => n.grade)).toEqual([1, 2, 2]);
  });

  it('applies the rule to items too', () => {
    // worst: food 4 (concern); care worst(4, 2) = 4. median-worse: food 1,1,4 → 1; care 1,2 → 2.
    const worst = scoreAssessment(assessment, { aggregation: 'worst' }) as GcpScore;
    expect([worst.subAreas['care.food']?.grade, worst.areas['care']?.grade, worst.needs['nutritional']?.band]).toEqual([4, 4, 'concern']);
    const median = scoreAssessment(assessment, { aggregation: 'median-worse' }) as GcpScore;
    expect([median.subAreas['care.food']?.grade, median.areas['care']?.grade]).toEqual([1, 2]);
  });
});
