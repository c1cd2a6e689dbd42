// Dates, weekdays, numbers and country names in the interface language. Intl does the work wherever
// the browser has data for the language; where it silently falls back (Chromium has no ICU data for
// Belarusian, and answers in English), Haven's own data (be-formatting.ts) takes over, so a page never
// mixes two languages.
import { BE_FORMATTING } from './be-formatting.ts';

type DateStyle = 'medium' | 'long';

const knownCache = new Map<string, boolean>();

/** True when the browser's Intl really formats in `locale` rather than falling back to another one. */
export function intlKnows(locale: string, kind: 'date' | 'region' = 'date'): boolean {
  const key = `${kind}:${locale}`;
  let known = knownCache.get(key);
  if (known === undefined) {
    try {
      const resolved =
        kind === 'date'
          ? new Intl.DateTimeFormat(locale).resolvedOptions().locale
          : new Intl.DisplayNames([locale], { type: 'region' }).resolvedOptions().locale;
      known = resolved.split('-')[0] === locale.split('-')[0];
    } catch {
      known = false;
    }
    knownCache.set(key, known);
  }
  return known;
}

/** Numbers: Belarusian writes them as Russian does (space groups, decimal comma), words aside. */
function numberLocale(locale: string): string {
  return locale === 'be' && !intlKnows('be') ? 'ru' : locale;
}

/** Day, month, year, hour and minute as numbers in the given time zone (the browser's own by default). */
function numericParts(date: Date, timeZone?: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: Number(get('month')),
    day: String(Number(get('day'))),
    time: `${get('hour')}:${get('minute')}`,
  };
}

function haveOwnDate(locale: string): boolean {
  return locale === 'be' && !intlKnows('be');
}

/** "2 сне 2026 г." / "2 снежня 2026 г." (Belarusian: months in the genitive after a day). */
export function ownDate(date: Date, style: DateStyle, timeZone?: string): string {
  const { year, month, day } = numericParts(date, timeZone);
  const months = style === 'long' ? BE_FORMATTING.monthsGenitive : BE_FORMATTING.monthsShort;
  return `${day} ${months[month - 1]} ${year}${BE_FORMATTING.yearSuffix}`;
}

/** A parsed date, or null. A bare calendar date is read at noon UTC so no time zone moves its day. */
export function parseDate(value: string | Date): Date | null {
  const date =
    typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(
  value: string | Date | null,
  locale: string,
  options: { style?: DateStyle; timeZone?: string } = {},
): string {
  if (!value) return '';
  const date = parseDate(value);
  if (!date) return String(value);
  const style = options.style ?? 'medium';
  if (haveOwnDate(locale)) return ownDate(date, style, options.timeZone);
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: options.timeZone }).format(date);
}

export function formatDateTime(value: string | Date | null, locale: string): string {
  if (!value) return '';
  const date = parseDate(value);
  if (!date) return String(value);
  if (haveOwnDate(locale)) return `${ownDate(date, 'medium')}, ${numericParts(date).time}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export function weekdayName(day: number, locale: string, width: 'long' | 'short' = 'short'): string {
  if (haveOwnDate(locale)) {
    const names = width === 'long' ? BE_FORMATTING.weekdaysLong : BE_FORMATTING.weekdaysShort;
    return names[(day - 1 + 7) % 7] ?? String(day);
  }
  // 1 January 2024 was a Monday, so ISO day d is 2024-01-0d.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

/** Month 1…12 on its own ("снежань"), as a chart axis or a month picker shows it. */
export function monthName(month: number, locale: string, width: 'long' | 'short' = 'long'): string {
  if (haveOwnDate(locale)) {
    const names = width === 'long' ? BE_FORMATTING.monthsNominative : BE_FORMATTING.monthsShort;
    return names[month - 1] ?? String(month);
  }
  return new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, month - 1, 15)),
  );
}

export function countryName(code: string, locale: string): string {
  if (locale === 'be' && !intlKnows('be', 'region')) {
    return (BE_FORMATTING.countries as Record<string, string>)[code] ?? code;
  }
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(numberLocale(locale), options).format(value);
}
