import type { Locale, LocalisedText } from '../locales.ts';
import type { CountryCode } from './admin-unit.ts';

export type Country = {
  code: CountryCode;
  names: LocalisedText;
  /** The locale a new user of this country's node starts in. */
  defaultLocale: Locale;
  /** State languages, in which official documents of the country are written. */
  officialLocales: readonly Locale[];
};

export const COUNTRIES: Record<CountryCode, Country> = {
  UA: {
    code: 'UA',
    names: { en: 'Ukraine', uk: 'Україна', ru: 'Украина', ro: 'Ucraina', be: 'Украіна' },
    defaultLocale: 'uk',
    officialLocales: ['uk'],
  },
  MD: {
    code: 'MD',
    names: {
      en: 'Republic of Moldova',
      uk: 'Республіка Молдова',
      ru: 'Республика Молдова',
      ro: 'Republica Moldova',
      be: 'Рэспубліка Малдова',
    },
    defaultLocale: 'ro',
    officialLocales: ['ro'],
  },
  BY: {
    code: 'BY',
    names: { en: 'Belarus', uk: 'Білорусь', ru: 'Беларусь', ro: 'Belarus', be: 'Беларусь' },
    // Both languages are official; Russian is the working language of most state agencies and
    // case files, so practitioners start there and can switch.
    defaultLocale: 'ru',
    officialLocales: ['be', 'ru'],
  },
};
