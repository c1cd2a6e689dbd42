// Haven's own Belarusian date and country data must say what CLDR says. Node.js carries full ICU data
// for `be`, so here Intl is the reference the browser lacks; the fallback path is exercised directly.
import { describe, expect, it } from 'vitest';
import { BE_FORMATTING } from './be-formatting.ts';
import { ISO_COUNTRIES } from './countries.ts';
import {
  countryName,
  formatDate,
  formatDateTime,
  intlKnows,
  monthName,
  ownDate,
  weekdayName,
} from './intl.ts';

describe('Belarusian formatting data', () => {
  const days = ['2026-01-05', '2026-02-28', '2026-05-01', '2026-08-19', '2026-12-31'];

  it('Node.js has Belarusian ICU data, so it can check Haven’s', () => {
    expect(intlKnows('be')).toBe(true);
    expect(intlKnows('uk')).toBe(true);
    // A language no ICU carries is detected as a fallback.
    expect(intlKnows('tlh')).toBe(false);
  });

  it('medium and long dates match CLDR for every month', () => {
    for (const iso of days) {
      const date = new Date(`${iso}T12:00:00Z`);
      const [, month, day] = iso.split('-').map(Number);
      const medium = new Intl.DateTimeFormat('be', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
      const long = new Intl.DateTimeFormat('be', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      expect(`${day} ${BE_FORMATTING.monthsShort[(month ?? 1) - 1]} 2026${BE_FORMATTING.yearSuffix}`).toBe(
        medium,
      );
      expect(`${day} ${BE_FORMATTING.monthsGenitive[(month ?? 1) - 1]} 2026${BE_FORMATTING.yearSuffix}`).toBe(
        long,
      );
    }
  });

  it('Haven’s own date formatting writes what Intl writes where it has the data', () => {
    for (const iso of days) {
      const date = new Date(`${iso}T21:30:00Z`);
      for (const style of ['medium', 'long'] as const) {
        for (const timeZone of ['UTC', 'Europe/Minsk']) {
          expect(ownDate(date, style, timeZone)).toBe(
            new Intl.DateTimeFormat('be', { dateStyle: style, timeZone }).format(date),
          );
        }
      }
    }
  });

  it('weekday and country names match CLDR', () => {
    for (let day = 1; day <= 7; day++) {
      const date = new Date(Date.UTC(2024, 0, day));
      expect(BE_FORMATTING.weekdaysLong[day - 1]).toBe(
        new Intl.DateTimeFormat('be', { weekday: 'long', timeZone: 'UTC' }).format(date),
      );
    }
    const regions = new Intl.DisplayNames(['be'], { type: 'region' });
    for (const code of ISO_COUNTRIES)
      expect((BE_FORMATTING.countries as Record<string, string>)[code]).toBe(regions.of(code));
  });
});

describe('formatting in the interface language', () => {
  it('uses Intl where it knows the language', () => {
    expect(formatDate('2026-12-02', 'uk')).toBe(
      new Intl.DateTimeFormat('uk', { dateStyle: 'medium' }).format(new Date('2026-12-02T12:00:00Z')),
    );
    expect(weekdayName(1, 'ro', 'long')).toBe('luni');
    expect(monthName(12, 'ru')).toBe('декабрь');
    expect(countryName('MD', 'uk')).toBe('Молдова');
    expect(formatDateTime('2026-12-02T06:19:00Z', 'en')).toMatch(/2 Dec 2026|Dec 2, 2026/);
  });

  it('gives back what it cannot read, and nothing for nothing', () => {
    expect(formatDate(null, 'be')).toBe('');
    expect(formatDate('not a date', 'be')).toBe('not a date');
    expect(countryName('XX', 'be')).toBe('XX');
  });
});
