import type { IndicatorSet } from './indicator-set.ts';
import { INDICATOR_SET_V1 } from './v1/set.ts';
import { INDICATOR_SET_V2 } from './v2/set.ts';

/**
 * Every indicator set Haven has scored screenings with, oldest first. A screening stores the version
 * it was made with and is always evaluated, explained and shown with that set; new screenings use the
 * current one. Sets are never edited once published: a change of wording, grade or list membership is
 * a new version appended here.
 */
export const INDICATOR_SETS: readonly IndicatorSet[] = [INDICATOR_SET_V1, INDICATOR_SET_V2];

export const CURRENT_INDICATOR_SET: IndicatorSet = INDICATOR_SETS.find((set) => set.supersededBy === null)!;

/** The version new screenings are made with. */
export const INDICATOR_SET_VERSION = CURRENT_INDICATOR_SET.version;

export const INDICATOR_SET_VERSIONS = INDICATOR_SETS.map((set) => set.version);

export function indicatorSetByVersion(version: string): IndicatorSet | undefined {
  return INDICATOR_SETS.find((set) => set.version === version);
}
