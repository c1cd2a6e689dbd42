import type { NamePattern } from './admin-unit.ts';

/**
 * A Belarusian city of regional subordination that is a unit in its own right (its own city executive
 * committee, outside any raion), named like Minsk city (BY-HM). Its slug ends in `-city`, because the
 * raion around it usually has the city's name and took the plain slug first (`BY-BR-brest`).
 */
export const BY_CITY: NamePattern = {
  en: (s) => `${s} (city)`,
  uk: (s) => `місто ${s}`,
  ru: (s) => `город ${s}`,
  ro: (s) => `Orașul ${s}`,
  be: (s) => `горад ${s}`,
};
