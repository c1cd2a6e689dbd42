import type { CountryCode } from '../geo/index.ts';

// Legal periods are counted in calendar days where the child is, never in UTC: a presumption recorded
// at 23:30 in Kyiv (21:30 UTC) starts the period that same Kyiv day.
export const COUNTRY_TIME_ZONES: Record<CountryCode, string> = {
  UA: 'Europe/Kyiv',
  MD: 'Europe/Chisinau',
  BY: 'Europe/Minsk',
};

const DAY_MS = 86_400_000;

/** A real calendar day, written YYYY-MM-DD (rejects 2024-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Day number since 1970-01-01, computed in UTC so no local offset or DST shift can move it. */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The calendar day an ISO timestamp falls on in a time zone (e.g. the country of the case). */
export function calendarDateIn(timestamp: string, timeZone: string): string {
  const instant = new Date(timestamp);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a timestamp: ${timestamp}`);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
