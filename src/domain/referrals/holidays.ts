// Public holidays as data, per country: fixed dates and days counted from Orthodox Easter.
// Referral answer deadlines count working days, which skip weekends and these holidays.
// Review every year against the official calendar; keep changes here (data), never in the code.

export type CountryCode = 'UA' | 'MD' | 'BY';

export type HolidayCalendar = {
  /** IANA zone: a working day starts and ends at local midnight. */
  timeZone: string;
  /** Fixed holidays as MM-DD. */
  fixed: ReadonlyArray<string>;
  /** Movable holidays as days after Orthodox Easter Sunday (0 = Easter Sunday itself). */
  easterOffsets: ReadonlyArray<number>;
  /** Labour-law rule: a holiday on a Saturday or Sunday moves the day off to the next working day. */
  weekendHolidayMovesToMonday: boolean;
  /** When false the holidays are ordinary working days (see UA below). */
  observed: boolean;
  /** Years the data was checked for; outside them only weekends are skipped (and that is reported). */
  years: readonly [number, number];
};

export const HOLIDAY_CALENDARS: Record<CountryCode, HolidayCalendar> = {
  // Ukraine, Labour Code art. 73 (as amended 2023: Christmas on 25 December, Statehood Day 15 July,
  // Defenders' Day 1 October, Remembrance and Victory Day 8 May) and art. 67 (a holiday on a day off
  // moves to the next working day). MARTIAL LAW: since 24 February 2022 (Law No. 2136-IX, art. 73
  // suspended) public holidays are working days in Ukraine, and nothing is moved. The dates stay here
  // so that `observed: true` restores them when martial law ends; until then they are not skipped.
  UA: {
    timeZone: 'Europe/Kyiv',
    fixed: ['01-01', '03-08', '05-01', '05-08', '06-28', '07-15', '08-24', '10-01', '12-25'],
    easterOffsets: [0, 49], // Easter, Trinity (Pentecost)
    weekendHolidayMovesToMonday: true,
    observed: false,
    years: [2025, 2027],
  },
  // Moldova, Labour Code art. 111: New Year, Orthodox Christmas (7–8 January), Women's Day, Easter
  // Sunday and Monday, Memorial Day (Paștele Blajinilor, Monday a week after Easter), Labour Day,
  // Victory and Europe Day, Children's Day, Independence Day, Limba noastră, Christmas (25 December).
  // The local patron-saint day (hram) differs per community and is not listed.
  MD: {
    timeZone: 'Europe/Chisinau',
    fixed: ['01-01', '01-07', '01-08', '03-08', '05-01', '05-09', '06-01', '08-27', '08-31', '12-25'],
    easterOffsets: [0, 1, 8],
    weekendHolidayMovesToMonday: false,
    observed: true,
    years: [2025, 2027],
  },
  // Belarus, Decree No. 157 of 26 March 1998 (as amended): New Year (1–2 January), Orthodox
  // Christmas, Women's Day, Labour Day, Victory Day, Independence Day, October Revolution Day,
  // Catholic Christmas, and Radunitsa (Tuesday, 9 days after Orthodox Easter). The government's yearly
  // swaps of working Saturdays are not modelled.
  BY: {
    timeZone: 'Europe/Minsk',
    fixed: ['01-01', '01-02', '01-07', '03-08', '05-01', '05-09', '07-03', '11-07', '12-25'],
    easterOffsets: [9],
    weekendHolidayMovesToMonday: false,
    observed: true,
    years: [2025, 2027],
  },
};

const DAY = 86_400_000;

/** Orthodox (Julian) Easter Sunday as a Gregorian date YYYY-MM-DD; valid 1900–2099 (13-day offset). */
export function orthodoxEaster(year: number): string {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julian = Date.UTC(year, month - 1, day);
  return new Date(julian + 13 * DAY).toISOString().slice(0, 10);
}

const isWeekend = (date: string) => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The days off for public holidays in a year (YYYY-MM-DD), after any weekend transfers. */
export function holidaysOf(calendar: HolidayCalendar, year: number): Set<string> {
  const days = new Set<string>();
  if (!calendar.observed) return days;
  const easter = orthodoxEaster(year);
  const dates = [
    ...calendar.fixed.map((monthDay) => `${year}-${monthDay}`),
    ...calendar.easterOffsets.map((offset) => addDays(easter, offset)),
  ].sort();
  for (const date of dates) {
    days.add(date);
    if (calendar.weekendHolidayMovesToMonday && isWeekend(date)) {
      let moved = addDays(date, 1);
      while (isWeekend(moved) || days.has(moved)) moved = addDays(moved, 1);
      days.add(moved);
    }
  }
  return days;
}

/** Is this local calendar day a working day (not a weekend, not a public holiday)? */
export function isWorkingDay(calendar: HolidayCalendar, date: string): boolean {
  if (isWeekend(date)) return false;
  return !holidaysOf(calendar, Number(date.slice(0, 4))).has(date);
}

export { addDays as addCalendarDays };
