/**
 * A population group's name as a spreadsheet reads it: white space at its ends dropped (a
 * padded cell) and in lower case (Excel matches names so). Two names that fold alike are one
 * group to a reader, though not to the library.
 */
export function foldGroupName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Whether a population group's name reads as `total`, the whole area's name in the output, so
 * that a spreadsheet's totals row is not read as one more group, doubling the area's
 * population. The library and the CLI's population file both refuse such a name by this rule.
 */
export function readsAsTotal(group: string): boolean {
  return foldGroupName(group) === 'total';
}
