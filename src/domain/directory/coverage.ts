// Where a service works: the admin units it lists, each covering every unit inside it (a region
// covers its districts and their communities; the country covers everything).
import { ancestorsOf, childrenOf, findUnit, isWithin } from '../geo/index.ts';

/** The codes a service may list to cover this unit: the unit itself and every unit above it. */
export function coveringCodes(unitCode: string): string[] {
  if (!findUnit(unitCode)) return [];
  return [unitCode, ...ancestorsOf(unitCode).map((unit) => unit.code)];
}

/** Does a service listing these units cover the whole of `unitCode`? */
export function covers(serviceUnits: readonly string[], unitCode: string): boolean {
  return serviceUnits.some((code) => isWithin(unitCode, code));
}

/** Does it cover at least part of `unitCode` (a district or community inside it)? */
export function coversPartOf(serviceUnits: readonly string[], unitCode: string): boolean {
  return serviceUnits.some((code) => isWithin(code, unitCode) || isWithin(unitCode, code));
}

/** How close the coverage is: 0 = listed exactly, 1 = via the parent, … (lower is more local). */
export function coverageDistance(serviceUnits: readonly string[], unitCode: string): number {
  const chain = coveringCodes(unitCode);
  const distances = serviceUnits.map((code) => chain.indexOf(code)).filter((index) => index >= 0);
  return distances.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...distances);
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
