import type { Locale, LocalisedText } from '../locales.ts';

export const COUNTRY_CODES = ['UA', 'MD', 'BY'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** Deepest last. A unit's parent is always at a shallower level, but a level may be skipped. */
export const ADMIN_LEVELS = ['country', 'region', 'district', 'community'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export type AdminUnit = {
  /** ISO 3166-1/3166-2 where one exists, otherwise a Haven code `<parentCode>-<slug>` (see docs/reference-data.md). */
  code: string;
  parentCode: string | null;
  level: AdminLevel;
  names: LocalisedText;
};

/** Name stems for one unit, in LOCALES order; a pattern adds the "oblast"/"raion" words per language. */
export type NameStems = readonly [en: string, uk: string, ru: string, ro: string, be: string];

export type NamePattern = { readonly [L in Locale]: (stem: string) => string };

export function applyPattern(pattern: NamePattern, [en, uk, ru, ro, be]: NameStems): LocalisedText {
  return {
    en: pattern.en(en),
    uk: pattern.uk(uk),
    ru: pattern.ru(ru),
    ro: pattern.ro(ro),
    be: pattern.be(be),
  };
}

/** The same names in every locale: for proper names that are not translated. */
export const AS_IS: NamePattern = { en: (s) => s, uk: (s) => s, ru: (s) => s, ro: (s) => s, be: (s) => s };

export const RAION_PATTERN: NamePattern = {
  en: (s) => `${s} Raion`,
  uk: (s) => `${s} район`,
  ru: (s) => `${s} район`,
  ro: (s) => `Raionul ${s}`,
  be: (s) => `${s} раён`,
};

/** Haven's own stable code for a unit without a reliable official code: `<parentCode>-<slug>`. */
export function havenCode(parentCode: string, slug: string): string {
  return `${parentCode}-${slug}`;
}

/**
 * Builds the children of one unit from rows of [slug, ...stems]. The slug is part of the stored code,
 * so it must never change once cases reference it, even if the unit is renamed.
 */
export function childUnits(
  parentCode: string,
  level: AdminLevel,
  pattern: NamePattern,
  rows: readonly (readonly [slug: string, ...stems: NameStems])[],
): AdminUnit[] {
  return rows.map(([slug, ...stems]) => ({
    code: havenCode(parentCode, slug),
    parentCode,
    level,
    names: applyPattern(pattern, stems),
  }));
}
