import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isCalendarDate } from '../../src/internal/calendar.js';
import { fc, PROPERTY_RUNS } from '../support/fc.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The pattern zod's `iso.date()` validates with: the contract's definition of a date. */
const CALENDAR_DATE = z.regexes.date;

describe('calendar dates', () => {
  it('agrees with the pattern on every day-like string of four centuries (1800–2200, months 00–13, days 00–32)', () => {
    let disagreements = 0;
    let valid = 0;
    for (let year = 1800; year <= 2200; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const expected = CALENDAR_DATE.test(text);
          if (expected) valid++;
          if (isCalendarDate(text) !== expected) disagreements++;
        }
      }
    }
    expect(disagreements).toBe(0);
    // 401 years hold 146,462 days (97 leap years among them).
    expect(valid).toBe(401 * 365 + 97);
  });

  it('agrees with the pattern on arbitrary strings', () => {
    const dateish = fc.stringMatching(/^[0-9-]{8,12}$/);
    fc.assert(fc.property(fc.oneof(fc.string(), dateish), (text) => isCalendarDate(text) === CALENDAR_DATE.test(text)), PROPERTY_RUNS);
  });

  it('knows the leap-year rules', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate(20250101)).toBe(false);
  });
});
