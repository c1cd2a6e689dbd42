import type { CountryCode } from '../geo/index.ts';
import { addDays, COUNTRY_TIME_ZONES, calendarDateIn, dayNumber } from './calendar-date.ts';

/** CoE Convention on Action against Trafficking in Human Beings, Art. 13(1): "at least 30 days". */
export const MINIMUM_REFLECTION_DAYS = 30;

export interface ReflectionPeriodRule {
  /** Length in calendar days; a country may grant more, never less than MINIMUM_REFLECTION_DAYS. */
  days: number;
  /** From how many days left the clock shows 'ending-soon', so the team can plan what follows. */
  endingSoonDays: number;
}

// National law may set a longer period; change the data, not the code. The floor is enforced below.
export const REFLECTION_PERIOD_RULES: Record<CountryCode, ReflectionPeriodRule> = {
  UA: { days: 30, endingSoonDays: 7 },
  MD: { days: 30, endingSoonDays: 7 },
  BY: { days: 30, endingSoonDays: 7 },
};

export type ReflectionPeriodState = 'running' | 'ending-soon' | 'ended';

export interface ReflectionPeriod {
  startsOn: string;
  /** The last day of the period (inclusive): a 30-day period starting 1 March ends on 30 March. */
  endsOn: string;
  /** Days left counting today; 0 once ended. Before the start, the whole period. */
  daysLeft: number;
  state: ReflectionPeriodState;
}

/**
 * The recovery and reflection period clock (CoE Art. 13; DOMAIN §2 step 4): no removal meanwhile, and
 * assistance never depends on cooperating with the police (Art. 12(6)). Dates are YYYY-MM-DD.
 */
export function reflectionPeriod(
  startsOn: string,
  today: string,
  rule: ReflectionPeriodRule = REFLECTION_PERIOD_RULES.UA,
): ReflectionPeriod {
  const days = Math.max(MINIMUM_REFLECTION_DAYS, Math.floor(rule.days));
  const start = dayNumber(startsOn);
  const end = start + days - 1;
  const daysLeft = Math.max(0, end - Math.max(dayNumber(today), start) + 1);
  const state: ReflectionPeriodState =
    daysLeft === 0 ? 'ended' : daysLeft <= rule.endingSoonDays ? 'ending-soon' : 'running';
  return { startsOn, endsOn: addDays(startsOn, days - 1), daysLeft, state };
}

/** The period that starts on the day the child was presumed a victim, counted in the country's time zone. */
export function reflectionPeriodFromPresumption(
  presumedAt: string,
  today: string,
  country: CountryCode,
  rule: ReflectionPeriodRule = REFLECTION_PERIOD_RULES[country],
): ReflectionPeriod {
  return reflectionPeriod(calendarDateIn(presumedAt, COUNTRY_TIME_ZONES[country]), today, rule);
}
