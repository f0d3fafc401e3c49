import { addMonths } from 'date-fns';
import { daysBetween } from './calendar.js';

/** A calendar date as a local-midnight `Date`, the form date-fns's calendar functions expect. */
function localDate(date: string): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** `YYYY-MM-DD` of a local `Date`, read back by its calendar fields (never through UTC). */
function calendarOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The date a child born on `dateOfBirth` turns `months` whole calendar months old, by
 * date-fns's `addMonths` (a birthday on the 31st falls on the last day of a shorter month).
 * Born 2024-09-01: 9 months old on 2025-06-01.
 */
export function monthsBirthday(dateOfBirth: string, months: number): string {
  return calendarOf(addMonths(localDate(dateOfBirth), months));
}

/**
 * Whether a child born on `dateOfBirth` is younger than `months` whole calendar months on
 * `on`. N months span 28N to 31N days, so the day count settles most cases; the rest go to
 * date-fns's calendar months.
 */
export function isYoungerThanMonths(dateOfBirth: string, on: string, months: number): boolean {
  const days = daysBetween(dateOfBirth, on);
  if (days < 28 * months) return true;
  if (days >= 31 * months) return false;
  return on < monthsBirthday(dateOfBirth, months);
}

/** Whole calendar months from `dateOfBirth` to `on` (by the same `addMonths` rule). */
export function wholeMonths(dateOfBirth: string, on: string): number {
  let months = (Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))) * 12 + Number(on.slice(5, 7)) - Number(dateOfBirth.slice(5, 7));
  while (months > 0 && monthsBirthday(dateOfBirth, months) > on) months--;
  return months;
}
