// How documents in the three countries write Cyrillic names in Latin letters. These tables render
// the generator's records; they are written independently of the normaliser in src/domain/linkage so
// that the evaluation tests the normaliser rather than agreeing with itself.

export type SystemName = 'ua2010' | 'icao2013' | 'ruOldPassport' | 'bgn' | 'byPassport' | 'romanian';

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
  і: 'i',
  ў: 'u',
  ґ: 'g',
  '-': '-',
  ' ': ' ',
};

const SYSTEMS: Record<
  Exclude<SystemName, 'romanian'>,
  { table: Record<string, string>; initial: Record<string, string> }
> = {
  // Cabinet of Ministers of Ukraine Resolution 55 (2010)
  ua2010: {
    table: {
      ...COMMON,
      г: 'h',
      е: 'e',
      є: 'ie',
      и: 'y',
      ї: 'i',
      й: 'i',
      ю: 'iu',
      я: 'ia',
      ё: 'io',
      ы: 'y',
      э: 'e',
    },
    initial: { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' },
  },
  // ICAO Doc 9303 (Russian passports since 2013)
  icao2013: {
    table: {
      ...COMMON,
      г: 'g',
      е: 'e',
      ё: 'e',
      и: 'i',
      й: 'i',
      ы: 'y',
      э: 'e',
      ю: 'iu',
      я: 'ia',
      ъ: 'ie',
      є: 'ie',
      ї: 'i',
    },
    initial: {},
  },
  // Russian passports before 2013 (MVD practice)
  ruOldPassport: {
    table: {
      ...COMMON,
      г: 'g',
      е: 'e',
      ё: 'e',
      и: 'i',
      й: 'y',
      ы: 'y',
      э: 'e',
      ю: 'yu',
      я: 'ya',
      є: 'ye',
      ї: 'yi',
    },
    initial: {},
  },
  // BGN/PCGN 1947 for Russian
  bgn: {
    table: {
      ...COMMON,
      г: 'g',
      е: 'e',
      ё: 'ye',
      и: 'i',
      й: 'y',
      ы: 'y',
      э: 'e',
      ю: 'yu',
      я: 'ya',
      є: 'ye',
      ї: 'yi',
    },
    initial: { е: 'ye' },
  },
  // Belarusian passports: ICAO-like with г → h, ў → u
  byPassport: {
    table: {
      ...COMMON,
      г: 'h',
      е: 'ie',
      ё: 'io',
      и: 'i',
      й: 'i',
      ы: 'y',
      э: 'e',
      ю: 'iu',
      я: 'ia',
      є: 'ie',
      ї: 'i',
    },
    initial: { е: 'e' },
  },
};

const VOWELS = 'аеєиіїоуыэюяёў';

// Romanian (Moldova) spelling of Slavic names: ч = ci/c, ш = ș, ж = j, к = c/ch, г = g/gh, ы = î.
function romanian(word: string, cedilla: boolean): string {
  let out = '';
  const chars = [...word];
  chars.forEach((ch, i) => {
    const next = chars[i + 1] ?? '';
    const front = 'еєиіїэяюё'.includes(next) || next === '';
    const map: Record<string, string> = {
      ...COMMON,
      г: front && next !== '' ? 'gh' : 'g',
      к: 'еиіє'.includes(next) && next !== '' ? 'ch' : 'c',
      ч: 'еиі'.includes(next) && next !== '' ? 'c' : next === '' ? 'ci' : 'ci',
      ш: cedilla ? 'ş' : 'ș',
      щ: cedilla ? 'şc' : 'șc',
      ж: 'j',
      х: 'h',
      ц: cedilla ? 'ţ' : 'ț',
      е: 'e',
      є: 'ie',
      и: 'i',
      ї: 'i',
      й: 'i',
      ы: 'î',
      э: 'e',
      ю: 'iu',
      я: 'ia',
      ё: 'io',
    };
    if (ch === 'ч' && 'ауо'.includes(next) && next !== '') out += 'ci';
    else if (ch === 'ч' && next === '') out += 'ci';
    else out += map[ch] ?? ch;
  });
  return out;
}

function capitalise(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function romaniseWith(system: SystemName, text: string, options: { cedilla?: boolean } = {}): string {
  const lower = text.toLowerCase();
  if (system === 'romanian')
    return capitalise(
      lower
        .split(/(\s|-)/)
        .map((w) => romanian(w, options.cedilla ?? false))
        .join(''),
    );
  const { table, initial } = SYSTEMS[system];
  let out = '';
  const chars = [...lower];
  chars.forEach((ch, i) => {
    const wordStart = i === 0 || ' -'.includes(chars[i - 1]!);
    const afterVowel = i > 0 && VOWELS.includes(chars[i - 1]!);
    if (system === 'ua2010' && ch === 'г' && chars[i - 1] === 'з') out += 'gh';
    else if (wordStart && initial[ch] !== undefined) out += initial[ch];
    else if (system === 'bgn' && ch === 'е' && afterVowel) out += 'ye';
    else out += table[ch] ?? ch;
  });
  return capitalise(out);
}

/** Moldovan records often lose diacritics altogether (keyboard layouts, older databases). */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
