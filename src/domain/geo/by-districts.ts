import { type AdminUnit, childUnits, type NamePattern, RAION_PATTERN } from './admin-unit.ts';
import { BY_BR_DISTRICTS } from './by-districts-brest.ts';
import { BY_HO_DISTRICTS } from './by-districts-homiel.ts';
import { BY_HR_DISTRICTS } from './by-districts-hrodna.ts';
import { BY_MA_DISTRICTS } from './by-districts-mahiliou.ts';
import { BY_MI_DISTRICTS } from './by-districts-minsk.ts';
import { BY_VI_DISTRICTS } from './by-districts-viciebsk.ts';

// Belarus below the first level, complete: Minsk city's 9 districts, the 118 raions of the six voblasts
// and the 10 cities of regional subordination that are units in their own right (their own city
// executive committee, outside any raion). One file per voblast; sources and romanisation in
// docs/reference-data.md. English stems: Minsk districts by their common (Russian-derived) English
// names; raions and cities romanised from Belarusian (г→h, ж→zh, х→kh, ц→ts, ч→ch, ш→sh, ў→u,
// я/ё/ю/е→ia/io/iu/e after a consonant, ya/yo/yu/ye otherwise), except that a raion or city named after
// a voblast centre keeps the voblast's ISO 3166-2:BY spelling (Viciebsk, Homiel, Hrodna, Mahilioŭ).

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

export {
  BY_BR_DISTRICTS,
  BY_HO_DISTRICTS,
  BY_HR_DISTRICTS,
  BY_MA_DISTRICTS,
  BY_MI_DISTRICTS,
  BY_VI_DISTRICTS,
};

/** Minsk city first, then Brest: the order the demo's list has always had (childrenOf keeps it). */
export const BY_DISTRICTS: readonly AdminUnit[] = [
  ...MINSK_CITY,
  ...BY_BR_DISTRICTS,
  ...BY_VI_DISTRICTS,
  ...BY_HO_DISTRICTS,
  ...BY_HR_DISTRICTS,
  ...BY_MI_DISTRICTS,
  ...BY_MA_DISTRICTS,
];
