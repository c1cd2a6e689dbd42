// Latin forms of Cyrillic names as documents in the three countries write them (DOMAIN §8). Written for
// the demo generator, after the tables of bench/linkage/generator; src/domain/linkage has its own folding
// for search, so the demo shows search working on forms it did not produce itself.

export type LatinSystem = 'ua2010' | 'icao2013' | 'ruOldPassport' | 'byPassport' | 'moldovan';

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
  "'": '',
  '’': '',
  ʼ: '',
  і: 'i',
  ў: 'u',
  ґ: 'g',
};

type Table = { table: Record<string, string>; initial: Record<string, string> };

const TABLES: Record<Exclude<LatinSystem, 'moldovan'>, Table> = {
  // Cabinet of Ministers of Ukraine Resolution 55 (2010), used in Ukrainian passports.
  ua2010: {
    table: { ...COMMON, г: 'h', е: 'e', є: 'ie', и: 'y', ї: 'i', й: 'i', ю: 'iu', я: 'ia' },
    initial: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
  },
  // ICAO Doc 9303, Russian passports since 2013.
  icao2013: {
    table: { ...COMMON, г: 'g', е: 'e', ё: 'e', и: 'i', й: 'i', ы: 'y', э: 'e', ю: 'iu', я: 'ia', ъ: 'ie' },
    initial: {},
  },
  // Russian passports before 2013.
  ruOldPassport: {
    table: { ...COMMON, г: 'g', е: 'e', ё: 'e', и: 'i', й: 'y', ы: 'y', э: 'e', ю: 'yu', я: 'ya' },
    initial: {},
  },
  // Belarusian passports: ICAO-like from the Belarusian form, г → h, ў → u.
  byPassport: {
    table: { ...COMMON, г: 'h', е: 'e', ё: 'io', и: 'i', й: 'i', ы: 'y', э: 'e', ю: 'iu', я: 'ia' },
    initial: {},
  },
};

function capitalise(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

// Moldovan (Romanian) spelling of Slavic names: ч → ci/c, ш → ș, ж → j, к → c/ch, г → g/gh, ы → î,
// so Гордейчук is Gordeiciuc and Сергей is Serghei.
function moldovanWord(word: string): string {
  const chars = [...word];
  let out = '';
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? '';
    const frontVowel = next !== '' && 'еєиіїэ'.includes(next);
    switch (ch) {
      case 'г':
        out += frontVowel ? 'gh' : 'g';
        return;
      case 'к':
        out += frontVowel ? 'ch' : 'c';
        return;
      case 'ч':
        out += frontVowel ? 'c' : 'ci';
        return;
      case 'ш':
        out += 'ș';
        return;
      case 'щ':
        out += 'șc';
        return;
      case 'ж':
        out += 'j';
        return;
      case 'х':
        out += 'h';
        return;
      case 'ц':
        out += 'ț';
        return;
      case 'є':
      case 'е':
        out += 'e';
        return;
      case 'и':
      case 'ї':
      case 'й':
        out += 'i';
        return;
      case 'ы':
        out += 'î';
        return;
      case 'э':
        out += 'e';
        return;
      case 'ю':
        out += 'iu';
        return;
      case 'я':
        out += 'ia';
        return;
      case 'ё':
        out += 'io';
        return;
      default:
        out += COMMON[ch] ?? ch;
    }
  });
  return out;
}

export function romanise(system: LatinSystem, text: string): string {
  const lower = text.toLowerCase();
  if (system === 'moldovan') {
    return capitalise(
      lower
        .split(/(\s|-)/)
        .map((w) => (/[\s-]/.test(w) ? w : moldovanWord(w)))
        .join(''),
    );
  }
  const { table, initial } = TABLES[system];
  const chars = [...lower];
  let out = '';
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const wordStart = i === 0 || prev === ' ' || prev === '-';
    const wordEnd = next === undefined || next === ' ' || next === '-';
    if (system === 'ua2010' && ch === 'г' && prev === 'з') out += 'gh';
    else if (system === 'byPassport' && ch === 'й' && prev === 'ы' && wordEnd) out += '';
    else if (wordStart && initial[ch] !== undefined) out += initial[ch];
    else out += table[ch] ?? ch;
  });
  return capitalise(out);
}

/** Romanian with the old cedilla letters (ş ţ) that many keyboards and databases still produce. */
export function withCedillas(text: string): string {
  return text.replace(/ș/g, 'ş').replace(/ț/g, 'ţ').replace(/Ș/g, 'Ş').replace(/Ț/g, 'Ţ');
}

/** Diacritics lost altogether (older databases, foreign keyboards). */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
