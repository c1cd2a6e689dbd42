// Every UI string must exist in all five languages, with the plural forms each language needs, and
// every key the code asks for must exist. A missing key would silently show English or the raw key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../api/types.ts';

type Catalogue = { [key: string]: string | Catalogue };
const dir = new URL('./locales/', import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as Catalogue;
const areas = readdirSync(dir).filter((entry) => statSync(new URL(entry, dir)).isDirectory());

/**
 * The core catalogue plus every area's (locales/<area>/<lang>.json), deep-merged as the app merges them;
 * an area may add keys to a shared section (its error codes under `errors`) but never redefine a string.
 */
function mergeInto(target: Catalogue, source: Catalogue, where: string, path = ''): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined) target[key] = value;
    else if (typeof existing !== 'string' && typeof value !== 'string')
      mergeInto(existing, value, where, `${path}${key}.`);
    else throw new Error(`${where} redefines the key "${path}${key}"`);
  }
}

function load(locale: string): Catalogue {
  const merged = readJson(new URL(`${locale}.json`, dir));
  for (const area of areas)
    mergeInto(merged, readJson(new URL(`${area}/${locale}.json`, dir)), `${area}/${locale}.json`);
  return merged;
}

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;
const english = flatten(load('en'));
// A key is a plural form only when its base has an `_other` form: `errors.field.too_many` is a code.
const pluralBases = new Set(
  [...english.keys()].filter((key) => key.endsWith('_other')).map((k) => k.slice(0, -6)),
);
const baseOf = (key: string) => {
  const base = key.replace(PLURAL_FORM, '');
  return base !== key && pluralBases.has(base) ? base : key;
};
const englishBase = new Set([...english.keys()].map(baseOf));

/**
 * Keys that occur twice in one object of a JSON text. JSON.parse keeps the last silently, so a
 * translator's correction of the first would never reach the screen.
 */
function repeatedKeys(text: string): string[] {
  const open: Set<string>[] = [];
  const repeated: string[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') open.push(new Set());
    else if (char === '}') open.pop();
    else if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const key = text.slice(i + 1, end);
      const after = text.slice(end + 1).match(/^\s*:/);
      const keys = open.at(-1);
      if (after && keys) {
        if (keys.has(key)) repeated.push(key);
        keys.add(key);
      }
      i = end;
    }
  }
  return repeated;
}

describe('translation catalogues', () => {
  it('no catalogue names a key twice in one section', () => {
    const files = ['', ...areas.map((area) => `${area}/`)].flatMap((folder) =>
      LOCALES.map((locale) => `${folder}${locale}.json`),
    );
    const found = files.flatMap((file) =>
      repeatedKeys(readFileSync(new URL(file, dir), 'utf8')).map((key) => `${file}: ${key}`),
    );
    expect(found).toEqual([]);
  });

  for (const locale of LOCALES) {
    it(`${locale} has every key, plural form and placeholder`, () => {
      const strings = flatten(load(locale));
      const bases = new Set([...strings.keys()].map(baseOf));
      expect([...englishBase].filter((key) => !bases.has(key))).toEqual([]);
      expect([...bases].filter((key) => !englishBase.has(key))).toEqual([]);
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        for (const form of forms)
          expect(strings.has(`${base}_${form}`), `${locale} ${base}_${form}`).toBe(true);
      }
      for (const [key, text] of strings) {
        const englishText = english.get(key) ?? english.get(`${baseOf(key)}_other`) ?? '';
        const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(englishText));
        expect(text.trim(), `${locale} ${key} is empty`).not.toBe('');
      }
    });
  }

  it('every area catalogue exists in all five languages', () => {
    for (const area of areas) {
      for (const locale of LOCALES)
        expect(statSync(new URL(`${area}/${locale}.json`, dir)).isFile()).toBe(true);
    }
  });

  it('Romanian uses comma-below ș ț, never cedilla ş ţ', () => {
    for (const path of ['ro.json', ...areas.map((area) => `${area}/ro.json`)])
      expect(readFileSync(new URL(path, dir), 'utf8'), path).not.toMatch(/[şţŞŢ]/);
  });

  it('every literal key used in src/web exists in English', () => {
    const root = new URL('..', import.meta.url).pathname;
    const files: string[] = [];
    const walk = (path: string) => {
      for (const entry of readdirSync(path)) {
        const full = join(path, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry) && !entry.endsWith('.test.ts')) files.push(full);
      }
    };
    walk(root);
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        const key = match[1] ?? '';
        if (!englishBase.has(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
