// The case list's address parameters, apart from the page so the router can read them without loading it.
import type { CaseFilters } from '../../api/cases.ts';

export type CaseListSearch = CaseFilters & { page?: number };

const FILTER_KEYS = [
  'q',
  'stage',
  'status',
  'exploitationType',
  'regionCode',
  'unitCode',
  'agencyId',
  'ageBand',
  'gender',
] as const;

/** Reads the list's filters from the address, dropping anything unknown or malformed. */
export function parseCaseListSearch(search: Record<string, unknown>): CaseListSearch {
  const out: CaseListSearch = {};
  for (const key of FILTER_KEYS) {
    const value = search[key];
    if (typeof value === 'string' && value.length > 0 && value.length <= 100) out[key] = value;
  }
  if (search.owner === 'me') out.owner = 'me';
  if (search.overdue === 'true' || search.overdue === true) out.overdue = 'true';
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) out.page = page;
  return out;
}
