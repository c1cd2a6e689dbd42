// Cyrillic → Latin and Latin folding into one "skeleton" per name. The skeleton is deliberately lossy:
// the national (UA 2010), ICAO 9303, older passport, BGN/PCGN, Belarusian and Romanian spellings of
// one Cyrillic name must collapse onto the same string, so distinctions that those systems write
// differently (г = h/g, и/ы/й/і = y/i, я = ia/ya/ja, х = kh/h, щ = shch/sc) are merged on purpose.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
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
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Diacritics seen in Romanian, Polish, Czech/Slovak, Belarusian Łacinka and German spellings of the
// same names; digraph values keep the sound the way the Slavic transliterations write it.
const LATIN_DIACRITICS: Record<string, string> = {
  ș: 'sh',
  ş: 'sh',
  ț: 'ts',
  ţ: 'ts',
  ă: 'a',
  â: 'i',
  î: 'i',
  š: 'sh',
  ś: 's',
  č: 'ch',
  ć: 'ch',
  ž: 'zh',
  ź: 'z',
  ż: 'zh',
  ł: 'l',
  ń: 'n',
  ŭ: 'u',
  ü: 'u',
  ö: 'o',
  ä: 'a',
  é: 'e',
  è: 'e',
  ë: 'e',
  ę: 'e',
  ą: 'a',
  ó: 'o',
  á: 'a',
  í: 'i',
  ú: 'u',
  ý: 'y',
  ě: 'e',
  ř: 'r',
  ñ: 'n',
  ç: 's',
  ß: 'ss',
  ï: 'i',
};

const APOSTROPHES = /['’ʼ`´‘"]/g;

// Romanian writes ж as j (Jucov = Жуков), the Slavic Latin systems write j for й or the iotation of
// я/ю/є (Jurij, Julia). A word is read as Romanian when it has a Romanian letter or a Romanian
// spelling of a Slavic surname ending; elsewhere j stays with i in the skeleton.
const ROMANIAN_WORD = /[ășşțţâî]|(?:cov|cova|ciuc|ciuk|escu|eanu|schi|ici|enco|encu)$/u;

function romanianJ(word: string): string {
  return word.includes('j') && ROMANIAN_WORD.test(word) ? word.replaceAll('j', 'ж') : word;
}

/** One character in plain Latin: a Cyrillic or Latin letter, a separator as a space; undefined otherwise. */
function latinOf(ch: string): string | undefined {
  const cyr = CYRILLIC_TO_LATIN[ch];
  if (cyr !== undefined) return cyr;
  const lat = LATIN_DIACRITICS[ch];
  if (lat !== undefined) return lat;
  if (ch >= 'a' && ch <= 'z') return ch;
  if (/[\s\-/(),.]/.test(ch)) return ' ';
  // other marks, digits and scripts carry no name information
  return undefined;
}

/** Lower-cases and writes Cyrillic and diacritic letters in plain Latin (no folding of systems). */
export function romanise(text: string): string {
  const lower = text
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/\p{L}+/gu, romanianJ);
  let out = '';
  for (const ch of lower) {
    const direct = latinOf(ch);
    if (direct !== undefined) out += direct;
    else {
      // A letter with marks (after NFD input, or a precomposed letter not in the tables) is read as its
      // base letters. One level only, never romanise() again: NFC would recompose some decompositions
      // (Hangul syllables into their jamo and back), and the recursion never ended.
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      if (base !== ch) for (const part of base) out += latinOf(part) ?? '';
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

// Ordered rewrite rules over a romanised word. Order matters: multi-letter sequences first, and the
// digraphs zh/sh/ch/ts/kh are held as single placeholders (Z S C T X) while h and g are merged, so
// that UA "zgh" (зг) never collapses onto "zh" (ж).
const FOLDING_RULES: Array<[RegExp, string]> = [
  [/x/g, 'ks'],
  [/schi$/, 'ski'], // Romanian spelling of -ский/-ський (Kovalevschi)
  [/tsch/g, 'C'], // German spelling of ч
  [/shch/g, 'S'],
  [/sch/g, 'S'], // German Sch-, Polish szcz-like
  [/shc(?=[eiy])/g, 'S'], // Romanian șc + e/i for щ (Șcerbina)
  [/ci(?=[aou])/g, 'C'], // Romanian ciu/cea/cio = чу/ча/чо (Gordeiciuc)
  [/c(?=[eiy])/g, 'C'], // Romanian ce/ci = че/чи
  [/gh(?=[eiy])/g, 'g'], // Romanian ghe/ghi = hard g
  [/zgh/g, 'zg'], // UA 2010 writes зг as zgh so it is not read as ж
  [/zh/g, 'Z'],
  [/sh/g, 'S'],
  [/ch/g, 'C'],
  [/kh/g, 'X'],
  [/ph/g, 'f'],
  [/h/g, 'g'], // UA/BY г = h, RU г = g
  [/tz|ts/g, 'T'],
  [/ck|c|q/g, 'k'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/i+/g, 'i'], // ii, iy, yi, ij all read as one i-sound for matching
  [/ie/g, 'e'], // є/е written ie, ye, je, e
  [/Ci$/, 'C'], // Romanian final -ici = -ич (Alexandrovici)
  [/([bdfgklmnprstvzZSCTX])\1+/g, '$1'], // double consonants (Kirill/Kiril, Filipp/Filip)
];

const PLACEHOLDERS: Record<string, string> = { Z: 'zh', S: 'sh', C: 'ch', T: 'ts', X: 'kh' };

/** One word's transliteration-independent skeleton. */
export function foldWord(romanisedWord: string): string {
  let w = romanisedWord;
  for (const [pattern, replacement] of FOLDING_RULES) w = w.replace(pattern, replacement);
  return w.replace(/[ZSCTX]/g, (p) => PLACEHOLDERS[p] ?? p);
}

/** Full skeleton of a name (words folded and joined by single spaces). */
export function skeleton(name: string): string {
  return romanise(name)
    .split(' ')
    .filter((w) => w.length > 0)
    .map(foldWord)
    .join(' ');
}
