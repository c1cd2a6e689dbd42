import { type AdminUnit, applyPattern, type NamePattern, type NameStems } from './admin-unit.ts';

const OBLAST: NamePattern = {
  en: (s) => `${s} Oblast`,
  uk: (s) => `${s} область`,
  ru: (s) => `${s} область`,
  ro: (s) => `Regiunea ${s}`,
  be: (s) => `${s} вобласць`,
};

const OBLASTS: readonly (readonly [code: string, ...stems: NameStems])[] = [
  ['UA-05', 'Vinnytsia', 'Вінницька', 'Винницкая', 'Vinnița', 'Вінніцкая'],
  ['UA-07', 'Volyn', 'Волинська', 'Волынская', 'Volînia', 'Валынская'],
  ['UA-09', 'Luhansk', 'Луганська', 'Луганская', 'Luhansk', 'Луганская'],
  ['UA-12', 'Dnipropetrovsk', 'Дніпропетровська', 'Днепропетровская', 'Dnipropetrovsk', 'Днепрапятроўская'],
  ['UA-14', 'Donetsk', 'Донецька', 'Донецкая', 'Donețk', 'Данецкая'],
  ['UA-18', 'Zhytomyr', 'Житомирська', 'Житомирская', 'Jîtomîr', 'Жытомірская'],
  ['UA-21', 'Zakarpattia', 'Закарпатська', 'Закарпатская', 'Transcarpatia', 'Закарпацкая'],
  ['UA-23', 'Zaporizhzhia', 'Запорізька', 'Запорожская', 'Zaporijjea', 'Запарожская'],
  [
    'UA-26',
    'Ivano-Frankivsk',
    'Івано-Франківська',
    'Ивано-Франковская',
    'Ivano-Frankivsk',
    'Івана-Франкоўская',
  ],
  ['UA-32', 'Kyiv', 'Київська', 'Киевская', 'Kiev', 'Кіеўская'],
  ['UA-35', 'Kirovohrad', 'Кіровоградська', 'Кировоградская', 'Kirovohrad', 'Кіраваградская'],
  ['UA-46', 'Lviv', 'Львівська', 'Львовская', 'Liov', 'Львоўская'],
  ['UA-48', 'Mykolaiv', 'Миколаївська', 'Николаевская', 'Mîkolaiiv', 'Мікалаеўская'],
  ['UA-51', 'Odesa', 'Одеська', 'Одесская', 'Odesa', 'Адэская'],
  ['UA-53', 'Poltava', 'Полтавська', 'Полтавская', 'Poltava', 'Палтаўская'],
  ['UA-56', 'Rivne', 'Рівненська', 'Ровненская', 'Rivne', 'Ровенская'],
  ['UA-59', 'Sumy', 'Сумська', 'Сумская', 'Sumî', 'Сумская'],
  ['UA-61', 'Ternopil', 'Тернопільська', 'Тернопольская', 'Ternopil', 'Тарнопальская'],
  ['UA-63', 'Kharkiv', 'Харківська', 'Харьковская', 'Harkiv', 'Харкаўская'],
  ['UA-65', 'Kherson', 'Херсонська', 'Херсонская', 'Herson', 'Херсонская'],
  ['UA-68', 'Khmelnytskyi', 'Хмельницька', 'Хмельницкая', 'Hmelnîțkîi', 'Хмяльніцкая'],
  ['UA-71', 'Cherkasy', 'Черкаська', 'Черкасская', 'Cerkasî', 'Чаркаская'],
  ['UA-74', 'Chernihiv', 'Чернігівська', 'Черниговская', 'Cernihiv', 'Чарнігаўская'],
  ['UA-77', 'Chernivtsi', 'Чернівецька', 'Черновицкая', 'Cernăuți', 'Чарнавіцкая'],
];

// ISO 3166-2:UA lists Crimea and Sevastopol as Ukraine's, as does Ukrainian law; Haven follows ISO.
// Occupation does not change where a child's case belongs.
const SPECIAL_STATUS: readonly AdminUnit[] = [
  {
    code: 'UA-30',
    parentCode: 'UA',
    level: 'region',
    names: { en: 'Kyiv (city)', uk: 'місто Київ', ru: 'город Киев', ro: 'Orașul Kiev', be: 'горад Кіеў' },
  },
  {
    code: 'UA-40',
    parentCode: 'UA',
    level: 'region',
    names: {
      en: 'Sevastopol (city)',
      uk: 'місто Севастополь',
      ru: 'город Севастополь',
      ro: 'Orașul Sevastopol',
      be: 'горад Севастопаль',
    },
  },
  {
    code: 'UA-43',
    parentCode: 'UA',
    level: 'region',
    names: {
      en: 'Autonomous Republic of Crimea',
      uk: 'Автономна Республіка Крим',
      ru: 'Автономная Республика Крым',
      ro: 'Republica Autonomă Crimeea',
      be: 'Аўтаномная Рэспубліка Крым',
    },
  },
];

export const UA_REGIONS: readonly AdminUnit[] = [
  ...OBLASTS.map(
    ([code, ...stems]): AdminUnit => ({
      code,
      parentCode: 'UA',
      level: 'region',
      names: applyPattern(OBLAST, stems),
    }),
  ),
  ...SPECIAL_STATUS,
].sort((a, b) => a.code.localeCompare(b.code));
