import type { RuleId } from './types.js';

/** What the rules read of a child: the facts placement works out, and the rule-order check supposes of each kind of child. */
export interface RuleFacts {
  /** The immediate-safety rule's test: a need type it watches at or beyond its grade. */
  readonly immediateSafety: boolean;
  /** Definition 1 (Early Help) met. */
  readonly d1: boolean;
  /** Definition 2 (Safeguarding and Child Protection) met. */
  readonly d2: boolean;
  /** A persistent need type. */
  readonly persistent: boolean;
  /** Serious impairment likely. */
  readonly serious: boolean;
  /** A need type borderline in the latest assessment. */
  readonly borderline: boolean;
}

/** Whether a rule fires on a child of these facts: each rule's condition, stated once for placement and for the rule-order check. */
export function ruleFires(id: RuleId, facts: RuleFacts): boolean {
  switch (id) {
    case 'immediate-safety':
      return facts.immediateSafety;
    case 'definition-2':
      return facts.d2;
    case 'definition-2-partial':
      return facts.persistent || facts.serious;
    case 'definition-1':
      return facts.d1;
    case 'borderline':
      return facts.borderline;
    default:
      return true;
  }
}
