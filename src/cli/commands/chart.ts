import { makeIssue } from '../../errors.js';
import { type Assessment, getInstrument, OperationError, OptionsError } from '../../index.js';
import { renderProfileChart, renderStarChart } from '../../svg/index.js';

/** Options of {@link chartCommand}, as `graded-care chart --kind star|profile [--child ID] [--instrument ID]` gives them. */
export interface ChartCommandOptions {
  /** `star`: a Star chart of Star readings; `profile`: a GCP profile of GCP-family assessments. */
  readonly kind: 'star' | 'profile';
  /** The child to draw; needed when the input holds more than one child with such assessments. */
  readonly child?: string;
  /** The instrument; needed when the child has such assessments with more than one instrument. */
  readonly instrument?: string;
}

const KINDS = ['star', 'profile'] as const;

/** At most `n` names, then how many more: a message about an export of thousands of children stays one readable line. */
export function some(names: readonly string[], n = 10): string {
  return names.length <= n ? names.join(', ') : `${names.slice(0, n).join(', ')} and ${names.length - n} more`;
}

/** The one value of `values`, the one `chosen`, or an error naming the option to choose with. */
function pick(values: readonly string[], chosen: string | undefined, option: 'child' | 'instrument', what: string): string {
  const list = some(values);
  if (chosen !== undefined) {
    if (!values.includes(chosen)) throw new OptionsError([makeIssue([option], `one of the ${what} in the input: ${list}`, JSON.stringify(chosen))]);
    return chosen;
  }
  if (values.length > 1) throw new OptionsError([makeIssue([option], `--${option} naming one of the ${what} in the input: ${list}`, 'nothing')]);
  return values[0] as string;
}

/**
 * `graded-care chart`: draws the SVG of one child's history from validated assessments (the
 * CLI frame reads and validates the file) and returns the SVG text, ending in a newline.
 * Only assessments of the kind's family are used (Star readings for `star`, GCP-family for
 * `profile`), so one file can hold both.
 *
 * @throws {@link OptionsError} for an unknown kind, or a child or instrument that must be
 * named or is not in the input; {@link OperationError} `nothing-to-draw` when the input has
 * no assessment of that family; the pictures' own errors otherwise.
 */
export function chartCommand(assessments: readonly Assessment[], options: ChartCommandOptions): string {
  if (!KINDS.includes(options.kind)) {
    throw new OptionsError([makeIssue(['kind'], "'star' or 'profile'", JSON.stringify(options.kind))]);
  }
  const family = options.kind === 'star' ? 'star' : 'gcp';
  const drawable = assessments.filter((a) => getInstrument(a.instrument).family === family);
  if (drawable.length === 0) {
    throw new OperationError('nothing-to-draw', `chart --kind ${options.kind}: the input has no ${family === 'star' ? 'Star readings' : 'GCP-family assessments'}`);
  }
  const child = pick([...new Set(drawable.map((a) => a.child.id))], options.child, 'child', 'children');
  const ofChild = drawable.filter((a) => a.child.id === child);
  const instrument = pick([...new Set(ofChild.map((a) => a.instrument))], options.instrument, 'instrument', `instruments of child ${child}`);
  const history = ofChild.filter((a) => a.instrument === instrument);
  return options.kind === 'star' ? renderStarChart(history) : renderProfileChart(history);
}
