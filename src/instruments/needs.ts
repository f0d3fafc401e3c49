import { type Issue, type IssuePath, makeIssue } from '../errors.js';
import { describeValue } from '../internal/describe.js';
import type { Area } from './types.js';

/**
 * Expands a need mapping (sub-area id or `area.*` → need type) over an instrument's areas
 * into explicit sub-area → need type, in instrument order. An explicit key wins over a
 * wildcard. Keys naming no real sub-area or area, and need types outside `needTypes` (when
 * given), are reported at `path`.
 */
export function expandNeeds(
  areas: readonly Area[],
  mapping: Readonly<Record<string, string>>,
  path: IssuePath = [],
  needTypes?: ReadonlySet<string>,
): { needs: Record<string, string>; issues: Issue[] } {
  const issues: Issue[] = [];
  const subAreaIds = new Set(areas.flatMap((area) => area.subAreas.map((sub) => sub.id)));
  const wildcard = new Map<string, string>();
  const explicit = new Map<string, string>();
  for (const [key, needType] of Object.entries(mapping)) {
    if (needTypes !== undefined && !needTypes.has(needType)) {
      issues.push(makeIssue([...path, key], `a declared need type (${[...needTypes].join(', ') || 'none declared'})`, describeValue(needType)));
    }
    if (key.endsWith('.*')) {
      const areaId = key.slice(0, -2);
      if (!areas.some((area) => area.id === areaId)) {
        issues.push(makeIssue([...path, key], 'a sub-area id, or "area.*" naming a real area', `the unknown area ${JSON.stringify(areaId)}`));
      }
      wildcard.set(areaId, needType);
    } else if (subAreaIds.has(key)) {
      explicit.set(key, needType);
    } else {
      issues.push(makeIssue([...path, key], 'a sub-area id of the instrument', `the unknown sub-area ${JSON.stringify(key)}`));
    }
  }
  const needs: Record<string, string> = {};
  for (const area of areas) {
    for (const sub of area.subAreas) {
      const needType = explicit.get(sub.id) ?? wildcard.get(area.id);
      if (needType !== undefined) needs[sub.id] = needType;
    }
  }
  return { needs, issues };
}
