import type { LocalisedText } from '../locales.ts';

/** Positional constructor in LOCALES order (en, uk, ru, ro, be), so label tables stay readable. */
export function t(en: string, uk: string, ru: string, ro: string, be: string): LocalisedText {
  return { en, uk, ru, ro, be };
}
