// i18next set-up. Each language's catalogue is its own chunk (catalogues/<lang>.ts), loaded through a
// tiny i18next backend: a browser fetches the user's language and English (the fallback), not all five.
// main.tsx waits for `i18nReady` before the first render, so no page ever shows raw keys.
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../api/types.ts';
import type { Catalogue } from './catalogues/merge.ts';

const CATALOGUES: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./catalogues/en.ts'),
  uk: () => import('./catalogues/uk.ts'),
  ru: () => import('./catalogues/ru.ts'),
  ro: () => import('./catalogues/ro.ts'),
  be: () => import('./catalogues/be.ts'),
};

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(null, {});
    CATALOGUES[language]().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

const STORAGE_KEY = 'haven.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Before sign-in the choice lives in localStorage; after sign-in the user's saved preference wins. */
function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked by browser policy; the browser language is a fine fallback.
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not fatal: the language simply will not survive a reload before sign-in.
  }
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

i18next.on('languageChanged', (lng) => {
  // Screen readers pick pronunciation from the lang attribute (WCAG 3.1.1).
  document.documentElement.lang = lng;
});

/** Settles once the first language (and the fallback) is loaded; the app renders after it. */
export const i18nReady = i18next
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: initialLocale(),
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
  });

export { i18next };
