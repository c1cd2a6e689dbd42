// Where a service works: the admin units it lists, each covering every unit inside it (a region
// covers its districts and their communities; the country covers everything).
import { ancestorsOf, childrenOf, findUnit, isWithin } from '../geo/index.ts';

/** The codes a service may list to cover this unit: the unit itself and every unit above it. */
export function coveringCodes(unitCode: string): string[] {
  if (!findUnit(unitCode)) return [];
  return [unitCode, ...ancestorsOf(unitCode).map((unit) => unit.code)];
}

/** Units inside `unitCode` that a service may list (regions and districts, not communities). */
export function listableUnitsWithin(unitCode: string): string[] {
  const found: string[] = [];
  const walk = (code: string) => {
    for (const child of childrenOf(code)) {
      if (child.level === 'community') continue;
      found.push(child.code);
      walk(child.code);
    }
  };
  walk(unitCode);
  return found;
}

/**
 * The codes a search for a place matches: services covering all of it (the unit and the units above) and,
 * for a region or the country, services working somewhere inside it.
 */
export function searchCodes(unitCode: string): string[] {
  return [...coveringCodes(unitCode), ...listableUnitsWithin(unitCode)];
}

/** Does a service listing these units cover the whole of `unitCode`? */
export function covers(serviceUnits: readonly string[], unitCode: string): boolean {
  return serviceUnits.some((code) => isWithin(unitCode, code));
}

/** Does it cover at least part of `unitCode` (a district or community inside it)? */
export function coversPartOf(serviceUnits: readonly string[], unitCode: string): boolean {
  return serviceUnits.some((code) => isWithin(code, unitCode) || isWithin(unitCode, code));
}

/**
 * How close the coverage is: 0 = listed exactly, 1 = via the parent, … (lower is more local); a service
 * covering only part of the unit comes after all of those; one not touching it at all is Infinity.
 */
export function coverageDistance(serviceUnits: readonly string[], unitCode: string): number {
  const chain = coveringCodes(unitCode);
  const distances = serviceUnits.map((code) => chain.indexOf(code)).filter((index) => index >= 0);
  if (distances.length > 0) return Math.min(...distances);
  return coversPartOf(serviceUnits, unitCode) ? chain.length : Number.POSITIVE_INFINITY;
}

/** The rows of a gap table for a unit: its districts (or, where a country has no districts, its regions). */
export function gapRowsOf(unitCode: string): string[] {
  const unit = findUnit(unitCode);
  if (!unit) return [];
  if (unit.level === 'district' || unit.level === 'community') return [unitCode];
  const children = childrenOf(unitCode).filter(
    (child) => child.level === 'region' || child.level === 'district',
  );
  return children.map((child) => child.code);
}
