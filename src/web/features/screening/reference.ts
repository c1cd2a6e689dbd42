// The indicator set a screening was made with, fetched by version: old screenings are shown with their
// own items, grades and labels, never with the current set's.
import { useQuery } from '@tanstack/react-query';
import { type IndicatorReference, type Localised, screeningApi } from '../../api/cases.ts';

export function localisedText(text: Localised | undefined, locale: string): string {
  return text?.[locale] ?? text?.en ?? '';
}

const TEN_MINUTES = 10 * 60 * 1000;

export const INDICATOR_REFERENCE_KEY = ['reference', 'screening-indicators'] as const;

/** The current set when no version is named; `enabled: false` when the caller already has it. */
export function useIndicatorReference(version?: string, enabled = true) {
  return useQuery({
    queryKey: [...INDICATOR_REFERENCE_KEY, version ?? 'current'],
    queryFn: () => screeningApi.indicators(version),
    staleTime: TEN_MINUTES,
    enabled,
  });
}

/** Items of the set not yet checked against the printed publication. */
export function itemsToVerify(reference: IndicatorReference, list?: 'labour' | 'sexual'): number {
  return reference.indicators.filter((item) => item.source.verify && (!list || item.list === list)).length;
}
