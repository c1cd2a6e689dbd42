import type { NamePattern } from './admin-unit.ts';

/**
 * A Moldovan municipality (`municipiu`) of Law no. 764/2001 on the administrative-territorial
 * organisation, named as Chișinău municipality (MD-CU) always was: "Municipiul Orhei", "муніципій
 * Оргіїв". Three are first-level units (MD-CU, MD-BA, MD-BD, md-regions.ts); the other ten lie within a
 * raion, ATU Gagauzia or the left-bank units and are communities there (md-communities.ts). Their slug is
 * the plain town name (`MD-OR-orhei`): unlike a Belarusian raion, a Moldovan raion is a region, so the
 * plain slug below it was free.
 */
export const MD_MUNICIPALITY: NamePattern = {
  en: (s) => `${s} (municipality)`,
  uk: (s) => `муніципій ${s}`,
  ru: (s) => `муниципий ${s}`,
  ro: (s) => `Municipiul ${s}`,
  be: (s) => `муніцыпій ${s}`,
};
