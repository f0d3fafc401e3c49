import { addDays as fnsAddDays, addMonths, differenceInCalendarDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isYoungerThanMonths, monthsBirthday, wholeMonths } from '../../src/internal/age.js';
import { daysBetween, epochDay, fromEpochDay } from '../../src/internal/calendar.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';

/*
 * Date tests. `npm test` runs this file (and the progress and continuum tests) again under
 * TZ=UTC, Pacific/Chatham, America/Sao_Paulo and Pacific/Apia (which skipped 2011-12-30):
 * day counts must not move with the zone. The references are hand-worked tables, and date-fns
 * on local-midnight dates wherever the zone has that local midnight.
 */

/** A day `days` after `date`, as the package computes review dates. */
const addDays = (date: string, days: number) => fromEpochDay(epochDay(date) + days);
const local = (date: string) => new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
/** Whether this zone has the date's local midnight (Apia has no 2011-12-30), so date-fns can stand for it. */
const existsHere = (date: string) => format(local(date), 'yyyy-MM-dd') === date;

// Days around clock changes in the zones under test, and leap days.
const AWKWARD = [
  '2018-11-03', '2018-11-04', '2018-11-05', '2019-02-16', '2019-02-17', // São Paulo DST began/ended at midnight
  '2025-04-05', '2025-04-06', '2025-09-27', '2025-09-28', // Chatham DST ends / begins
  '2025-03-29', '2025-03-30', '2025-10-25', '2025-10-26', // UK clock changes
  '2024-02-28', '2024-02-29', '2024-03-01', '2000-02-29', '1900-02-28', '1900-03-01',
  '2011-12-29', '2011-12-30', '2011-12-31', // Apia skipped 2011-12-30
];

const dateArbitrary = fc.date({ min: new Date('1901-01-01T12:00:00Z'), max: new Date('2099-12-31T12:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar arithmetic', () => {
  it('runs in the time zone it was asked to', () => {
    const zone = process.env['TZ'];
    if (zone !== undefined && zone !== '') expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone === 'UTC' ? 'UTC' : zone);
  });

  it('counts day numbers from 1970-01-01', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('2000-03-01')).toBe(11_017);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(fromEpochDay(epochDay('2024-02-29'))).toBe('2024-02-29');
  });

  it('answers a date asked for again, alone or in turn with others, as the first time', () => {
    expect([epochDay('2000-03-01'), epochDay('2000-03-01'), epochDay('1970-01-02'), epochDay('2000-03-01'), epochDay('1970-01-02')]).toEqual([11_017, 11_017, 1, 11_017, 1]);
    expect(daysBetween('2024-02-28', '2024-02-28')).toBe(0);
    expect([daysBetween('2024-02-28', '2024-03-01'), daysBetween('2024-03-01', '2024-02-28')]).toEqual([2, -2]);
  });

  it('agrees with date-fns differenceInCalendarDays across clock changes and leap days', () => {
    for (const from of AWKWARD.filter(existsHere)) {
      for (const to of AWKWARD.filter(existsHere)) expect(daysBetween(from, to)).toBe(differenceInCalendarDays(local(to), local(from)));
    }
    expect(daysBetween('2024-02-28', '2025-02-28')).toBe(366);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });

  it('agrees with date-fns on arbitrary dates', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, fc.integer({ min: -800, max: 800 }), (from, to, days) => {
        fc.pre(existsHere(from) && existsHere(to) && existsHere(addDays(from, days)));
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(local(to), local(from)));
        expect(addDays(from, days)).toBe(format(fnsAddDays(local(from), days), 'yyyy-MM-dd'));
        expect(fromEpochDay(epochDay(from))).toBe(from);
      }),
      PROPERTY_RUNS,
    );
  });

  it('whole calendar months, worked by hand, whatever the zone and however early the year', () => {
    const table: [string, number, string][] = [
      ['2024-09-01', 9, '2025-06-01'],
      ['2024-01-31', 1, '2024-02-29'],
      ['2023-01-31', 1, '2023-02-28'],
      ['2024-03-31', 1, '2024-04-30'],
      ['2024-08-31', 6, '2025-02-28'],
      ['2023-05-31', 9, '2024-02-29'],
      ['2011-11-30', 1, '2011-12-30'], // a day Apia skipped: still the calendar's 30 December
      ['0050-01-31', 9, '0050-10-31'], // years below 100 are not read as 19xx
      ['0099-12-15', 1, '0100-01-15'],
      ['2024-12-31', 0, '2024-12-31'],
    ];
    for (const [born, months, expected] of table) expect(monthsBirthday(born, months)).toBe(expected);
    expect(wholeMonths('2011-11-30', '2011-12-30')).toBe(1);
    expect(wholeMonths('0050-01-31', '0050-10-15')).toBe(8);
    expect(isYoungerThanMonths('0050-01-31', '0050-10-30', 9)).toBe(true);
    expect(isYoungerThanMonths('0050-01-31', '0050-10-31', 9)).toBe(false);
    // A birthday past 9999 (written 10000-…) is after every date: 8 and 57 months old here.
    expect(monthsBirthday('9999-04-01', 9)).toBe('10000-01-01');
    expect(isYoungerThanMonths('9999-04-01', '9999-12-20', 9)).toBe(true);
    expect(isYoungerThanMonths('9995-03-15', '9999-12-31', 60)).toBe(true);
    expect(isYoungerThanMonths('9999-03-31', '9999-12-31', 9)).toBe(false);
  });

  it('whole calendar months follow date-fns addMonths, end-of-month included', () => {
    // Design §4: born 2024-09-01 is 8 months old on 2025-05-31 and 9 on 2025-06-01.
    expect(isYoungerThanMonths('2024-09-01', '2025-05-31', 9)).toBe(true);
    expect(isYoungerThanMonths('2024-09-01', '2025-06-01', 9)).toBe(false);
    expect(wholeMonths('2024-09-01', '2025-05-31')).toBe(8);
    expect(wholeMonths('2024-09-01', '2025-06-01')).toBe(9);
    // Born on the 31st: a month later is the last day of the shorter month.
    expect(monthsBirthday('2024-01-31', 1)).toBe('2024-02-29');
    expect(wholeMonths('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBirthday('2018-02-04', 9)).toBe('2018-11-04'); // a midnight São Paulo skipped
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1000 }), (born, months, age) => {
        fc.pre(existsHere(born) && existsHere(monthsBirthday(born, months)));
        const birthday = format(addMonths(local(born), months), 'yyyy-MM-dd');
        expect(monthsBirthday(born, months)).toBe(birthday);
        const on = addDays(born, age);
        expect(isYoungerThanMonths(born, on, months)).toBe(on < birthday);
        expect(isYoungerThanMonths(born, birthday, months)).toBe(false);
        expect(isYoungerThanMonths(born, addDays(birthday, -1), months)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
