import type { Locale, LocalisedText } from '../locales.ts';
import type { GradeCounts } from './dimension-rule.ts';
import { DIMENSIONS, type Dimension, type Grade, type IndicatorList } from './dimensions.ts';

/**
 * Where an item stands in the ILO/EC publication. `verify` stays true until someone has checked the
 * item's wording, grade and page against the printed text: Haven never shows a page it has not seen.
 */
export interface IndicatorSource {
  /** Page of the revised edition (September 2009) that prints the item; null while unchecked. */
  page: number | null;
  verify: boolean;
}

export interface IndicatorDefinition {
  /** Stable within its set: <list>.<dimension>.<item>, e.g. child-labour.deceptive.education. */
  id: string;
  list: IndicatorList;
  dimension: Dimension;
  grade: Grade;
  label: LocalisedText;
  source: IndicatorSource;
}

/**
 * A child-protection sign Haven asks about although the ILO/EC lists do not name it. It is recorded
 * with its evidence like any indicator, shown and explained, but never counted by the ILO/EC rule.
 */
export interface HavenIndicator {
  /** haven.<item>, usable in a screening of either list. */
  id: string;
  /** Which side of the story it belongs to, for grouping on screen. */
  stage: 'recruitment' | 'exploitation';
  label: LocalisedText;
  /** Why Haven asks about it (English, for the reference data and docs). */
  basis: string;
}

/**
 * How dimension results combine into "identify". For a child the act need not use any means
 * (Palermo Protocol Art. 3(c)): the act is shown by a positive recruitment dimension or by a recorded
 * recruitment or movement event; exploitation by a positive dimension of `exploitation`.
 */
export interface IdentificationRule {
  act: readonly Dimension[];
  /** A recorded recruitment or transit event shows the act without any indicator of means. */
  recordedEventShowsAct: boolean;
  exploitation: readonly Dimension[];
  /** Means dimensions a child's case never needs; their results are shown, never required. */
  notRequired: readonly Dimension[];
}

/** `original` is the publication's own English; Haven's own wording is not a translation of it. */
export type WordingStatus = 'original' | 'haven-wording' | 'translated-not-reviewed' | 'reviewed';

/** How a list of a set was taken from the publication. */
export type TranscriptionBasis = 'primary' | 'secondary' | 'provisional' | 'haven-v1';

export interface IndicatorSet {
  version: string;
  /** The version that replaced this one; null for the set new screenings use. */
  supersededBy: string | null;
  /** Which wording the explanations of its suggestions use, so old screenings read as they were made. */
  suggestionWording: 'v1' | 'v2';
  source: {
    title: string;
    publisher: string;
    edition: string;
    /** The ILO's document number. */
    reference: string;
    /** Page of the combination rule; null while unchecked. */
    rulePage: number | null;
    verify: boolean;
  };
  lists: Record<IndicatorList, { basis: TranscriptionBasis; note: string }>;
  wording: Record<Locale, WordingStatus>;
  indicators: readonly IndicatorDefinition[];
  havenIndicators: readonly HavenIndicator[];
  /** When one dimension is positive (at least that many indicators of each grade). */
  combinations: readonly Partial<GradeCounts>[];
  rule: IdentificationRule;
}

export interface GradedItem {
  grade: Grade;
  source: IndicatorSource;
}
export type ListTable = { [D in Dimension]: Record<string, GradedItem> };
export type LabelTable = { [D in Dimension]: Record<string, LocalisedText> };

/** The definitions of one list, in dimension order; every item must have a label. */
export function defineList(list: IndicatorList, table: ListTable, labels: LabelTable): IndicatorDefinition[] {
  return DIMENSIONS.flatMap((dimension) =>
    Object.entries(table[dimension]).map(([item, { grade, source }]) => {
      const label = labels[dimension][item];
      if (!label) throw new Error(`No label for ${list}.${dimension}.${item}`);
      return { id: `${list}.${dimension}.${item}`, list, dimension, grade, label, source };
    }),
  );
}

const indexes = new WeakMap<IndicatorSet, Map<string, IndicatorDefinition | HavenIndicator>>();

function indexOf(set: IndicatorSet) {
  let index = indexes.get(set);
  if (!index) {
    index = new Map<string, IndicatorDefinition | HavenIndicator>([
      ...set.indicators.map((i) => [i.id, i] as const),
      ...set.havenIndicators.map((i) => [i.id, i] as const),
    ]);
    indexes.set(set, index);
  }
  return index;
}

/** An ILO/EC indicator of the set, or undefined (also for Haven's own items). */
export function findIndicator(set: IndicatorSet, id: string): IndicatorDefinition | undefined {
  const found = indexOf(set).get(id);
  return found && 'grade' in found ? found : undefined;
}

/** One of Haven's own items of the set, or undefined. */
export function findHavenIndicator(set: IndicatorSet, id: string): HavenIndicator | undefined {
  const found = indexOf(set).get(id);
  return found && !('grade' in found) ? found : undefined;
}

export function isKnownIndicator(set: IndicatorSet, id: string): boolean {
  return indexOf(set).has(id);
}
