import { type AdminUnit, childUnits, type NamePattern, RAION_PATTERN } from './admin-unit.ts';

// English stems: Minsk districts by their common (Russian-derived) English names, Brest raions
// romanised from Belarusian as in ISO 3166-2:BY.

const CITY_DISTRICT: NamePattern = { ...RAION_PATTERN, en: (s) => `${s} District` };

const MINSK_CITY = childUnits('BY-HM', 'district', CITY_DISTRICT, [
  ['tsentralny', 'Tsentralny', 'Центральний', 'Центральный', 'Central', 'Цэнтральны'],
  ['frunzensky', 'Frunzensky', 'Фрунзенський', 'Фрунзенский', 'Frunze', 'Фрунзенскі'],
  ['kastrychnitski', 'Kastrychnitski', 'Жовтневий', 'Октябрьский', 'Octombrie', 'Кастрычніцкі'],
  ['leninsky', 'Leninsky', 'Ленінський', 'Ленинский', 'Lenin', 'Ленінскі'],
  ['maskouski', 'Maskouski', 'Московський', 'Московский', 'Moscova', 'Маскоўскі'],
  ['partyzansky', 'Partyzansky', 'Партизанський', 'Партизанский', 'Partizan', 'Партызанскі'],
  ['pershamaiski', 'Pershamaiski', 'Першотравневий', 'Первомайский', 'Pervomaiski', 'Першамайскі'],
  ['savetski', 'Savetski', 'Радянський', 'Советский', 'Sovietic', 'Савецкі'],
  ['zavodski', 'Zavodski', 'Заводський', 'Заводской', 'Zavodskoi', 'Заводскі'],
]);

const BREST_REGION = childUnits('BY-BR', 'district', RAION_PATTERN, [
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
]);

export const BY_DISTRICTS: readonly AdminUnit[] = [...MINSK_CITY, ...BREST_REGION];
