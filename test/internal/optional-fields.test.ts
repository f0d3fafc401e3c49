import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AreaDefinition,
  type CohortRecord,
  defineInstrument,
  definePolicy,
  type InstrumentDefinition,
  type ItemDefinition,
  type PolicyRule,
  referencePolicy,
  type ScaleDefinition,
  type SubAreaDefinition,
  summariseCohort,
  type ThresholdPolicyDefinition,
} from '../../src/index.js';
import type { RefusingUndefined } from '../support/types.js';

/*
 * Definitions and records are plain data, as JSON would write them: a field given as
 * `undefined` is absent. The runtime has always read them so; the types say it too, so that
 * strict TypeScript (exactOptionalPropertyTypes) can pass a field that may be undefined.
 */

const bare: InstrumentDefinition = {
  id: 'local', edition: '1', title: 'Local', family: 'gcp', direction: 'lower-is-better', scale: { min: 1, max: 3 },
  areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food', items: [{ id: 'breakfast', title: 'Breakfast' }] }] }],
};

describe('a field of a definition or record given as undefined is absent', () => {
  it('in an instrument definition, at every level', () => {
    const given: InstrumentDefinition = {
      ...bare,
      scale: { min: 1, max: 3, labels: undefined },
      areas: [{ id: 'care', title: 'Care', description: undefined, subAreas: [{ id: 'food', title: 'Food', areaId: undefined, description: undefined, items: [{ id: 'breakfast', title: 'Breakfast', description: undefined }] }] }],
      stages: undefined, bands: undefined, needTypes: undefined, needs: undefined, aggregation: undefined, source: undefined,
    };
    expect(defineInstrument(given)).toStrictEqual(defineInstrument(bare));
  });

  it('in a threshold policy and its rules', () => {
    const given: ThresholdPolicyDefinition = {
      ...referencePolicy,
      title: undefined,
      rules: referencePolicy.rules.map((rule) => (rule.id === 'immediate-safety' ? rule : { ...rule, urgent: undefined, needTypes: undefined, grade: undefined })),
    };
    const without: ThresholdPolicyDefinition = {
      ...referencePolicy,
      title: referencePolicy.id,
      rules: referencePolicy.rules.map((rule) => (rule.id === 'immediate-safety' ? rule : { id: rule.id, level: rule.level })),
    };
    expect(definePolicy(given)).toStrictEqual(definePolicy(without));
  });

  it('in a cohort record', () => {
    const record = (progress: CohortRecord['progress']): CohortRecord => ({ child: { id: 'C-1', locality: 'North' }, level: 'early-help', needsAtConcern: [], progress });
    const options = { population: { North: 10_000 }, groupBy: 'locality' as const };
    expect(summariseCohort([record(undefined)], options)).toStrictEqual(summariseCohort([{ child: { id: 'C-1', locality: 'North' }, level: 'early-help', needsAtConcern: [] }], options));
  });

  it('and the types say so', () => {
    type Inputs = {
      InstrumentDefinition: InstrumentDefinition;
      AreaDefinition: AreaDefinition;
      SubAreaDefinition: SubAreaDefinition;
      ItemDefinition: ItemDefinition;
      ScaleDefinition: ScaleDefinition;
      ThresholdPolicyDefinition: ThresholdPolicyDefinition;
      PolicyRule: PolicyRule;
      CohortRecord: CohortRecord;
    };
    expectTypeOf<{ [N in keyof Inputs]: RefusingUndefined<Inputs[N]> }>().toEqualTypeOf<{ [N in keyof Inputs]: never }>();
  });
});
