import { type AdminUnit, childUnits, RAION_PATTERN } from './admin-unit.ts';
import { BY_CITY } from './by-city.ts';

// Minsk Region (BY-MI; Minsk city itself is BY-HM): 22 raions and 1 city of regional subordination.
export const BY_MI_DISTRICTS: readonly AdminUnit[] = [
  ...childUnits('BY-MI', 'district', RAION_PATTERN, [
    ['berazino', 'Berazino', 'Березинський', 'Березинский', 'Berezino', 'Бярэзінскі'],
    ['barysau', 'Barysau', 'Борисовський', 'Борисовский', 'Borisov', 'Барысаўскі'],
    ['vileika', 'Vileika', 'Вілейський', 'Вилейский', 'Vileika', 'Вілейскі'],
    ['valozhyn', 'Valozhyn', 'Воложинський', 'Воложинский', 'Volojin', 'Валожынскі'],
    ['dziarzhynsk', 'Dziarzhynsk', 'Дзержинський', 'Дзержинский', 'Dzerjinsk', 'Дзяржынскі'],
    ['kletsk', 'Kletsk', 'Клецький', 'Клецкий', 'Klețk', 'Клецкі'],
    ['kapyl', 'Kapyl', 'Копильський', 'Копыльский', 'Kopîl', 'Капыльскі'],
    ['krupki', 'Krupki', 'Крупський', 'Крупский', 'Krupki', 'Крупскі'],
    ['lahoisk', 'Lahoisk', 'Логойський', 'Логойский', 'Logoisk', 'Лагойскі'],
    ['liuban', 'Liuban', 'Любанський', 'Любанский', 'Liuban', 'Любанскі'],
    ['minsk', 'Minsk', 'Мінський', 'Минский', 'Minsk', 'Мінскі'],
    ['maladzechna', 'Maladzechna', 'Молодечненський', 'Молодечненский', 'Molodecino', 'Маладзечанскі'],
    ['miadzel', 'Miadzel', 'Мядельський', 'Мядельский', 'Miadel', 'Мядзельскі'],
    ['niasvizh', 'Niasvizh', 'Несвізький', 'Несвижский', 'Nesvij', 'Нясвіжскі'],
    ['pukhavichy', 'Pukhavichy', 'Пуховицький', 'Пуховичский', 'Puhovici', 'Пухавіцкі'],
    ['slutsk', 'Slutsk', 'Слуцький', 'Слуцкий', 'Sluțk', 'Слуцкі'],
    ['smaliavichy', 'Smaliavichy', 'Смолевицький', 'Смолевичский', 'Smolevici', 'Смалявіцкі'],
    ['salihorsk', 'Salihorsk', 'Солігорський', 'Солигорский', 'Soligorsk', 'Салігорскі'],
    [
      'staryya-darohi',
      'Staryya Darohi',
      'Стародорозький',
      'Стародорожский',
      'Starîe Dorogi',
      'Старадарожскі',
    ],
    ['stoubtsy', 'Stoubtsy', 'Столбцовський', 'Столбцовский', 'Stolbțî', 'Стаўбцоўскі'],
    ['uzda', 'Uzda', 'Узденський', 'Узденский', 'Uzda', 'Уздзенскі'],
    ['cherven', 'Cherven', 'Червенський', 'Червенский', 'Cerven', 'Чэрвеньскі'],
  ]),
  ...childUnits('BY-MI', 'district', BY_CITY, [
    ['zhodzina-city', 'Zhodzina', 'Жодино', 'Жодино', 'Jodino', 'Жодзіна'],
  ]),
];
