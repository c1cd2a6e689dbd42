// Opening hours as a weekly schedule in the country's local time, or round the clock. Days are ISO
// weekdays (1 = Monday … 7 = Sunday); times HH:MM, a closing time of 24:00 is the end of the day, and a
// closing time at or before the opening time runs past midnight into the next day (a night shift).

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export type OpeningInterval = { day: Weekday; opens: string; closes: string };
export type OpeningHours = { alwaysOpen: boolean; weekly: readonly OpeningInterval[] };

export const ALWAYS_OPEN: OpeningHours = { alwaysOpen: true, weekly: [] };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** Minutes since midnight (24:00 → 1440). */
export function minutesOf(time: string): number {
  if (!isTime(time)) throw new RangeError(`Not a time HH:MM: ${time}`);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

const WEEK = 7 * 24 * 60;

/** Half-open intervals [start, end) in minutes since Monday 00:00, a night shift crossing the week wrapped. */
function weekIntervals(interval: OpeningInterval): Array<[number, number]> {
  const start = (interval.day - 1) * 1440 + minutesOf(interval.opens);
  const closes = minutesOf(interval.closes);
  const end = (interval.day - 1) * 1440 + closes + (closes <= minutesOf(interval.opens) ? 1440 : 0);
  if (end <= WEEK) return [[start, end]];
  return [
    [start, WEEK],
    [0, end - WEEK],
  ];
}

/** Is it open at this local weekday and minute of the day? */
export function isOpenAtLocal(hours: OpeningHours, day: Weekday, minute: number): boolean {
  if (hours.alwaysOpen) return true;
  const at = (day - 1) * 1440 + minute;
  return hours.weekly.some((interval) => weekIntervals(interval).some(([from, to]) => at >= from && at < to));
}

const WEEKDAY_NUMBERS: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Weekday and minute of the day of an instant in a time zone (e.g. Europe/Kyiv). */
export function localTimeIn(instant: Date, timeZone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: WEEKDAY_NUMBERS[part('weekday')] ?? 1,
    minute: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** Is the service open at this instant, in the time zone of the country where it works? */
export function isOpenAt(hours: OpeningHours, instant: Date, timeZone: string): boolean {
  if (hours.alwaysOpen) return true;
  const { day, minute } = localTimeIn(instant, timeZone);
  return isOpenAtLocal(hours, day, minute);
}

/** Problems with a schedule, as [index, field, message]; empty when it is valid. */
export function scheduleProblems(
  hours: OpeningHours,
): Array<{ index: number; field: string; message: string }> {
  const problems: Array<{ index: number; field: string; message: string }> = [];
  hours.weekly.forEach((interval, index) => {
    if (!WEEKDAYS.includes(interval.day)) problems.push({ index, field: 'day', message: 'Day must be 1–7.' });
    if (!isTime(interval.opens) || interval.opens === '24:00')
      problems.push({ index, field: 'opens', message: 'Must be a time HH:MM.' });
    if (!isTime(interval.closes)) problems.push({ index, field: 'closes', message: 'Must be a time HH:MM.' });
    else if (isTime(interval.opens) && interval.opens === interval.closes)
      problems.push({ index, field: 'closes', message: 'Opening and closing times are the same.' });
  });
  return problems;
}
