/**
 * Whether a population group's name reads as `total`, the whole area's name in the output: in
 * any case (Excel matches names so) and with white space at its ends (a padded cell), so that
 * a spreadsheet's totals row is not read as one more group, doubling the area's population.
 * The library and the CLI's population file both refuse such a name by this one rule.
 */
export function readsAsTotal(group: string): boolean {
  return group.trim().toLowerCase() === 'total';
}
