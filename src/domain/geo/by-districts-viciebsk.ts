import { type AdminUnit, childUnits, RAION_PATTERN } from './admin-unit.ts';
import { BY_CITY } from './by-city.ts';

// Viciebsk Region: 21 raions and 2 cities of regional subordination.
export const BY_VI_DISTRICTS: readonly AdminUnit[] = [
  ...childUnits('BY-VI', 'district', RAION_PATTERN, [
    ['beshankovichy', 'Beshankovichy', 'Бешенковицький', 'Бешенковичский', 'Beșenkovici', 'Бешанковіцкі'],
    ['braslau', 'Braslau', 'Браславський', 'Браславский', 'Braslav', 'Браслаўскі'],
    [
      'verkhniadzvinsk',
      'Verkhniadzvinsk',
      'Верхньодвінський',
      'Верхнедвинский',
      'Verhnedvinsk',
      'Верхнядзвінскі',
    ],
    ['viciebsk', 'Viciebsk', 'Вітебський', 'Витебский', 'Vitebsk', 'Віцебскі'],
    ['hlybokaye', 'Hlybokaye', 'Глибоцький', 'Глубокский', 'Glubokoe', 'Глыбоцкі'],
    ['haradok', 'Haradok', 'Городоцький', 'Городокский', 'Gorodok', 'Гарадоцкі'],
    ['dokshytsy', 'Dokshytsy', 'Докшицький', 'Докшицкий', 'Dokșițî', 'Докшыцкі'],
    ['dubrouna', 'Dubrouna', 'Дубровенський', 'Дубровенский', 'Dubrovno', 'Дубровенскі'],
    ['lepel', 'Lepel', 'Лепельський', 'Лепельский', 'Lepel', 'Лепельскі'],
    ['liozna', 'Liozna', 'Ліозненський', 'Лиозненский', 'Liozno', 'Лёзненскі'],
    ['miory', 'Miory', 'Міорський', 'Миорский', 'Miorî', 'Мёрскі'],
    ['orsha', 'Orsha', 'Оршанський', 'Оршанский', 'Orșa', 'Аршанскі'],
    ['polatsk', 'Polatsk', 'Полоцький', 'Полоцкий', 'Poloțk', 'Полацкі'],
    ['pastavy', 'Pastavy', 'Поставський', 'Поставский', 'Postavî', 'Пастаўскі'],
    ['rasony', 'Rasony', 'Россонський', 'Россонский', 'Rossonî', 'Расонскі'],
    ['sianno', 'Sianno', 'Сєнненський', 'Сенненский', 'Senno', 'Сенненскі'],
    ['talachyn', 'Talachyn', 'Толочинський', 'Толочинский', 'Tolocin', 'Талачынскі'],
    ['ushachy', 'Ushachy', 'Ушацький', 'Ушачский', 'Ușaci', 'Ушацкі'],
    ['chashniki', 'Chashniki', 'Чашницький', 'Чашникский', 'Ciașniki', 'Чашніцкі'],
    ['sharkaushchyna', 'Sharkaushchyna', 'Шарковщинський', 'Шарковщинский', 'Șarkovșcina', 'Шаркоўшчынскі'],
    ['shumilina', 'Shumilina', 'Шумилінський', 'Шумилинский', 'Șumilino', 'Шумілінскі'],
  ]),
  ...childUnits('BY-VI', 'district', BY_CITY, [
    ['viciebsk-city', 'Viciebsk', 'Вітебськ', 'Витебск', 'Vitebsk', 'Віцебск'],
    ['navapolatsk-city', 'Navapolatsk', 'Новополоцьк', 'Новополоцк', 'Novopoloțk', 'Наваполацк'],
  ]),
];
