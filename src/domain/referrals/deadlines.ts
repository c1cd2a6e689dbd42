import {
  addCalendarDays,
  type CountryCode,
  HOLIDAY_CALENDARS,
  type HolidayCalendar,
  isWorkingDay,
} from './holidays.ts';

// How long a receiving agency has to answer a referral, by urgency, per country (data).
// Emergency (e.g. emergency accommodation): hours of clock time, nights and holidays included.
// Urgent and routine: working days — the day of sending does not count; the answer is due by the end
// (local midnight) of the Nth working day after it.

export const URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export type Urgency = (typeof URGENCIES)[number];

export type AnswerRule = { hours: number } | { workingDays: number };

export const ANSWER_RULES: Record<CountryCode, Record<Urgency, AnswerRule>> = {
  UA: { emergency: { hours: 2 }, urgent: { workingDays: 1 }, routine: { workingDays: 3 } },
  MD: { emergency: { hours: 2 }, urgent: { workingDays: 1 }, routine: { workingDays: 3 } },
  BY: { emergency: { hours: 2 }, urgent: { workingDays: 1 }, routine: { workingDays: 3 } },
};

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** The instant a local calendar day starts (00:00 local) in a time zone. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at that moment; retried once because the offset may change across midnight (DST).
  let instant = guess;
  for (let i = 0; i < 2; i++) {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    instant = instant - (shown - guess);
  }
  return new Date(instant);
}

/** The end of the Nth working day after the local day of `from` (as the next local midnight). */
export function addWorkingDays(from: Date, days: number, calendar: HolidayCalendar): Date {
  let date = localDate(from, calendar.timeZone);
  let counted = 0;
  while (counted < days) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(calendar, date)) counted++;
  }
  return startOfLocalDay(addCalendarDays(date, 1), calendar.timeZone);
}

/** When the answer to a referral sent at `sentAt` is due. */
export function answerDeadline(
  sentAt: Date,
  urgency: Urgency,
  country: CountryCode,
  rules: Record<CountryCode, Record<Urgency, AnswerRule>> = ANSWER_RULES,
  calendars: Record<CountryCode, HolidayCalendar> = HOLIDAY_CALENDARS,
): Date {
  const rule = rules[country][urgency];
  if ('hours' in rule) return new Date(sentAt.getTime() + rule.hours * 3_600_000);
  return addWorkingDays(sentAt, rule.workingDays, calendars[country]);
}

export const isOverdue = (dueAt: Date | null, now: Date) => dueAt !== null && dueAt.getTime() < now.getTime();
