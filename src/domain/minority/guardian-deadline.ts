import {
  addWorkingDays,
  type CountryCode,
  HOLIDAY_CALENDARS,
  type HolidayCalendar,
  startOfLocalDay,
} from '../referrals/index.ts';

// CETS 197 Art. 10(4): a guardian is appointed for an unaccompanied or separated child "as soon as" the
// child is identified. Haven turns "without delay" into a number of working days per country (data, set
// with the national coordinators; working days skip the holidays of the country's calendar). The day the
// need was recorded does not count; the appointment is due by the end of the Nth working day after it.

export const GUARDIAN_APPOINTMENT_WORKING_DAYS: Record<CountryCode, number> = { UA: 3, MD: 3, BY: 3 };

/** The instant the appointment is overdue, from the day (YYYY-MM-DD, local) the need was recorded. */
export function guardianDeadline(
  requiredSince: string,
  country: CountryCode,
  days: Record<CountryCode, number> = GUARDIAN_APPOINTMENT_WORKING_DAYS,
  calendars: Record<CountryCode, HolidayCalendar> = HOLIDAY_CALENDARS,
): Date {
  const calendar = calendars[country];
  // Noon of that local day: safely inside it whatever the zone's offset.
  const midday = new Date(startOfLocalDay(requiredSince, calendar.timeZone).getTime() + 12 * 3_600_000);
  return addWorkingDays(midday, days[country], calendar);
}
