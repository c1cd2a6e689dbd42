import { type AdminUnit, COUNTRY_CODES, type CountryCode } from './admin-unit.ts';
import { BY_DISTRICTS } from './by-districts.ts';
import { BY_REGIONS } from './by-regions.ts';
import { COUNTRIES } from './countries.ts';
import { MD_COMMUNITIES } from './md-communities.ts';
import { MD_REGIONS } from './md-regions.ts';
import { UA_COMMUNITIES, UA_DISTRICTS } from './ua-districts.ts';
import { UA_REGIONS } from './ua-regions.ts';

const COUNTRY_UNITS: readonly AdminUnit[] = COUNTRY_CODES.map((code) => ({
  code,
  parentCode: null,
  level: 'country',
  names: COUNTRIES[code].names,
}));

/** The units written out in src/domain/geo, parents before children. */
export const ADMIN_UNITS: readonly AdminUnit[] = [
  ...COUNTRY_UNITS,
  ...UA_REGIONS,
  ...MD_REGIONS,
  ...BY_REGIONS,
  ...UA_DISTRICTS,
  ...BY_DISTRICTS,
  ...UA_COMMUNITIES,
  ...MD_COMMUNITIES,
];

const BY_CODE = new Map<string, AdminUnit>(ADMIN_UNITS.map((unit) => [unit.code, unit]));
const CHILDREN = new Map<string, AdminUnit[]>();
for (const unit of ADMIN_UNITS) addChild(unit);

function addChild(unit: AdminUnit) {
  if (unit.parentCode !== null)
    CHILDREN.set(unit.parentCode, [...(CHILDREN.get(unit.parentCode) ?? []), unit]);
}

/**
 * Adds units loaded at run time (a country's full list from a data file or the database) to the tree,
 * parents before children. A unit already known keeps its place; its names are updated.
 */
export function registerUnits(units: readonly AdminUnit[]): void {
  for (const unit of units) {
    const known = BY_CODE.get(unit.code);
    if (known) {
      if (known.parentCode === unit.parentCode && known.level === unit.level) {
        const updated = { ...known, names: unit.names };
        BY_CODE.set(unit.code, updated);
        const siblings = known.parentCode === null ? undefined : CHILDREN.get(known.parentCode);
        if (siblings) siblings[siblings.indexOf(known)] = updated;
      }
      continue;
    }
    BY_CODE.set(unit.code, unit);
    addChild(unit);
  }
}

/** Every unit in the tree, parents before children. */
export function allUnits(): AdminUnit[] {
  return [...BY_CODE.values()];
}

export function findUnit(code: string): AdminUnit | undefined {
  return BY_CODE.get(code);
}

export function childrenOf(code: string): readonly AdminUnit[] {
  return CHILDREN.get(code) ?? [];
}

/** The unit's ancestors, nearest first, ending with its country. Empty for a country or an unknown code. */
export function ancestorsOf(code: string): AdminUnit[] {
  const ancestors: AdminUnit[] = [];
  let parentCode = findUnit(code)?.parentCode ?? null;
  while (parentCode !== null) {
    const parent = BY_CODE.get(parentCode);
    if (!parent) break;
    ancestors.push(parent);
    parentCode = parent.parentCode;
  }
  return ancestors;
}

/**
 * True when `code` is `ancestorCode` itself or lies inside it. Authorisation relies on this: a user
 * scoped to a district sees cases of that district and of every community in it. Unknown codes are
 * never within anything, so a typo denies rather than grants.
 */
export function isWithin(code: string, ancestorCode: string): boolean {
  if (!BY_CODE.has(code) || !BY_CODE.has(ancestorCode)) return false;
  return code === ancestorCode || ancestorsOf(code).some((unit) => unit.code === ancestorCode);
}

export function countryOf(code: string): CountryCode | undefined {
  const unit = findUnit(code);
  if (!unit) return undefined;
  const root = unit.parentCode === null ? unit : ancestorsOf(code).at(-1);
  return COUNTRY_CODES.find((country) => country === root?.code);
}

/** All units of one country, the country itself included, parents before children. */
export function unitsOf(country: CountryCode): AdminUnit[] {
  return allUnits().filter((unit) => countryOf(unit.code) === country);
}
