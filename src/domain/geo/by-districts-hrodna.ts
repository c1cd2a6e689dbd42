import { type AdminUnit, childUnits, RAION_PATTERN } from './admin-unit.ts';
import { BY_CITY } from './by-city.ts';

// Hrodna Region: 17 raions and 1 city of regional subordination.
export const BY_HR_DISTRICTS: readonly AdminUnit[] = [
  ...childUnits('BY-HR', 'district', RAION_PATTERN, [
    ['berastavitsa', 'Berastavitsa', 'Берестовицький', 'Берестовицкий', 'Berestovița', 'Бераставіцкі'],
    ['vaukavysk', 'Vaukavysk', 'Вовковиський', 'Волковысский', 'Volkovîsk', 'Ваўкавыскі'],
    ['voranava', 'Voranava', 'Вороновський', 'Вороновский', 'Voronovo', 'Воранаўскі'],
    ['hrodna', 'Hrodna', 'Гродненський', 'Гродненский', 'Grodno', 'Гродзенскі'],
    ['dziatlava', 'Dziatlava', 'Дятловський', 'Дятловский', 'Diatlovo', 'Дзятлаўскі'],
    ['zelva', 'Zelva', 'Зельвенський', 'Зельвенский', 'Zelva', 'Зэльвенскі'],
    ['iuye', 'Iuye', 'Ів’євський', 'Ивьевский', 'Ivie', 'Іўеўскі'],
    ['karelichy', 'Karelichy', 'Кореличський', 'Кореличский', 'Korelici', 'Карэліцкі'],
    ['lida', 'Lida', 'Лідський', 'Лидский', 'Lida', 'Лідскі'],
    ['masty', 'Masty', 'Мостовський', 'Мостовский', 'Mostî', 'Мастоўскі'],
    ['navahrudak', 'Navahrudak', 'Новогрудський', 'Новогрудский', 'Novogrudok', 'Навагрудскі'],
    ['astravets', 'Astravets', 'Островецький', 'Островецкий', 'Ostroveț', 'Астравецкі'],
    ['ashmiany', 'Ashmiany', 'Ошмянський', 'Ошмянский', 'Oșmianî', 'Ашмянскі'],
    ['svislach', 'Svislach', 'Свіслоцький', 'Свислочский', 'Svisloci', 'Свіслацкі'],
    ['slonim', 'Slonim', 'Слонімський', 'Слонимский', 'Slonim', 'Слонімскі'],
    ['smarhon', 'Smarhon', 'Сморгонський', 'Сморгонский', 'Smorgon', 'Смаргонскі'],
    ['shchuchyn', 'Shchuchyn', 'Щучинський', 'Щучинский', 'Șciucin', 'Шчучынскі'],
  ]),
  ...childUnits('BY-HR', 'district', BY_CITY, [
    ['hrodna-city', 'Hrodna', 'Гродно', 'Гродно', 'Grodno', 'Гродна'],
  ]),
];
