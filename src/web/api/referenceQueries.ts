// Reference data used by the administration forms. It changes rarely, so it is cached for the visit.
import { useQuery } from '@tanstack/react-query';
import { agenciesApi, referenceApi } from './endpoints.ts';
import type { AdminUnit, Country, Locale } from './types.ts';

const LONG = 10 * 60 * 1000;

export function useUnits(country: Country) {
  return useQuery({
    queryKey: ['reference', 'units', country],
    queryFn: () => referenceApi.units(country),
    select: (data) => data.items,
    staleTime: LONG,
  });
}

export function useAgencyKinds() {
  return useQuery({
    queryKey: ['reference', 'agency-kinds'],
    queryFn: referenceApi.agencyKinds,
    select: (data) => data.items,
    staleTime: LONG,
  });
}

export const agenciesQueryKey = ['agencies'] as const;

export function useAgencies() {
  return useQuery({ queryKey: agenciesQueryKey, queryFn: agenciesApi.list, select: (data) => data.items });
}

export function unitName(unit: AdminUnit, locale: string): string {
  return unit.names[locale as Locale] ?? unit.names.en ?? unit.code;
}

/** Options for a unit picker, labelled in the interface language (unit names already say their level). */
export function unitOptions(units: AdminUnit[] | undefined, locale: string, levels: AdminUnit['level'][]) {
  return (units ?? [])
    .filter((unit) => levels.includes(unit.level))
    .map((unit) => ({ value: unit.code, label: unitName(unit, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
