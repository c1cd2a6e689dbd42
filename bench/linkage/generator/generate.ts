import { seededRandom } from '../../../src/domain/linkage/random.ts';
import { romaniseWith, type SystemName, stripDiacritics } from './romanisation-systems.ts';
import {
  FEMALE_NAMES,
  type GivenForms,
  MALE_NAMES,
  PATRONYMICS,
  PLACES,
  ROMANIAN_SURNAMES,
  SLAVIC_SURNAMES,
} from './tables.ts';

/** One generated record in Haven's CSV columns, plus the child it describes (never written out). */
export interface GeneratedRecord {
  id: string;
  entity: number;
  given_name: string;
  family_name: string;
  patronymic: string;
  sex: string;
  birth_date: string;
  birth_place: string;
  citizenship: string;
}

type Country = 'UA' | 'MD' | 'BY';
type Language = 0 | 1 | 2 | 3; // uk, ru, be, ro — index into the name tables

interface Child {
  entity: number;
  sex: 'm' | 'f';
  given: GivenForms;
  surname: { slavic: readonly [string, string] } | { romanian: readonly [string, string] };
  patronymic: number;
  birth: { year: number; month: number; day: number };
  place: (typeof PLACES)[number];
  country: Country;
}

export interface GeneratorOptions {
  seed: number;
  /** Children recorded in both files. */
  matches: number;
  /** Extra children only in the right file, half of them siblings of left-file children. */
  distractors: number;
  /**
   * Lookalike mode: a fifth of the left file are children with no record on the right, distractors
   * are lookalikes of left-file children in equal shares — born the same day (same sex, unrelated
   * names), same family name and place, siblings, twins, and namesakes born years apart — and a
   * Ukrainian registry writes the Russian form of a name one time in three.
   */
  lookalikes?: boolean;
}

type Lookalike = 'same-birth-date' | 'same-family-name' | 'sibling' | 'twin' | 'namesake';
const LOOKALIKES: readonly Lookalike[] = [
  'same-birth-date',
  'same-family-name',
  'sibling',
  'twin',
  'namesake',
];

const ERROR_RATE = { typo: 0.15, date: 0.12, missing: 0.15, swapNames: 0.03, doubleSurname: 0.05 };

export function generateLinkageSet(options: GeneratorOptions): {
  left: GeneratedRecord[];
  right: GeneratedRecord[];
} {
  const rnd = seededRandom(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;

  const newChild = (entity: number, sibling?: Child): Child => {
    const sex = chance(0.5) ? 'm' : 'f';
    const country: Country = sibling?.country ?? pick(['UA', 'UA', 'UA', 'MD', 'MD', 'BY', 'BY'] as const);
    const surname =
      sibling?.surname ??
      (country === 'MD' && chance(0.6)
        ? { romanian: pick(ROMANIAN_SURNAMES) }
        : { slavic: pick(SLAVIC_SURNAMES) });
    const twin = sibling && chance(0.3);
    const year = twin ? sibling.birth.year : 2006 + Math.floor(rnd() * 18);
    return {
      entity,
      sex,
      given: pick(sex === 'm' ? MALE_NAMES : FEMALE_NAMES),
      surname,
      patronymic: sibling?.patronymic ?? Math.floor(rnd() * PATRONYMICS.length),
      birth: twin
        ? sibling.birth
        : { year, month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28) },
      place: sibling?.place ?? pick(PLACES.filter((p) => p[4] === country)),
      country,
    };
  };

  const lookalikeOf = (entity: number, base: Child, kind: Lookalike): Child => {
    if (kind === 'sibling') return newChild(entity, base);
    if (kind === 'twin') return { ...newChild(entity, base), birth: base.birth };
    const fresh = newChild(entity);
    if (kind === 'same-birth-date') {
      const other = pick(base.sex === 'm' ? MALE_NAMES : FEMALE_NAMES);
      return {
        ...fresh,
        sex: base.sex,
        given: other === base.given ? fresh.given : other,
        birth: base.birth,
      };
    }
    if (kind === 'same-family-name')
      return { ...fresh, surname: base.surname, place: base.place, country: base.country };
    // a namesake: same given and family name, born 2–8 years apart, another father
    const years = (2 + Math.floor(rnd() * 7)) * (base.birth.year > 2014 ? -1 : 1);
    return {
      ...fresh,
      sex: base.sex,
      given: base.given,
      surname: base.surname,
      country: base.country,
      birth: { ...fresh.birth, year: base.birth.year + years },
    };
  };

  // How a registry in `country` writes this child: script, language of the name, romanisation system.
  const render = (child: Child, country: Country, id: string): GeneratedRecord => {
    const latin = country === 'MD' ? chance(0.75) : chance(0.3);
    const language: Language =
      country === 'UA'
        ? options.lookalikes && chance(0.3)
          ? 1
          : 0
        : country === 'BY'
          ? chance(0.4)
            ? 2
            : 1
          : latin
            ? 3
            : 1;
    const system: SystemName =
      country === 'UA'
        ? chance(0.8)
          ? 'ua2010'
          : 'ruOldPassport'
        : country === 'BY'
          ? 'byPassport'
          : 'romanian';
    const cedilla = chance(0.3);
    const plain = country === 'MD' && chance(0.3);
    const write = (cyrillic: string) => {
      if (!latin) return cyrillic;
      const text = romaniseWith(
        pick([system, system, system, pick(['icao2013', 'bgn'] as const)]),
        cyrillic,
        { cedilla },
      );
      return plain ? stripDiacritics(text) : text;
    };
    // Moldovan registries write the Romanian form of the name, or spell the Russian one in Romanian.
    const nativeRomanian = language === 3 && chance(0.6);
    const givenSource = nativeRomanian ? child.given[3] : child.given[language === 3 ? 1 : language];
    const given = nativeRomanian ? (plain ? stripDiacritics(givenSource) : givenSource) : write(givenSource);
    let family: string;
    if ('romanian' in child.surname) family = latin ? child.surname.romanian[0] : child.surname.romanian[1];
    else {
      const cyrillic = child.surname.slavic[language === 0 ? 0 : 1];
      family = write(child.sex === 'f' ? feminine(cyrillic) : cyrillic);
    }
    const patronymics = PATRONYMICS[child.patronymic]!;
    const patronymicCyrillic =
      patronymics[(language === 0 ? 0 : language === 2 ? 4 : 2) + (child.sex === 'f' ? 1 : 0)]!;
    const patronymic = country === 'MD' && chance(0.6) ? '' : write(patronymicCyrillic);
    const place = latin ? pick([child.place[2], child.place[3]]) : child.place[language === 0 ? 0 : 1];
    const b = child.birth;
    const citizenship = latin
      ? pick([child.country, countryName(child.country, 'en')])
      : countryName(child.country, 'cyr');
    return {
      id,
      entity: child.entity,
      given_name: given,
      family_name: family,
      patronymic,
      sex: latin ? child.sex : child.sex === 'm' ? pick(['ч', 'м', 'm']) : pick(['ж', 'f']),
      birth_date: `${b.year}-${pad(b.month)}-${pad(b.day)}`,
      birth_place: place,
      citizenship,
    };
  };

  const corrupt = (r: GeneratedRecord): GeneratedRecord => {
    const out = { ...r };
    if (chance(ERROR_RATE.typo)) out.given_name = typo(out.given_name, rnd);
    if (chance(ERROR_RATE.typo)) out.family_name = typo(out.family_name, rnd);
    if (chance(ERROR_RATE.date)) out.birth_date = dateError(out.birth_date, rnd);
    for (const field of ['patronymic', 'birth_place', 'sex', 'citizenship', 'birth_date'] as const) {
      if (chance(field === 'birth_date' ? 0.04 : ERROR_RATE.missing)) out[field] = '';
    }
    if (chance(ERROR_RATE.doubleSurname))
      out.family_name = `${out.family_name}-${typo(pick(ROMANIAN_SURNAMES)[0], rnd)}`;
    if (chance(ERROR_RATE.swapNames)) [out.given_name, out.family_name] = [out.family_name, out.given_name];
    return out;
  };

  const left: GeneratedRecord[] = [];
  const right: GeneratedRecord[] = [];
  const children: Child[] = [];
  for (let e = 0; e < options.matches; e++) {
    const child = newChild(e);
    children.push(child);
    const other = pick((['UA', 'MD', 'BY'] as const).filter((c) => c !== child.country || chance(0.3)));
    left.push(render(child, child.country, `L${e}`));
    right.push(corrupt(render(child, other, `R${e}`)));
  }
  const leftOnly = options.lookalikes ? Math.round(options.matches / 4) : 0;
  for (let e = options.matches; e < options.matches + leftOnly; e++) {
    const child = newChild(e);
    children.push(child);
    left.push(render(child, child.country, `L${e}`));
  }
  for (let d = 0; d < options.distractors; d++) {
    const entity = options.matches + leftOnly + d;
    const child = options.lookalikes
      ? lookalikeOf(entity, pick(children), LOOKALIKES[d % LOOKALIKES.length]!)
      : d % 2 === 0 && children.length > 0
        ? newChild(entity, pick(children))
        : newChild(entity);
    right.push(corrupt(render(child, pick(['UA', 'MD', 'BY'] as const), `R${entity}`)));
  }
  // shuffle the right file so that order reveals nothing
  for (let i = right.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [right[i], right[j]] = [right[j]!, right[i]!];
  }
  return { left, right };
}

const pad = (n: number) => String(n).padStart(2, '0');

function countryName(country: Country, form: 'en' | 'cyr'): string {
  const names = {
    UA: ['Ukraine', 'Україна'],
    MD: ['Moldova', 'Молдова'],
    BY: ['Belarus', 'Беларусь'],
  } as const;
  return names[country][form === 'en' ? 0 : 1];
}

// Slavic surnames take a feminine form: -ов/-ев/-ін → -ова/-ева/-іна, -ський → -ська (-ский → -ская).
function feminine(family: string): string {
  return family
    .replace(/(ов|ев|ёв|єв|ин|ін)$/, '$1а')
    .replace(/ський$/, 'ська')
    .replace(/ский$/, 'ская');
}

function typo(text: string, rnd: () => number): string {
  const chars = [...text];
  if (chars.length < 3) return text;
  const i = 1 + Math.floor(rnd() * (chars.length - 2));
  const kind = Math.floor(rnd() * 4);
  const letters = /[а-яіїєґ]/i.test(text) ? 'аеиоунртсклмвдп' : 'aeiounrtsklmvdp';
  const letter = letters[Math.floor(rnd() * letters.length)]!;
  if (kind === 0) chars[i] = letter;
  else if (kind === 1) chars.splice(i, 0, letter);
  else if (kind === 2) chars.splice(i, 1);
  else [chars[i], chars[i - 1]] = [chars[i - 1]!, chars[i]!];
  return chars.join('');
}

function dateError(date: string, rnd: () => number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const kind = Math.floor(rnd() * 4);
  if (kind === 0 && d <= 12) return `${y}-${pad(d)}-${pad(m)}`;
  if (kind === 1) return `${y}-${pad(m)}-${pad(Math.min(28, Math.max(1, d + (rnd() < 0.5 ? 1 : 10))))}`;
  if (kind === 2) return `${y + (rnd() < 0.5 ? -1 : 1)}-${pad(m)}-${pad(d)}`;
  return rnd() < 0.5 ? `${y}` : `${y}-${pad(m)}`;
}
