// The one translation of the policy's reach into the filter every case list, inbox, dashboard and
// review queue applies in SQL (case-reach.repository.ts). It used to be written out five times; a team
// that reached a case in one list and not in another would be a leak or a lost child.
import { allUnits, isWithin } from '../../domain/geo/index.ts';
import type { Reach } from '../policy/policy.ts';

export type CaseReach =
  | { all: true }
  | {
      all: false;
      /** Every unit within a district or region grant (cases sit at district or community level). */
      unitCodes: string[];
      agencyId: string | null;
      ownerId: string;
      /** Cases the user's multidisciplinary teams work on (migration 024). */
      teamIds: string[];
    };

/** Every unit within a unit (itself included). */
export function unitsWithin(code: string): string[] {
  return allUnits()
    .filter((unit) => isWithin(unit.code, code))
    .map((unit) => unit.code);
}

/**
 * The reach as a list filter. A reach of 'none' has no filter: the caller refuses (403) or shows
 * nothing before it gets here, so no fallback can ever widen it to the whole country.
 */
export function caseReachOf(reach: Exclude<Reach, { kind: 'none' }>): CaseReach {
  if (reach.kind === 'country') return { all: true };
  return {
    all: false,
    unitCodes: [...new Set(reach.unitCodes.flatMap(unitsWithin))],
    agencyId: reach.agencyId,
    ownerId: reach.userId,
    teamIds: reach.teamIds,
  };
}
