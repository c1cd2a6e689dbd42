import { type AdminUnit, childUnits, RAION_PATTERN } from './admin-unit.ts';
import { BY_CITY } from './by-city.ts';

// Brest Region: 16 raions and 3 cities of regional subordination. Raions first: the demo takes a
// voblast's first child as its district team's unit.
export const BY_BR_DISTRICTS: readonly AdminUnit[] = [
  ...childUnits('BY-BR', 'district', RAION_PATTERN, [
    ['baranavichy', 'Baranavichy', 'Барановицький', 'Барановичский', 'Baranovici', 'Баранавіцкі'],
    ['biaroza', 'Biaroza', 'Березівський', 'Берёзовский', 'Bereza', 'Бярозаўскі'],
    ['brest', 'Brest', 'Брестський', 'Брестский', 'Brest', 'Брэсцкі'],
    ['hantsavichy', 'Hantsavichy', 'Ганцевицький', 'Ганцевичский', 'Ganțevici', 'Ганцавіцкі'],
    ['drahichyn', 'Drahichyn', 'Дорогичинський', 'Дрогичинский', 'Droghicin', 'Драгічынскі'],
    ['zhabinka', 'Zhabinka', 'Жабинківський', 'Жабинковский', 'Jabinka', 'Жабінкаўскі'],
    ['ivanava', 'Ivanava', 'Іванівський', 'Ивановский', 'Ivanovo', 'Іванаўскі'],
    ['ivatsevichy', 'Ivatsevichy', 'Івацевицький', 'Ивацевичский', 'Ivațevici', 'Івацэвіцкі'],
    ['kamianets', 'Kamianets', 'Кам’янецький', 'Каменецкий', 'Kameneț', 'Камянецкі'],
    ['kobryn', 'Kobryn', 'Кобринський', 'Кобринский', 'Kobrin', 'Кобрынскі'],
    ['luninets', 'Luninets', 'Лунинецький', 'Лунинецкий', 'Lunineț', 'Лунінецкі'],
    ['liakhavichy', 'Liakhavichy', 'Ляховицький', 'Ляховичский', 'Liahovici', 'Ляхавіцкі'],
    ['malaryta', 'Malaryta', 'Малоритський', 'Малоритский', 'Malorita', 'Маларыцкі'],
    ['pinsk', 'Pinsk', 'Пінський', 'Пинский', 'Pinsk', 'Пінскі'],
    ['pruzhany', 'Pruzhany', 'Пружанський', 'Пружанский', 'Prujanî', 'Пружанскі'],
    ['stolin', 'Stolin', 'Столинський', 'Столинский', 'Stolin', 'Столінскі'],
  ]),
  ...childUnits('BY-BR', 'district', BY_CITY, [
    ['brest-city', 'Brest', 'Брест', 'Брест', 'Brest', 'Брэст'],
    ['baranavichy-city', 'Baranavichy', 'Барановичі', 'Барановичи', 'Baranovici', 'Баранавічы'],
    ['pinsk-city', 'Pinsk', 'Пінськ', 'Пинск', 'Pinsk', 'Пінск'],
  ]),
];
