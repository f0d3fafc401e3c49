import { daysBetween, daysInMonth } from './calendar.js';

/**
 * The date a child born on `dateOfBirth` turns `months` whole calendar months old: the same
 * day of the month `months` later, or the last day of that month when it is shorter (born on
 * the 31st, a month later is the 30th, or February's last day) — the rule of date-fns's
 * `addMonths`. Integer arithmetic on the calendar fields, so no time zone (not even one that
 * skipped a day) and no two-digit-year rule of `Date` can move it.
 * Born 2024-09-01: 9 months old on 2025-06-01.
 */
export function monthsBirthday(dateOfBirth: string, months: number): string {
  const monthIndex = Number(dateOfBirth.slice(0, 4)) * 12 + Number(dateOfBirth.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = Math.min(Number(dateOfBirth.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether a child born on `dateOfBirth` is younger than `months` whole calendar months on
 * `on`. N months span 28N to 31N days, so the day count settles most cases; the rest compare
 * with the date the child turns N months.
 */
export function isYoungerThanMonths(dateOfBirth: string, on: string, months: number): boolean {
  const days = daysBetween(dateOfBirth, on);
  if (days < 28 * months) return true;
  if (days >= 31 * months) return false;
  const birthday = monthsBirthday(dateOfBirth, months);
  // A birthday after 9999-12-31 has a five-digit year, which would sort before `on`: every date is before it.
  return birthday.length > on.length || on < birthday;
}

/** Whole calendar months from `dateOfBirth` to `on` (by the same rule). */
export function wholeMonths(dateOfBirth: string, on: string): number {
  let months = (Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(dateOfBirth.slice(5, 7));
  while (months > 0 && monthsBirthday(dateOfBirth, months) > on) months--;
  return months;
}
