// Monitoring settings per country, as data: the review schedule after reunification or placement and
// the rule thresholds (docs/domain.md §5). A country may change its schedule or thresholds here without code.
import type { CountryCode } from '../geo/index.ts';
import { type Fraction, fraction } from './thresholds.ts';

export type MonitoringSettings = {
  /** Months after reunification or placement at which a review visit is due. */
  scheduleMonths: readonly number[];
  /** A visit is announced this many days before it is due. */
  reminderDays: number;
  /**
   * A domain at or below this normalised score needs a plan action (an open goal in that domain).
   * 1/3 is a mean of 2 ("mostly poor") on the item scale; DOMAIN §5 writes it as "< 0.34".
   */
  planActionAtOrBelow: Fraction;
  /**
   * Closure needs every domain at least this high ... 2/3 is a mean of 3 on the item scale; DOMAIN §5
   * writes it as "≥ 0.67", which read literally would refuse a child scored 3 on every item.
   */
  closureAtLeast: Fraction;
  /** ... at this many consecutive reviews (the latest ones). */
  closureConsecutiveReviews: number;
  /** A safety item scored this low raises an immediate alert and blocks closure. */
  safetyAlertAtOrBelow: number;
  /** The overall score fell by at least this much since the previous review: "getting worse". */
  worseningDrop: number;
};

export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = {
  scheduleMonths: [1, 3, 6, 12, 18, 24],
  reminderDays: 7,
  planActionAtOrBelow: fraction(1, 3),
  closureAtLeast: fraction(2, 3),
  closureConsecutiveReviews: 2,
  safetyAlertAtOrBelow: 1,
  worseningDrop: 0.05,
};

/** Per-country changes to the defaults (none differ today; the framework is shared by UA, MD, BY). */
export const COUNTRY_MONITORING_SETTINGS: Record<CountryCode, Partial<MonitoringSettings>> = {
  UA: {},
  MD: {},
  BY: {},
};

export function monitoringSettingsFor(country: string): MonitoringSettings {
  const own = (COUNTRY_MONITORING_SETTINGS as Record<string, Partial<MonitoringSettings>>)[country] ?? {};
  return { ...DEFAULT_MONITORING_SETTINGS, ...own };
}
