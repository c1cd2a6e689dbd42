import { describe, expect, it } from 'vitest';
import { type Locale, LOCALES } from '../locales.ts';
import { ADMIN_LEVELS, type AdminUnit, COUNTRY_CODES } from './admin-unit.ts';
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
    // seed-demo puts a voblast's district team in its first child: Brest's raions stay first.
    expect(childrenOf('BY-BR')[0]?.code).toBe('BY-BR-baranavichy');
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

/** Letters one language has and its neighbour lacks catch a stem pasted into the wrong column. */
const FOREIGN_LETTERS: Record<Locale, RegExp> = {
  en: /[^\p{Script=Latin} ()-]/u,
  ro: /[^\p{Script=Latin} ()-]/u,
  uk: /[^\p{Script=Cyrillic} ’-]|[ыэёъў]/iu,
  ru: /[^\p{Script=Cyrillic} -]|[іїєўґ]/iu,
  be: /[^\p{Script=Cyrillic} ’-]|[ищъїєґ]/iu,
};

describe('Belarus, complete (docs/reference-data.md)', () => {
  // [voblast, raions, cities of regional subordination that are units of their own]
  const VOBLASTS = [
    ['BY-BR', 16, 3],
    ['BY-VI', 21, 2],
    ['BY-HO', 21, 1],
    ['BY-HR', 17, 1],
    ['BY-MI', 22, 1],
    ['BY-MA', 21, 2],
  ] as const;
  const isCity = (unit: AdminUnit) => unit.code.endsWith('-city');
  const units = unitsOf('BY');
  const districts = units.filter((unit) => unit.level === 'district');

  it.each(VOBLASTS)('%s has %i raions and %i cities', (voblast, raions, cities) => {
    const children = childrenOf(voblast);
    expect(children.every((unit) => unit.level === 'district')).toBe(true);
    expect(children.filter((unit) => !isCity(unit))).toHaveLength(raions);
    expect(children.filter(isCity)).toHaveLength(cities);
  });

  it('has 118 raions, 10 cities and Minsk city with its 9 districts', () => {
    expect(districts.filter((unit) => unit.parentCode !== 'BY-HM' && !isCity(unit))).toHaveLength(118);
    expect(districts.filter(isCity)).toHaveLength(10);
    expect(childrenOf('BY-HM')).toHaveLength(9);
    expect(units).toHaveLength(1 + 7 + 118 + 10 + 9);
  });

  it('keeps every code the demo list had (cases refer to them)', () => {
    const minskCity = ['tsentralny', 'frunzensky', 'kastrychnitski', 'leninsky', 'maskouski', 'partyzansky'];
    const brest = ['baranavichy', 'biaroza', 'brest', 'hantsavichy', 'drahichyn', 'zhabinka', 'ivanava'];
    const brest2 = ['ivatsevichy', 'kamianets', 'kobryn', 'luninets', 'liakhavichy', 'malaryta', 'pinsk'];
    const codes = [
      ...[...minskCity, 'pershamaiski', 'savetski', 'zavodski'].map((slug) => `BY-HM-${slug}`),
      ...[...brest, ...brest2, 'pruzhany', 'stolin'].map((slug) => `BY-BR-${slug}`),
    ];
    expect(codes).toHaveLength(25);
    for (const code of codes) expect(findUnit(code)?.level, code).toBe('district');
  });

  it('gives every unit a unique Haven code under a Belarusian region that exists', () => {
    const codes = units.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of districts) {
      const parent = findUnit(unit.parentCode ?? '');
      expect(parent?.level, unit.code).toBe('region');
      expect(parent?.parentCode, unit.code).toBe('BY');
      expect(unit.code, unit.code).toMatch(new RegExp(`^${unit.parentCode}-[a-z]+(-[a-z]+)*$`));
    }
  });

  it('names every unit in all five locales, each in its own script and spelling', () => {
    const foreign = FOREIGN_LETTERS;
    for (const unit of units) {
      for (const locale of LOCALES) {
        const name = unit.names[locale];
        expect(name?.trim(), `${unit.code}.${locale}`).toBeTruthy();
        expect(name, `${unit.code}.${locale}`).not.toMatch(foreign[locale]);
      }
    }
  });

  it('names raions as adjectives and no two units of a voblast alike', () => {
    const raions = districts.filter((unit) => unit.parentCode !== 'BY-HM' && !isCity(unit));
    for (const unit of raions) {
      expect(unit.names.en, unit.code).toMatch(/ Raion$/);
      expect(unit.names.uk, unit.code).toMatch(/ький район$/);
      expect(unit.names.ru, unit.code).toMatch(/[^ь]кий район$/);
      expect(unit.names.be, unit.code).toMatch(/кі раён$/);
      expect(unit.names.ro, unit.code).toMatch(/^Raionul /);
    }
    for (const [voblast] of VOBLASTS) {
      for (const locale of LOCALES) {
        const names = childrenOf(voblast).map((unit) => unit.names[locale]);
        expect(new Set(names).size, `${voblast}.${locale}`).toBe(names.length);
      }
    }
  });
});

describe('Moldova: first level and the 13 municipalities (docs/reference-data.md)', () => {
  // [Romanian name, code, parent]: the municipalities of Law no. 764/2001 as amended.
  const MUNICIPALITIES = [
    ['Chișinău', 'MD-CU', 'MD'],
    ['Bălți', 'MD-BA', 'MD'],
    ['Bender', 'MD-BD', 'MD'],
    ['Cahul', 'MD-CA-cahul', 'MD-CA'],
    ['Ceadîr-Lunga', 'MD-GA-ceadir-lunga', 'MD-GA'],
    ['Comrat', 'MD-GA-comrat', 'MD-GA'],
    ['Edineț', 'MD-ED-edinet', 'MD-ED'],
    ['Hîncești', 'MD-HI-hincesti', 'MD-HI'],
    ['Orhei', 'MD-OR-orhei', 'MD-OR'],
    ['Soroca', 'MD-SO-soroca', 'MD-SO'],
    ['Strășeni', 'MD-ST-straseni', 'MD-ST'],
    ['Tiraspol', 'MD-SN-tiraspol', 'MD-SN'],
    ['Ungheni', 'MD-UN-ungheni', 'MD-UN'],
  ] as const;
  const units = unitsOf('MD');

  it('has 13 municipalities', () => {
    expect(MUNICIPALITIES).toHaveLength(13);
    expect(new Set(MUNICIPALITIES.map(([name]) => name)).size).toBe(13);
  });

  it.each(MUNICIPALITIES)(
    '%s is %s under %s, named as a municipality in all five locales',
    (name, code, parent) => {
      const unit = findUnit(code);
      expect(unit?.parentCode).toBe(parent);
      expect(unit?.level).toBe(parent === 'MD' ? 'region' : 'community');
      expect(findUnit(parent)?.level).toBe(parent === 'MD' ? 'country' : 'region');
      expect(unit?.names.ro).toBe(`Municipiul ${name}`);
      expect(unit?.names.en).toBe(`${name} (municipality)`);
      expect(unit?.names.uk).toMatch(/^муніципій \S/);
      expect(unit?.names.ru).toMatch(/^муниципий \S/);
      expect(unit?.names.be).toMatch(/^муніцыпій \S/);
    },
  );

  it('lists each municipality exactly once, and nothing else as a municipality', () => {
    const named = units.filter((unit) => unit.names.ro.startsWith('Municipiul '));
    expect(named.map((unit) => unit.code).sort()).toEqual(MUNICIPALITIES.map(([, code]) => code).sort());
    for (const [name, code] of MUNICIPALITIES) {
      // No second unit under the plain town name (the demo's towns became the municipalities).
      const same = units.filter((unit) => [name, `Municipiul ${name}`].includes(unit.names.ro));
      expect(
        same.map((unit) => unit.code),
        name,
      ).toEqual([code]);
      for (const locale of LOCALES) {
        const names = units.map((unit) => unit.names[locale]);
        expect(
          names.filter((n) => n === findUnit(code)?.names[locale]),
          `${code}.${locale}`,
        ).toHaveLength(1);
      }
    }
  });

  it('has unique codes, each a Haven code under a Moldovan unit below the first level', () => {
    const codes = units.map((unit) => unit.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const unit of units.filter((u) => u.level === 'community')) {
      expect(findUnit(unit.parentCode ?? '')?.parentCode, unit.code).toBe('MD');
      expect(unit.code, unit.code).toMatch(new RegExp(`^${unit.parentCode}-[a-z]+(-[a-z]+)*$`));
    }
  });

  it('keeps every code the demo list had (cases refer to them) and each unit its first child', () => {
    const communities = {
      'MD-CU': ['botanica', 'buiucani', 'centru', 'ciocana', 'riscani'],
      'MD-OR': ['orhei', 'peresecina'],
      'MD-CA': ['cahul', 'giurgiulesti'],
      'MD-UN': ['ungheni', 'cornesti'],
      'MD-GA': ['comrat', 'ceadir-lunga', 'vulcanesti'],
    };
    for (const [parent, slugs] of Object.entries(communities)) {
      // seed-demo and the test factories put a team in a region's first child.
      expect(childrenOf(parent)[0]?.code).toBe(`${parent}-${slugs[0]}`);
      for (const slug of slugs) {
        expect(findUnit(`${parent}-${slug}`)?.parentCode, slug).toBe(parent);
        expect(findUnit(`${parent}-${slug}`)?.level, slug).toBe('community');
      }
    }
    // Chișinău's 5 sectors, the demo's 9 towns and communes, the 5 municipalities added with issue 11.
    expect(units.filter((unit) => unit.level === 'community')).toHaveLength(5 + 9 + 5);
  });

  it('names every unit in its own script, Romanian with comma-below ș ț, never cedilla', () => {
    for (const unit of units) {
      for (const locale of LOCALES) {
        const name = unit.names[locale];
        expect(name?.trim(), `${unit.code}.${locale}`).toBeTruthy();
        expect(name, `${unit.code}.${locale}`).not.toMatch(FOREIGN_LETTERS[locale]);
        expect(name, `${unit.code}.${locale}`).not.toMatch(/[ŞşŢţ]/);
      }
    }
  });
});
