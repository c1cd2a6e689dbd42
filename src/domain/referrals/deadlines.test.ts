import { describe, expect, it } from 'vitest';
import { answerDeadline, startOfLocalDay } from './deadlines.ts';
import { HOLIDAY_CALENDARS, holidaysOf, isWorkingDay, orthodoxEaster } from './holidays.ts';

const kyiv = (local: string) => new Date(`${local}+02:00`); // EET (winter)
const kyivSummer = (local: string) => new Date(`${local}+03:00`); // EEST

describe('Orthodox Easter', () => {
  it('matches the published dates', () => {
    expect(orthodoxEaster(2025)).toBe('2025-04-20');
    expect(orthodoxEaster(2026)).toBe('2026-04-12');
    expect(orthodoxEaster(2027)).toBe('2027-05-02');
  });
});

describe('holiday calendars', () => {
  it('Moldova: Easter Monday and Memorial Day (Paștele Blajinilor) are days off', () => {
    const md = holidaysOf(HOLIDAY_CALENDARS.MD, 2026);
    expect(md.has('2026-04-13')).toBe(true);
    expect(md.has('2026-04-20')).toBe(true);
    expect(md.has('2026-08-31')).toBe(true);
    expect(isWorkingDay(HOLIDAY_CALENDARS.MD, '2026-04-14')).toBe(true);
  });
  it('Belarus: Radunitsa is the Tuesday nine days after Easter', () => {
    expect(holidaysOf(HOLIDAY_CALENDARS.BY, 2025).has('2025-04-29')).toBe(true);
    expect(holidaysOf(HOLIDAY_CALENDARS.BY, 2027).has('2027-05-11')).toBe(true);
    expect(isWorkingDay(HOLIDAY_CALENDARS.BY, '2027-11-08')).toBe(true);
    expect(isWorkingDay(HOLIDAY_CALENDARS.BY, '2027-07-03')).toBe(false); // Saturday anyway
  });
  it('Ukraine: holidays are suspended under martial law, and come back when observed again', () => {
    expect(holidaysOf(HOLIDAY_CALENDARS.UA, 2026).size).toBe(0);
    expect(isWorkingDay(HOLIDAY_CALENDARS.UA, '2026-08-24')).toBe(true);
    const peacetime = { ...HOLIDAY_CALENDARS.UA, observed: true };
    expect(isWorkingDay(peacetime, '2026-08-24')).toBe(false);
    // Trinity on Sunday 31 May 2026 moves the day off to Monday 1 June (Labour Code art. 67).
    expect(holidaysOf(peacetime, 2026).has('2026-06-01')).toBe(true);
    // Easter Sunday 12 April 2026 → Monday 13 April off.
    expect(holidaysOf(peacetime, 2026).has('2026-04-13')).toBe(true);
  });
});

describe('answer deadlines', () => {
  it('emergency: two hours of clock time, even at night on a holiday', () => {
    const sent = new Date('2026-01-01T22:30:00Z');
    expect(answerDeadline(sent, 'emergency', 'MD').toISOString()).toBe('2026-01-02T00:30:00.000Z');
  });
  it('urgent: by the end of the next working day (local time)', () => {
    // Wednesday 14:00 Kyiv → end of Thursday (midnight before Friday), local.
    expect(answerDeadline(kyiv('2026-01-14T14:00:00'), 'urgent', 'UA')).toEqual(
      startOfLocalDay('2026-01-16', 'Europe/Kyiv'),
    );
    expect(startOfLocalDay('2026-01-16', 'Europe/Kyiv').toISOString()).toBe('2026-01-15T22:00:00.000Z');
  });
  it('skips the weekend: routine sent on Friday is due at the end of Wednesday', () => {
    expect(answerDeadline(kyiv('2026-01-16T10:00:00'), 'routine', 'UA').toISOString()).toBe(
      kyiv('2026-01-22T00:00:00').toISOString(),
    );
    // Sent on a Saturday: Monday, Tuesday, Wednesday count.
    expect(answerDeadline(kyiv('2026-01-17T10:00:00'), 'routine', 'UA').toISOString()).toBe(
      kyiv('2026-01-22T00:00:00').toISOString(),
    );
  });
  it('skips holidays: Moldova, Easter 2026 (Sunday 12, Monday 13 and Memorial Monday 20 April)', () => {
    // Friday 10 April: Tuesday 14, Wednesday 15, Thursday 16 count.
    expect(answerDeadline(kyivSummer('2026-04-10T09:00:00'), 'routine', 'MD').toISOString()).toBe(
      kyivSummer('2026-04-17T00:00:00').toISOString(),
    );
    // Friday 17 April urgent: Monday 20 is a holiday → end of Tuesday 21.
    expect(answerDeadline(kyivSummer('2026-04-17T16:00:00'), 'urgent', 'MD').toISOString()).toBe(
      kyivSummer('2026-04-22T00:00:00').toISOString(),
    );
  });
  it('skips holidays: Belarus, New Year and Orthodox Christmas 2027', () => {
    // Thursday 31 Dec 2026 (Minsk, UTC+3): Fri 1 and Sat 2 off, Sun 3; Mon 4, Tue 5, Wed 6 → end of Wed 6.
    expect(answerDeadline(new Date('2026-12-31T12:00:00+03:00'), 'routine', 'BY').toISOString()).toBe(
      new Date('2027-01-07T00:00:00+03:00').toISOString(),
    );
    // Wed 6 Jan urgent: Thu 7 is Christmas → end of Fri 8.
    expect(answerDeadline(new Date('2027-01-06T12:00:00+03:00'), 'urgent', 'BY').toISOString()).toBe(
      new Date('2027-01-09T00:00:00+03:00').toISOString(),
    );
  });
  it('counts local days: 23:30 UTC on a Friday is already Saturday in Kyiv', () => {
    // Local Saturday 01:30 → Monday is the first working day → end of Monday.
    expect(answerDeadline(new Date('2026-01-16T23:30:00Z'), 'urgent', 'UA').toISOString()).toBe(
      kyiv('2026-01-20T00:00:00').toISOString(),
    );
  });
  it('crosses the change to summer time without losing an hour of the last day', () => {
    // Friday 27 March 2026; DST begins Sunday 29 March in Chișinău.
    expect(answerDeadline(new Date('2026-03-27T10:00:00+02:00'), 'urgent', 'MD').toISOString()).toBe(
      new Date('2026-03-31T00:00:00+03:00').toISOString(),
    );
  });
});
