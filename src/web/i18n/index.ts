/// <reference types="vite/client" />
// i18next set-up. All five catalogues are bundled: they are small, and loading them lazily would
// need extra requests before the first paint of the sign-in page. Each area may keep its strings in
// locales/<area>/<lang>.json under its own top-level key; they are merged into the core catalogue.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../api/types.ts';
import be from './locales/be.json';
import en from './locales/en.json';
import ro from './locales/ro.json';
import ru from './locales/ru.json';
import uk from './locales/uk.json';

type Catalogue = Record<string, unknown>;
const areaCatalogues = import.meta.glob<Catalogue>('./locales/*/*.json', { eager: true, import: 'default' });

function withAreas(locale: Locale, core: Catalogue): Catalogue {
  const merged: Catalogue = { ...core };
  for (const [path, catalogue] of Object.entries(areaCatalogues)) {
    if (path.endsWith(`/${locale}.json`)) Object.assign(merged, catalogue);
  }
  return merged;
}

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

// Resources are inline, so initialising synchronously is safe and avoids a top-level await.
void i18next.use(initReactI18next).init({
  initAsync: false,
  resources: {
    en: { translation: withAreas('en', en) },
    uk: { translation: withAreas('uk', uk) },
    ru: { translation: withAreas('ru', ru) },
    ro: { translation: withAreas('ro', ro) },
    be: { translation: withAreas('be', be) },
  },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
});

export { i18next };
