/**
 * The interface and data locales Haven speaks. Order matters: English first as the fallback a
 * practitioner from another country can always read; then the national languages of UA, MD, BY.
 */
export const LOCALES = ['en', 'uk', 'ru', 'ro', 'be'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text every practitioner can read in their own language: no locale may be missing. */
export type LocalisedText = Record<Locale, string>;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
