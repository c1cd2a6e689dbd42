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

/** Every known unit of every country, parents before children. */
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

const BY_CODE: ReadonlyMap<string, AdminUnit> = new Map(ADMIN_UNITS.map((unit) => [unit.code, unit]));

const CHILDREN: ReadonlyMap<string, readonly AdminUnit[]> = ADMIN_UNITS.reduce((map, unit) => {
  if (unit.parentCode !== null) map.set(unit.parentCode, [...(map.get(unit.parentCode) ?? []), unit]);
  return map;
}, new Map<string, AdminUnit[]>());

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
  return ADMIN_UNITS.filter((unit) => countryOf(unit.code) === country);
}
