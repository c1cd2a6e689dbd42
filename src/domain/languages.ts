// Languages a child met by practitioners in UA, MD or BY may speak, as ISO 639-2 codes (the code set
// HTCDS prescribes for PrimaryLanguage/SecondaryLanguage). Haven stores the terminology (T) code,
// which equals ISO 639-3 and the codes browsers use; the bibliographic (B) variants still found in
// older registers and in other systems' exports are accepted and normalised.
import type { Locale, LocalisedText } from './locales.ts';

type Row = readonly [code: string, en: string, uk: string, ru: string, ro: string, be: string];

const ROWS = [
  // National and minority languages of the three countries.
  ['ukr', 'Ukrainian', 'українська', 'украинский', 'ucraineană', 'украінская'],
  ['rus', 'Russian', 'російська', 'русский', 'rusă', 'руская'],
  ['bel', 'Belarusian', 'білоруська', 'белорусский', 'belarusă', 'беларуская'],
  ['ron', 'Romanian', 'румунська', 'румынский', 'română', 'румынская'],
  ['gag', 'Gagauz', 'гагаузька', 'гагаузский', 'găgăuză', 'гагаузская'],
  ['bul', 'Bulgarian', 'болгарська', 'болгарский', 'bulgară', 'балгарская'],
  ['rom', 'Romani', 'ромська', 'цыганский (романи)', 'romani', 'цыганская (рамані)'],
  ['crh', 'Crimean Tatar', 'кримськотатарська', 'крымскотатарский', 'tătară crimeeană', 'крымскататарская'],
  ['hun', 'Hungarian', 'угорська', 'венгерский', 'maghiară', 'венгерская'],
  ['pol', 'Polish', 'польська', 'польский', 'poloneză', 'польская'],
  ['yid', 'Yiddish', 'їдиш', 'идиш', 'idiș', 'ідыш'],
  ['tat', 'Tatar', 'татарська', 'татарский', 'tătară', 'татарская'],
  // Neighbours and destination countries of trafficking from the region.
  ['eng', 'English', 'англійська', 'английский', 'engleză', 'англійская'],
  ['deu', 'German', 'німецька', 'немецкий', 'germană', 'нямецкая'],
  ['fra', 'French', 'французька', 'французский', 'franceză', 'французская'],
  ['ita', 'Italian', 'італійська', 'итальянский', 'italiană', 'італьянская'],
  ['spa', 'Spanish', 'іспанська', 'испанский', 'spaniolă', 'іспанская'],
  ['por', 'Portuguese', 'португальська', 'португальский', 'portugheză', 'партугальская'],
  ['ces', 'Czech', 'чеська', 'чешский', 'cehă', 'чэшская'],
  ['slk', 'Slovak', 'словацька', 'словацкий', 'slovacă', 'славацкая'],
  ['lit', 'Lithuanian', 'литовська', 'литовский', 'lituaniană', 'літоўская'],
  ['lav', 'Latvian', 'латиська', 'латышский', 'letonă', 'латышская'],
  ['est', 'Estonian', 'естонська', 'эстонский', 'estonă', 'эстонская'],
  ['tur', 'Turkish', 'турецька', 'турецкий', 'turcă', 'турэцкая'],
  ['heb', 'Hebrew', 'іврит', 'иврит', 'ebraică', 'іўрыт'],
  ['ara', 'Arabic', 'арабська', 'арабский', 'arabă', 'арабская'],
  // Countries of origin of migrant children passing through the region.
  ['kat', 'Georgian', 'грузинська', 'грузинский', 'georgiană', 'грузінская'],
  ['hye', 'Armenian', 'вірменська', 'армянский', 'armeană', 'армянская'],
  ['aze', 'Azerbaijani', 'азербайджанська', 'азербайджанский', 'azeră', 'азербайджанская'],
  ['kaz', 'Kazakh', 'казахська', 'казахский', 'kazahă', 'казахская'],
  ['uzb', 'Uzbek', 'узбецька', 'узбекский', 'uzbecă', 'узбекская'],
  ['tgk', 'Tajik', 'таджицька', 'таджикский', 'tadjică', 'таджыкская'],
  ['kir', 'Kyrgyz', 'киргизька', 'киргизский', 'kârgâză', 'кіргізская'],
  ['tuk', 'Turkmen', 'туркменська', 'туркменский', 'turkmenă', 'туркменская'],
  [
    'fas',
    'Persian (Farsi, Dari)',
    'перська (фарсі, дарі)',
    'персидский (фарси, дари)',
    'persană (farsi, dari)',
    'персідская (фарсі, дары)',
  ],
  ['pus', 'Pashto', 'пушту', 'пушту', 'paștună', 'пушту'],
  ['vie', 'Vietnamese', 'в’єтнамська', 'вьетнамский', 'vietnameză', 'в’етнамская'],
  ['zho', 'Chinese', 'китайська', 'китайский', 'chineză', 'кітайская'],
  ['hin', 'Hindi', 'гінді', 'хинди', 'hindi', 'хіндзі'],
  // National sign languages (Ukrainian, Russian, Moldovan) have no ISO 639-2 code of their own.
  ['sgn', 'Sign language', 'жестова мова', 'жестовый язык', 'limbaj mimico-gestual', 'жэставая мова'],
  // For a child whose language is not yet known: recorded, so the gap is visible, not left blank.
  [
    'und',
    'Not yet determined',
    'ще не визначено',
    'пока не определён',
    'încă nedeterminată',
    'яшчэ не вызначана',
  ],
] as const satisfies readonly Row[];

export type LanguageCode = (typeof ROWS)[number][0];

export type Language = { code: LanguageCode; names: LocalisedText };

export const LANGUAGES: readonly Language[] = ROWS.map(([code, en, uk, ru, ro, be]) => ({
  code,
  names: { en, uk, ru, ro, be },
}));

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

/** ISO 639-2/B codes that differ from the T code Haven stores. */
export const ISO_639_2_B_TO_T = {
  rum: 'ron',
  ger: 'deu',
  fre: 'fra',
  cze: 'ces',
  slo: 'slk',
  geo: 'kat',
  arm: 'hye',
  per: 'fas',
  chi: 'zho',
} as const satisfies Record<string, LanguageCode>;

const BY_CODE: ReadonlyMap<string, Language> = new Map(
  LANGUAGES.map((language) => [language.code, language]),
);

export function isLanguageCode(value: string): value is LanguageCode {
  return BY_CODE.has(value);
}

/** The stored (T) code for a B or T code in any letter case, or undefined if Haven does not list it. */
export function normaliseLanguageCode(code: string): LanguageCode | undefined {
  const lower = code.trim().toLowerCase();
  const terminology: string = ISO_639_2_B_TO_T[lower as keyof typeof ISO_639_2_B_TO_T] ?? lower;
  return isLanguageCode(terminology) ? terminology : undefined;
}

export function findLanguage(code: string): Language | undefined {
  const normalised = normaliseLanguageCode(code);
  return normalised && BY_CODE.get(normalised);
}

/** The language's name, or the code itself for a language Haven does not list, so nothing is hidden. */
export function languageName(code: string, locale: Locale): string {
  return findLanguage(code)?.names[locale] ?? code;
}
