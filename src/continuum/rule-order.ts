import { type Issue, makeIssue } from '../errors.js';
import { ruleFires } from './rule-fires.js';
import type { PolicyRule, ThresholdPolicyDefinition } from './types.js';

/**
 * A kind of child, as the rules tell children apart: the grade of its needs short of met
 * (`null`: every need met), and whether one is a need type immediate-safety watches, is
 * persistent, is in a high-risk group, or is one of concerns spanning
 * `seriousImpairmentMinAreas` areas. Each rule only fires more as needs are added, so a rule
 * fires first on some child if and only if it does on one of these kinds.
 */
interface Kind {
  readonly grade: number | null;
  readonly watched: boolean;
  readonly persistent: boolean;
  readonly highRisk: boolean;
  readonly manyAreas: boolean;
}

/** What a policy's numbers make of a kind of child: which grades are at or beyond which, and which rules fire. */
function numbersOf(def: ThresholdPolicyDefinition) {
  const { met, borderline, concern } = def.bands;
  // Met lies at the better end of the scale, whichever way it runs.
  const lowerIsBetter = concern.min > met.max;
  const atOrBeyond = (grade: number | null, threshold: number) => grade !== null && (lowerIsBetter ? grade >= threshold : grade <= threshold);
  const inBand = (grade: number | null, band: { min: number; max: number }) => grade !== null && grade >= band.min && grade <= band.max;
  const fires = (rule: PolicyRule, kind: Kind): boolean => {
    const atConcern = inBand(kind.grade, concern);
    const serious = atOrBeyond(kind.grade, def.seriousImpairmentGrade) || (atConcern && (kind.manyAreas || def.seriousImpairmentMinAreas === 1 || kind.highRisk));
    // Only immediate-safety has a grade; the facts are placement's, so each rule's condition is ruleFires's.
    const immediateSafety = kind.watched && rule.grade !== undefined && atOrBeyond(kind.grade, rule.grade);
    return ruleFires(rule.id, { immediateSafety, d1: atConcern, d2: kind.persistent && serious, persistent: kind.persistent, serious, borderline: inBand(kind.grade, borderline) });
  };
  return { atOrBeyond, fires };
}

type Numbers = ReturnType<typeof numbersOf>;

/** Why, where no one rule explains it (two rules cover one between them). */
const underTheNumbers = (def: ThresholdPolicyDefinition) => `under the policy's bands and seriousImpairmentGrade ${def.seriousImpairmentGrade}`;

/**
 * Every kind of child under a policy's bands. It takes every need type but those
 * immediate-safety watches to exist, and an instrument's own need mapping to give each
 * sub-area a need type (a policy's must), so that concerns always show in Definition 1.
 */
function kindsOf(def: ThresholdPolicyDefinition): Kind[] {
  const { borderline, concern } = def.bands;
  const grades: (number | null)[] = [null];
  for (const band of [borderline, concern]) for (let grade = band.min; grade <= band.max; grade++) grades.push(grade);
  const both = [false, true];
  const kinds: Kind[] = [];
  for (const grade of grades) {
    // Persistence and high risk bear only on needs at concern, and groups only when the policy has one.
    const persistence = grade !== null && grade >= concern.min && grade <= concern.max ? both : [false];
    const highRisk = def.highRiskGroups.length > 0 ? both : [false];
    for (const watched of both) for (const persistent of persistence) for (const risk of highRisk) for (const manyAreas of both) kinds.push({ grade, watched, persistent, highRisk: risk, manyAreas });
  }
  return kinds;
}

/** The subsets of `items` of `size` items, in order (`[0, 1]` before `[0, 2]`). */
function subsets(items: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

/**
 * Per rule, `null` when it can fire (on some kind of child no earlier rule fires on), else
 * the fewest earlier rules that between them fire on every kind it fires on, earliest first.
 */
function coveringRules(rules: readonly PolicyRule[], kinds: readonly Kind[], { fires }: Numbers): (number[] | null)[] {
  const firing = rules.map((rule) => kinds.map((kind) => fires(rule, kind)));
  return rules.map((_, i) => {
    const its = kinds.flatMap((_, k) => ((firing[i] as boolean[])[k] ? [k] : []));
    if (its.some((k) => firing.findIndex((row) => row[k]) === i)) return null;
    const earlier = rules.slice(0, i).map((_, j) => j);
    for (let size = 1; size <= i; size++) {
      const cover = subsets(earlier, size).find((subset) => its.every((k) => subset.some((j) => (firing[j] as boolean[])[k])));
      if (cover !== undefined) return cover;
    }
    // A rule that fires on no kind of child (none can: each fires on some grade short of met).
    return [];
  });
}

/** Why `coverer` fires first on every child `rule` fires on, where it alone covers it. */
function why(coverer: PolicyRule, rule: PolicyRule, def: ThresholdPolicyDefinition, { atOrBeyond }: Numbers): string {
  const sig = `seriousImpairmentGrade ${def.seriousImpairmentGrade}`;
  const oneArea = 'with seriousImpairmentMinAreas 1, a need at concern makes serious impairment likely';
  const grade = rule.grade as number;
  switch (`${coverer.id} ${rule.id}`) {
    case 'definition-2-partial definition-2':
      return 'Definition 2 needs a persistent need';
    case 'definition-1 definition-2':
      return 'a persistent need is at concern';
    case 'definition-1 definition-2-partial':
      return `${sig} is a concern grade`;
    case 'definition-1 immediate-safety':
      return `its grade ${grade} is a concern grade`;
    case 'definition-2-partial definition-1':
      return def.seriousImpairmentMinAreas === 1 ? oneArea : `every concern grade is at or beyond ${sig}`;
    case 'definition-2-partial borderline':
      return `every borderline grade is at or beyond ${sig}`;
    case 'definition-2-partial immediate-safety':
      return atOrBeyond(grade, def.seriousImpairmentGrade) ? `its grade ${grade} is at or beyond ${sig}` : `its grade ${grade} is a concern grade, and ${oneArea}`;
    default:
      return underTheNumbers(def);
  }
}

/**
 * Rules that can never fire: every child they would fire on meets an earlier rule first, so
 * the order (or the numbers) would silently place those children at the earlier rule's level
 * (definition-1 before definition-2 places every child meeting Definition 2 at early help;
 * seriousImpairmentGrade 4 under the reference bands puts every child with a concern at
 * definition-2-partial, before definition-1). Each is named with the rules that cover it
 * and what to do: move it before them, unless another rule could then never fire.
 */
export function unreachableRuleIssues(def: ThresholdPolicyDefinition): Issue[] {
  const kinds = kindsOf(def);
  const numbers = numbersOf(def);
  const covered = coveringRules(def.rules, kinds, numbers);
  const issues: Issue[] = [];
  covered.forEach((coverers, i) => {
    if (coverers === null || coverers.length === 0) return;
    const rule = def.rules[i] as PolicyRule;
    const named = coverers.map((j) => `${(def.rules[j] as PolicyRule).id} (rules[${j}])`).join(' or ');
    const reason = coverers.length === 1 ? why(def.rules[coverers[0] as number] as PolicyRule, rule, def, numbers) : underTheNumbers(def);
    // Moved before the first of them, would it fire, and every rule that fires now still?
    const earliest = coverers[0] as number;
    const moved = [...def.rules.slice(0, earliest), rule, ...def.rules.slice(earliest, i), ...def.rules.slice(i + 1)];
    const after = coveringRules(moved, kinds, numbers);
    const lost = moved.find((r, m) => after[m] !== null && (r === rule || covered[def.rules.indexOf(r)] === null));
    const first = (def.rules[earliest] as PolicyRule).id;
    const advice =
      lost === undefined
        ? `put ${rule.id} before ${coverers.length === 1 ? 'it' : first}, or drop it`
        : `drop it, or change the numbers (before ${first}, ${lost.id} could never fire in turn)`;
    issues.push(makeIssue(['rules', i, 'id'], `a rule that can fire: ${named} fires first on every child ${rule.id} fires on (${reason}); ${advice}`, `"${rule.id}" after ${coverers.length === 1 ? 'it' : 'them'}`));
  });
  return issues;
}
