import { type Issue, makeIssue } from '../errors.js';
import type { PolicyRule, RuleId, ThresholdPolicyDefinition } from './types.js';

/**
 * The rules that fire on every child `rule` fires on, under the policy's numbers, with why:
 * `rule` placed after one of them can never fire. Definition 2 needs a persistent need, and
 * a persistent need is at concern (Definition 1); serious impairment needs a need at concern
 * when its grade is a concern grade (each area at concern has a sub-area at concern, whose
 * need type is then at concern, and the high-risk reason needs a need at concern); so does
 * immediate-safety at a concern grade, and at a grade at or beyond the serious-impairment
 * grade it makes serious impairment likely. (Only an instrument's own mapping, for an
 * instrument the policy does not map, may leave a sub-area of no need type; a policy that
 * would rest definition-2-partial on that alone is too odd to keep the check from the rest.)
 */
function coveringRules(rule: PolicyRule, def: ThresholdPolicyDefinition): [RuleId, string][] {
  const { met, concern } = def.bands;
  const sig = def.seriousImpairmentGrade;
  const isConcern = (grade: number) => grade >= concern.min && grade <= concern.max;
  const grade = rule.grade as number;
  switch (rule.id) {
    case 'definition-2':
      return [['definition-2-partial', 'Definition 2 needs a persistent need'], ['definition-1', 'a persistent need is at concern']];
    case 'definition-2-partial':
      return isConcern(sig) ? [['definition-1', `seriousImpairmentGrade ${sig} is a concern grade`]] : [];
    case 'immediate-safety': {
      const out: [RuleId, string][] = [];
      // At or beyond, whichever way the bands run (met at the better end).
      if (concern.min > met.max ? grade >= sig : grade <= sig) out.push(['definition-2-partial', `its grade ${grade} is at or beyond seriousImpairmentGrade ${sig}`]);
      if (isConcern(grade)) out.push(['definition-1', `its grade ${grade} is a concern grade`]);
      return out;
    }
    default:
      return [];
  }
}

/**
 * Rules placed after a rule that fires on every child they fire on: they can never fire, so
 * the order would silently place those children at the earlier rule's level (definition-1
 * before definition-2 places every child meeting Definition 2 at early help).
 */
export function unreachableRuleIssues(def: ThresholdPolicyDefinition): Issue[] {
  const issues: Issue[] = [];
  def.rules.forEach((rule, i) => {
    // The earliest of the rules that cover it, if any comes before it.
    let first: { at: number; id: RuleId; why: string } | undefined;
    for (const [id, why] of coveringRules(rule, def)) {
      const at = def.rules.findIndex((r) => r.id === id);
      if (at >= 0 && at < i && (first === undefined || at < first.at)) first = { at, id, why };
    }
    if (first !== undefined) {
      const { at, id, why } = first;
      issues.push(makeIssue(['rules', i, 'id'], `a rule that can fire: ${id} (rules[${at}]) fires first on every child ${rule.id} fires on (${why}); put ${rule.id} before it, or drop it`, `"${rule.id}" after it`));
    }
  });
  return issues;
}
