import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { ADMIN_LEVELS, COUNTRY_CODES } from './admin-unit.ts';
import { ADMIN_UNITS, ancestorsOf, childrenOf, countryOf, findUnit, isWithin, unitsOf } from './tree.ts';

describe('administrative units', () => {
  it.each([
    ['UA', 27],
    ['MD', 37],
    ['BY', 7],
  ] as const)('%s has %i first-level subdivisions, as in ISO 3166-2', (country, count) => {
    const regions = unitsOf(country).filter((unit) => unit.level === 'region');
    expect(regions).toHaveLength(count);
    for (const region of regions) expect(region.code).toMatch(new RegExp(`^${country}-[A-Z0-9]{2}$`));
  });

  it('has unique codes', () => {
    const codes = ADMIN_UNITS.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every unit a parent that exists at a shallower level', () => {
    for (const unit of ADMIN_UNITS) {
      if (unit.level === 'country') {
        expect(unit.parentCode).toBeNull();
        continue;
      }
      const parent = findUnit(unit.parentCode ?? '');
      expect(parent, unit.code).toBeDefined();
      expect(ADMIN_LEVELS.indexOf(parent!.level), unit.code).toBeLessThan(ADMIN_LEVELS.indexOf(unit.level));
      expect(unit.level === 'region').toBe(parent!.level === 'country');
    }
  });

  it('names every unit in every locale', () => {
    for (const unit of ADMIN_UNITS) {
      for (const locale of LOCALES) expect(unit.names[locale]?.trim(), `${unit.code}.${locale}`).toBeTruthy();
    }
  });

  it('has the districts the demo relies on', () => {
    expect(childrenOf('UA-30')).toHaveLength(10);
    expect(childrenOf('UA-51')).toHaveLength(7);
    expect(childrenOf('UA-21')).toHaveLength(6);
    expect(childrenOf('BY-HM')).toHaveLength(9);
    expect(childrenOf('BY-BR')).toHaveLength(16);
    expect(childrenOf('MD-CU')).toHaveLength(5);
  });

  it('walks ancestors nearest first', () => {
    expect(ancestorsOf('UA-51-izmail').map((unit) => unit.code)).toEqual(['UA-51', 'UA']);
    expect(ancestorsOf('MD-CU-botanica').map((unit) => unit.code)).toEqual(['MD-CU', 'MD']);
    expect(ancestorsOf('UA-51-izmail-reni').map((unit) => unit.code)).toEqual([
      'UA-51-izmail',
      'UA-51',
      'UA',
    ]);
    expect(ancestorsOf('UA')).toEqual([]);
    expect(ancestorsOf('nowhere')).toEqual([]);
  });

  it('decides containment for authorisation scopes', () => {
    expect(isWithin('UA-51-izmail', 'UA-51')).toBe(true);
    expect(isWithin('UA-51-izmail', 'UA')).toBe(true);
    expect(isWithin('UA-51-izmail', 'UA-51-izmail')).toBe(true);
    expect(isWithin('UA-51-izmail-reni', 'UA-51-izmail')).toBe(true);
    expect(isWithin('UA-51-izmail-reni', 'UA-51-odesa')).toBe(false);
    expect(isWithin('UA-51', 'UA-51-izmail')).toBe(false);
    expect(isWithin('UA-51-izmail', 'UA-46')).toBe(false);
    expect(isWithin('BY-BR-brest', 'UA')).toBe(false);
    expect(isWithin('UA-51-nowhere', 'UA-51')).toBe(false);
    expect(isWithin('UA-51', 'UA-99')).toBe(false);
  });

  it('finds the country of any unit', () => {
    for (const country of COUNTRY_CODES) {
      for (const unit of unitsOf(country)) expect(countryOf(unit.code)).toBe(country);
    }
    expect(countryOf('XX-01')).toBeUndefined();
    expect(unitsOf('UA').length + unitsOf('MD').length + unitsOf('BY').length).toBe(ADMIN_UNITS.length);
  });
});
