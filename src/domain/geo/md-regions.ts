import { type AdminUnit, applyPattern, type NamePattern, type NameStems } from './admin-unit.ts';
import { MD_MUNICIPALITY } from './md-municipality.ts';

// Moldova's first level, as ISO 3166-2:MD lists it (37 units): the 32 raions, the municipalities
// Chișinău, Bălți and Bender, ATU Gagauzia and the administrative-territorial units of the left bank of
// the Dniester. Law no. 764/2001 has 13 municipalities; the other ten (Cahul, Ceadîr-Lunga, Comrat,
// Edineț, Hîncești, Orhei, Soroca, Strășeni, Tiraspol, Ungheni) lie within a raion, ATU Gagauzia or the
// left bank and are communities there (md-communities.ts). Romanian stems are the official names; en
// uses them too.
const MD_RAION: NamePattern = {
  en: (s) => `${s} District`,
  uk: (s) => `${s} район`,
  ru: (s) => `${s} район`,
  ro: (s) => `Raionul ${s}`,
  be: (s) => `${s} раён`,
};

const RAIONS: readonly (readonly [code: string, ...stems: NameStems])[] = [
  ['MD-AN', 'Anenii Noi', 'Новоаненський', 'Новоаненский', 'Anenii Noi', 'Новааненскі'],
  ['MD-BS', 'Basarabeasca', 'Басарабський', 'Бессарабский', 'Basarabeasca', 'Басарабскі'],
  ['MD-BR', 'Briceni', 'Бричанський', 'Бричанский', 'Briceni', 'Брычанскі'],
  ['MD-CA', 'Cahul', 'Кагульський', 'Кагульский', 'Cahul', 'Кагульскі'],
  ['MD-CT', 'Cantemir', 'Кантемирський', 'Кантемирский', 'Cantemir', 'Кантэмірскі'],
  ['MD-CL', 'Călărași', 'Калараський', 'Каларашский', 'Călărași', 'Каларашскі'],
  ['MD-CS', 'Căușeni', 'Каушенський', 'Каушанский', 'Căușeni', 'Каўшанскі'],
  ['MD-CM', 'Cimișlia', 'Чимишлійський', 'Чимишлийский', 'Cimișlia', 'Чымішлійскі'],
  ['MD-CR', 'Criuleni', 'Криуленський', 'Криулянский', 'Criuleni', 'Крыулянскі'],
  ['MD-DO', 'Dondușeni', 'Дондюшенський', 'Дондюшанский', 'Dondușeni', 'Дандзюшанскі'],
  ['MD-DR', 'Drochia', 'Дрокіївський', 'Дрокиевский', 'Drochia', 'Дрокіеўскі'],
  ['MD-DU', 'Dubăsari', 'Дубесарський', 'Дубоссарский', 'Dubăsari', 'Дубасарскі'],
  ['MD-ED', 'Edineț', 'Єдинецький', 'Единецкий', 'Edineț', 'Едзінецкі'],
  ['MD-FA', 'Fălești', 'Фалештський', 'Фалештский', 'Fălești', 'Фалештскі'],
  ['MD-FL', 'Florești', 'Флорештський', 'Флорештский', 'Florești', 'Флорэштскі'],
  ['MD-GL', 'Glodeni', 'Глоденський', 'Глодянский', 'Glodeni', 'Глодзянскі'],
  ['MD-HI', 'Hîncești', 'Хинчештський', 'Хынчештский', 'Hîncești', 'Хынчэштскі'],
  ['MD-IA', 'Ialoveni', 'Яловенський', 'Яловенский', 'Ialoveni', 'Ялавенскі'],
  ['MD-LE', 'Leova', 'Леовський', 'Леовский', 'Leova', 'Леоўскі'],
  ['MD-NI', 'Nisporeni', 'Ниспоренський', 'Ниспоренский', 'Nisporeni', 'Ніспарэнскі'],
  ['MD-OC', 'Ocnița', 'Окницький', 'Окницкий', 'Ocnița', 'Окніцкі'],
  ['MD-OR', 'Orhei', 'Оргіївський', 'Оргеевский', 'Orhei', 'Аргееўскі'],
  ['MD-RE', 'Rezina', 'Резинський', 'Резинский', 'Rezina', 'Рэзінскі'],
  ['MD-RI', 'Rîșcani', 'Ришканський', 'Рышканский', 'Rîșcani', 'Рышканскі'],
  ['MD-SI', 'Sîngerei', 'Синжерейський', 'Сынжерейский', 'Sîngerei', 'Сынжэрэйскі'],
  ['MD-SO', 'Soroca', 'Сороцький', 'Сорокский', 'Soroca', 'Сарокскі'],
  ['MD-ST', 'Strășeni', 'Страшенський', 'Страшенский', 'Strășeni', 'Страшэнскі'],
  ['MD-SD', 'Șoldănești', 'Шолданештський', 'Шолданештский', 'Șoldănești', 'Шалданештскі'],
  ['MD-SV', 'Ștefan Vodă', 'Штефан-Водський', 'Штефан-Водский', 'Ștefan Vodă', 'Штэфан-Водскі'],
  ['MD-TA', 'Taraclia', 'Тараклійський', 'Тараклийский', 'Taraclia', 'Тараклійскі'],
  ['MD-TE', 'Telenești', 'Теленештський', 'Теленештский', 'Telenești', 'Тэленештскі'],
  ['MD-UN', 'Ungheni', 'Унгенський', 'Унгенский', 'Ungheni', 'Унгенскі'],
];

/** The three municipalities that are first-level units; the other ten are in md-communities.ts. */
const MUNICIPALITIES: readonly (readonly [code: string, ...stems: NameStems])[] = [
  ['MD-CU', 'Chișinău', 'Кишинів', 'Кишинёв', 'Chișinău', 'Кішынёў'],
  ['MD-BA', 'Bălți', 'Бєльці', 'Бельцы', 'Bălți', 'Бельцы'],
  ['MD-BD', 'Bender', 'Бендери', 'Бендеры', 'Bender', 'Бендэры'],
];

const SPECIAL_UNITS: readonly AdminUnit[] = [
  {
    code: 'MD-GA',
    parentCode: 'MD',
    level: 'region',
    names: {
      en: 'Gagauzia (autonomous territorial unit)',
      uk: 'Автономне територіальне утворення Гагаузія',
      ru: 'Автономное территориальное образование Гагаузия',
      ro: 'Unitatea teritorială autonomă Găgăuzia',
      be: 'Аўтаномнае тэрытарыяльнае ўтварэнне Гагаузія',
    },
  },
  {
    // Transnistria: listed by ISO and Moldovan law; no Moldovan agency works there today, but
    // children from there are identified and assisted on the right bank.
    code: 'MD-SN',
    parentCode: 'MD',
    level: 'region',
    names: {
      en: 'Administrative-territorial units of the Left Bank of the Dniester',
      uk: 'Адміністративно-територіальні одиниці лівобережжя Дністра',
      ru: 'Административно-территориальные единицы левобережья Днестра',
      ro: 'Unitățile administrativ-teritoriale din stînga Nistrului',
      be: 'Адміністрацыйна-тэрытарыяльныя адзінкі левабярэжжа Днястра',
    },
  },
];

export const MD_REGIONS: readonly AdminUnit[] = [
  ...RAIONS.map(
    ([code, ...stems]): AdminUnit => ({
      code,
      parentCode: 'MD',
      level: 'region',
      names: applyPattern(MD_RAION, stems),
    }),
  ),
  ...MUNICIPALITIES.map(
    ([code, ...stems]): AdminUnit => ({
      code,
      parentCode: 'MD',
      level: 'region',
      names: applyPattern(MD_MUNICIPALITY, stems),
    }),
  ),
  ...SPECIAL_UNITS,
].sort((a, b) => a.code.localeCompare(b.code));
