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

/** The facts of a case that decide its reflection period; the one input every screen and rule reads. */
export type CaseReflectionFacts = {
  /** First day of the period: the recorded start, else the day the child was first presumed a victim. */
  startsOn: string | null;
  /** The case's stage (src/domain/lifecycle). */
  stage: string;
};

/**
 * The reflection period of a case today, or null when none is shown: none started, or the case is
 * closed (a closed case has no deadline). A 'not-a-victim' outcome ends it (Art. 13(1): a Party is not
 * bound to observe it once victim status is found to be claimed improperly). The case header, the Status
 * tab and every rule that blocks a removal call this one function, so they cannot disagree.
 */
export function reflectionOfCase(
  facts: CaseReflectionFacts,
  today: string,
  rule: ReflectionPeriodRule,
): ReflectionPeriod | null {
  if (facts.startsOn === null || facts.stage === 'closed') return null;
  const period = reflectionPeriod(facts.startsOn, today, rule);
  return facts.stage === 'not-a-victim' ? { ...period, daysLeft: 0, state: 'ended' } : period;
}

/** Does the period still protect the child from removal today? */
export const reflectionRuns = (period: ReflectionPeriod | null): boolean =>
  period !== null && period.state !== 'ended';
