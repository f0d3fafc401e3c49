import { InstrumentError, type Issue, type IssuePath, makeIssue } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import { findForbiddenKeys, FORBIDDEN_KEYS } from '../internal/forbidden-keys.js';
import { deepFreeze } from '../internal/freeze.js';
import { hasVisibleCharacter } from '../internal/visible-text.js';
import { translateZodIssues } from '../internal/zod-issues.js';
import { instrumentDefinitionSchema } from './definition-schema.js';
import { checkBands, checkTiling, checkUnique } from './checks.js';
import { markDefined } from './defined.js';
import { expandNeeds } from './needs.js';
import type {
  Area,
  Bands,
  GradeRange,
  Instrument,
  InstrumentDefinition,
  Item,
  NeedType,
  Stage,
  SubArea,
} from './types.js';

/** Default bands for an n-point scale (n ≥ 3, so each is one grade or more): the best ⌊2n/5⌋ grades met, the worst ⌊2n/5⌋ concern. */
function defaultBands(def: InstrumentDefinition): Bands {
  const n = def.scale.max - def.scale.min + 1;
  const outer = Math.floor((2 * n) / 5);
  const low: GradeRange = { min: def.scale.min, max: def.scale.min + outer - 1 };
  const middle: GradeRange = { min: low.max + 1, max: def.scale.max - outer };
  const high: GradeRange = { min: def.scale.max - outer + 1, max: def.scale.max };
  return def.direction === 'lower-is-better'
    ? { met: low, borderline: middle, concern: high }
    : { met: high, borderline: middle, concern: low };
}

/** Resolves a local or full id against its parent's id; `undefined` if the prefix names another parent. */
function fullId(parentId: string, id: string): string | undefined {
  if (!id.includes('.')) return `${parentId}.${id}`;
  const cut = id.lastIndexOf('.');
  return id.slice(0, cut) === parentId ? id : undefined;
}

function buildAreas(def: InstrumentDefinition, issues: Issue[]): Area[] {
  checkUnique(def.areas.map((a, i) => ({ id: a.id, path: ['areas', i, 'id'] })), 'area', issues);
  return def.areas.map((area, a): Area => {
    const subAreasDef = area.subAreas ?? [];
    if (def.family === 'gcp' && subAreasDef.length === 0) {
      issues.push(makeIssue(['areas', a, 'subAreas'], 'at least one sub-area (GCP-family areas are rated by sub-area)', describeValue(area.subAreas)));
    }
    if (def.family === 'star' && subAreasDef.length > 0) {
      issues.push(makeIssue(['areas', a, 'subAreas'], 'no sub-areas (Star areas are rated directly)', describeValue(area.subAreas)));
    }
    const subAreas = subAreasDef.map((sub, s): SubArea => {
      const subPath = ['areas', a, 'subAreas', s];
      if (sub.areaId !== undefined && sub.areaId !== area.id) {
        issues.push(makeIssue([...subPath, 'areaId'], `"${area.id}" (the enclosing area), or no areaId`, describeValue(sub.areaId)));
      }
      const id = fullId(area.id, sub.id);
      if (id === undefined) {
        issues.push(makeIssue([...subPath, 'id'], `a slug, or a full id starting "${area.id}."`, describeValue(sub.id)));
      }
      const subId = id ?? `${area.id}.${sub.id}`;
      const items = (sub.items ?? []).map((item, i): Item => {
        const itemId = fullId(subId, item.id);
        if (itemId === undefined) {
          issues.push(makeIssue([...subPath, 'items', i, 'id'], `a slug, or a full id starting "${subId}."`, describeValue(item.id)));
        }
        return { id: itemId ?? `${subId}.${item.id}`, title: item.title, ...(item.description === undefined ? {} : { description: item.description }) };
      });
      checkUnique(items.map((it, i) => ({ id: it.id, path: [...subPath, 'items', i, 'id'] })), 'item', issues);
      return {
        id: subId,
        areaId: area.id,
        title: sub.title,
        ...(sub.description === undefined ? {} : { description: sub.description }),
        items,
      };
    });
    checkUnique(subAreas.map((sub, s) => ({ id: sub.id, path: ['areas', a, 'subAreas', s, 'id'] })), 'sub-area', issues);
    return { id: area.id, title: area.title, ...(area.description === undefined ? {} : { description: area.description }), subAreas };
  });
}

/**
 * The ids that become keys of inputs — an area id in `areaGrades`, a Star's `ratings` and a
 * cohort record's `progress`, the instrument id in a policy's `needs` — must be keys every
 * boundary accepts: `constructor` and `prototype`, refused there, are refused here.
 * (Sub-area and item ids are dotted, so never one of them.)
 */
function checkDataKeys(def: InstrumentDefinition, issues: Issue[]): void {
  const ids = [
    { id: def.id, path: ['id'] },
    ...def.areas.map((area, a) => ({ id: area.id, path: ['areas', a, 'id'] })),
  ];
  for (const { id, path } of ids) {
    if (FORBIDDEN_KEYS.has(id)) issues.push(makeIssue(path, 'an id other than "constructor" or "prototype" (it becomes a key of assessments or policies, where those are refused)', describeValue(id)));
  }
}

/**
 * Titles and the edition are shown in reports, pictures and messages (`local@1`): one of
 * white space alone would show nothing there, as a policy's titles would beside a placement,
 * and nor would one of invisible characters (U+200B, U+202E).
 */
function checkShownText(def: InstrumentDefinition, issues: Issue[]): void {
  const shown: [IssuePath, string][] = [
    [['edition'], def.edition],
    [['title'], def.title],
    ...def.areas.flatMap((area, a): [IssuePath, string][] => [
      [['areas', a, 'title'], area.title],
      ...(area.subAreas ?? []).flatMap((sub, s): [IssuePath, string][] => [
        [['areas', a, 'subAreas', s, 'title'], sub.title],
        ...(sub.items ?? []).map((item, i): [IssuePath, string] => [['areas', a, 'subAreas', s, 'items', i, 'title'], item.title]),
      ]),
    ]),
    ...(def.stages ?? []).map((stage, i): [IssuePath, string] => [['stages', i, 'title'], stage.title]),
    ...(def.needTypes ?? []).map((need, i): [IssuePath, string] => [['needTypes', i, 'title'], need.title]),
  ];
  for (const [path, text] of shown) {
    if (!hasVisibleCharacter(text)) issues.push(makeIssue(path, 'text with more than white space or invisible characters (it is shown in reports and pictures)', describeValue(text)));
  }
}

function checkScale(def: InstrumentDefinition, issues: Issue[]): void {
  const { min, max, labels } = def.scale;
  if (max <= min) issues.push(makeIssue(['scale', 'max'], `a grade greater than scale.min (${min})`, describeValue(max)));
  if (labels !== undefined && labels.length > 0 && max > min && labels.length !== max - min + 1) {
    issues.push(makeIssue(['scale', 'labels'], `one label per grade from ${min} to ${max} (${max - min + 1} labels)`, describeValue(labels)));
  }
}

function buildStages(def: InstrumentDefinition, issues: Issue[]): Stage[] {
  const stages = def.stages ?? [];
  if (def.family === 'star' && stages.length === 0) {
    issues.push(makeIssue(['stages'], 'at least one stage (Star readings fall in Journey of Change stages)', describeValue(def.stages)));
  }
  if (def.family === 'gcp' && stages.length > 0) {
    issues.push(makeIssue(['stages'], 'no stages (stages belong to Star instruments)', describeValue(def.stages)));
  }
  checkUnique(stages.map((st, i) => ({ id: st.id, path: ['stages', i, 'id'] })), 'stage', issues);
  if (def.scale.max > def.scale.min) {
    issues.push(...checkTiling(stages.map((st, i) => ({ min: st.min, max: st.max, path: ['stages', i] })), def.scale.min, def.scale.max, 'stages'));
  }
  return stages.map((st) => ({ id: st.id, title: st.title, min: st.min, max: st.max }));
}

function buildBands(def: InstrumentDefinition, issues: Issue[]): Bands | null {
  if (def.family === 'star') {
    if (def.bands !== undefined && def.bands !== null) issues.push(makeIssue(['bands'], 'no bands (bands belong to GCP-family instruments)', 'an object'));
    return null;
  }
  if (def.scale.max <= def.scale.min) return null;
  // Three bands, none empty, tile the scale: on two grades no bands can, given or default.
  if (def.scale.max - def.scale.min < 2) {
    issues.push(makeIssue(['scale', 'max'], `a grade at least scale.min + 2 (${def.scale.min + 2}): a GCP-family scale needs a grade for each band, met, borderline and concern`, describeValue(def.scale.max)));
    return null;
  }
  const bands = def.bands ?? defaultBands(def);
  issues.push(...checkBands(bands, def.direction, def.scale.min, def.scale.max));
  return { met: { ...bands.met }, borderline: { ...bands.borderline }, concern: { ...bands.concern } };
}

function buildNeeds(def: InstrumentDefinition, areas: readonly Area[], issues: Issue[]): { needTypes: NeedType[]; needs: Record<string, string> } {
  const needTypes = (def.needTypes ?? []).map((n) => ({ id: n.id, title: n.title, kind: n.kind }));
  if (def.family === 'star') {
    if (needTypes.length > 0) issues.push(makeIssue(['needTypes'], 'no need types (they belong to GCP-family instruments)', 'an array'));
    if (Object.keys(def.needs ?? {}).length > 0) issues.push(makeIssue(['needs'], 'no need mapping (it belongs to GCP-family instruments)', 'an object'));
    return { needTypes: [], needs: {} };
  }
  checkUnique(needTypes.map((n, i) => ({ id: n.id, path: ['needTypes', i, 'id'] })), 'need type', issues);
  const { needs, issues: needIssues } = expandNeeds(areas, def.needs ?? {}, ['needs'], new Set(needTypes.map((n) => n.id)));
  issues.push(...needIssues);
  return { needTypes, needs };
}

/**
 * Validates an instrument definition and returns it as a frozen {@link Instrument}: full
 * dotted ids, `area.*` need wildcards expanded, default bands and aggregation filled in.
 * Use it for local versions of an instrument, item-level definitions, and licensed
 * descriptor text the package itself must not ship.
 *
 * @throws {@link InstrumentError} listing every problem, each with its path.
 * @example
 * ```ts
 * const mini = defineInstrument({
 *   id: 'mini-gcp', edition: '1', title: 'A two-area check', family: 'gcp', direction: 'lower-is-better',
 *   scale: { min: 1, max: 5 },
 *   areas: [{ id: 'care', title: 'Care', subAreas: [{ id: 'food', title: 'Food' }, { id: 'warmth', title: 'Warmth' }] }],
 *   needTypes: [{ id: 'nutritional', title: 'Nutritional', kind: 'physical' }],
 *   needs: { 'care.food': 'nutritional' },
 * });
 * mini.areas[0]?.subAreas.map((s) => s.id); // ['care.food', 'care.warmth']
 * mini.bands?.concern; // { min: 4, max: 5 }
 * ```
 */
export function defineInstrument(definition: InstrumentDefinition): Instrument {
  const forbidden = findForbiddenKeys(definition);
  if (forbidden.length > 0) throw new InstrumentError(forbidden);
  const parsed = instrumentDefinitionSchema.safeParse(definition);
  if (!parsed.success) throw new InstrumentError(translateZodIssues(parsed.error.issues, definition));
  const def = parsed.data as InstrumentDefinition;
  const issues: Issue[] = [];
  checkDataKeys(def, issues);
  checkShownText(def, issues);
  checkScale(def, issues);
  const areas = buildAreas(def, issues);
  const stages = buildStages(def, issues);
  const bands = buildBands(def, issues);
  const { needTypes, needs } = buildNeeds(def, areas, issues);
  if (issues.length > 0) throw new InstrumentError(issues);
  const instrument: Instrument = {
    id: def.id,
    edition: def.edition,
    title: def.title,
    family: def.family,
    direction: def.direction,
    scale: { min: def.scale.min, max: def.scale.max, labels: [...(def.scale.labels ?? [])] },
    areas,
    stages,
    bands,
    needTypes,
    needs,
    aggregation: def.aggregation ?? 'mode-worse',
    ...(def.source === undefined ? {} : { source: def.source }),
  };
  return markDefined(deepFreeze(instrument));
}
