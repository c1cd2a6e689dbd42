// The duplicates list's address parameters, apart from the page so the router can read them without loading it.
import { PAIR_STATUSES, type PairStatus } from '../../api/cases.ts';

export function parseDuplicatesSearch(search: Record<string, unknown>): { status?: PairStatus } {
  const status = PAIR_STATUSES.find((known) => known === search.status);
  return status && status !== 'open' ? { status } : {};
}
