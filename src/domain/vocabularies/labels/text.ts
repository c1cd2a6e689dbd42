import type { LocalisedText } from '../../locales.ts';

/** Positional constructor in LOCALES order (en, uk, ru, ro, be), to keep label tables readable. */
export function text(en: string, uk: string, ru: string, ro: string, be: string): LocalisedText {
  return { en, uk, ru, ro, be };
}

export const OTHER = text('Other', 'Інше', 'Другое', 'Altele', 'Іншае');
