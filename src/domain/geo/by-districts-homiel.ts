import { type AdminUnit, childUnits, RAION_PATTERN } from './admin-unit.ts';
import { BY_CITY } from './by-city.ts';

// Homiel Region: 21 raions and 1 city of regional subordination.
export const BY_HO_DISTRICTS: readonly AdminUnit[] = [
  ...childUnits('BY-HO', 'district', RAION_PATTERN, [
    ['brahin', 'Brahin', 'Брагінський', 'Брагинский', 'Braghin', 'Брагінскі'],
    [
      'buda-kashaliova',
      'Buda-Kashaliova',
      'Буда-Кошельовський',
      'Буда-Кошелёвский',
      'Buda-Koșeliovo',
      'Буда-Кашалёўскі',
    ],
    ['vetka', 'Vetka', 'Вітківський', 'Ветковский', 'Vetka', 'Веткаўскі'],
    ['homiel', 'Homiel', 'Гомельський', 'Гомельский', 'Gomel', 'Гомельскі'],
    ['dobrush', 'Dobrush', 'Добруський', 'Добрушский', 'Dobruș', 'Добрушскі'],
    ['yelsk', 'Yelsk', 'Єльський', 'Ельский', 'Elsk', 'Ельскі'],
    ['zhytkavichy', 'Zhytkavichy', 'Житковицький', 'Житковичский', 'Jitkovici', 'Жыткавіцкі'],
    ['zhlobin', 'Zhlobin', 'Жлобинський', 'Жлобинский', 'Jlobin', 'Жлобінскі'],
    ['kalinkavichy', 'Kalinkavichy', 'Калинковицький', 'Калинковичский', 'Kalinkovici', 'Калінкавіцкі'],
    ['karma', 'Karma', 'Кормянський', 'Кормянский', 'Korma', 'Кармянскі'],
    ['lelchytsy', 'Lelchytsy', 'Лельчицький', 'Лельчицкий', 'Lelcițî', 'Лельчыцкі'],
    ['loyeu', 'Loyeu', 'Лоєвський', 'Лоевский', 'Loev', 'Лоеўскі'],
    ['mazyr', 'Mazyr', 'Мозирський', 'Мозырский', 'Mozîr', 'Мазырскі'],
    ['naroulia', 'Naroulia', 'Наровлянський', 'Наровлянский', 'Narovlia', 'Нараўлянскі'],
    ['aktsiabrski', 'Aktsiabrski', 'Октябрський', 'Октябрьский', 'Oktiabrski', 'Акцябрскі'],
    ['petrykau', 'Petrykau', 'Петриковський', 'Петриковский', 'Petrikov', 'Петрыкаўскі'],
    ['rechytsa', 'Rechytsa', 'Речицький', 'Речицкий', 'Recița', 'Рэчыцкі'],
    ['rahachou', 'Rahachou', 'Рогачовський', 'Рогачёвский', 'Rogaciov', 'Рагачоўскі'],
    ['svetlahorsk', 'Svetlahorsk', 'Світлогорський', 'Светлогорский', 'Svetlogorsk', 'Светлагорскі'],
    ['khoiniki', 'Khoiniki', 'Хойницький', 'Хойникский', 'Hoiniki', 'Хойніцкі'],
    ['chachersk', 'Chachersk', 'Чечерський', 'Чечерский', 'Cecersk', 'Чачэрскі'],
  ]),
  ...childUnits('BY-HO', 'district', BY_CITY, [
    ['homiel-city', 'Homiel', 'Гомель', 'Гомель', 'Gomel', 'Гомель'],
  ]),
];
