import { type AdminUnit, applyPattern, type NamePattern, type NameStems } from './admin-unit.ts';

const VOBLAST: NamePattern = {
  en: (s) => `${s} Region`,
  uk: (s) => `${s} область`,
  ru: (s) => `${s} область`,
  ro: (s) => `Regiunea ${s}`,
  be: (s) => `${s} вобласць`,
};

// English stems follow ISO 3166-2:BY (romanised from Belarusian), as DOMAIN §7 does.
const VOBLASTS: readonly (readonly [code: string, ...stems: NameStems])[] = [
  ['BY-BR', 'Brest', 'Брестська', 'Брестская', 'Brest', 'Брэсцкая'],
  ['BY-HO', 'Homiel', 'Гомельська', 'Гомельская', 'Gomel', 'Гомельская'],
  ['BY-HR', 'Hrodna', 'Гродненська', 'Гродненская', 'Grodno', 'Гродзенская'],
  ['BY-MA', 'Mahilioŭ', 'Могильовська', 'Могилёвская', 'Moghilev', 'Магілёўская'],
  ['BY-MI', 'Minsk', 'Мінська', 'Минская', 'Minsk', 'Мінская'],
  ['BY-VI', 'Viciebsk', 'Вітебська', 'Витебская', 'Vitebsk', 'Віцебская'],
];

export const BY_REGIONS: readonly AdminUnit[] = [
  ...VOBLASTS.map(
    ([code, ...stems]): AdminUnit => ({
      code,
      parentCode: 'BY',
      level: 'region',
      names: applyPattern(VOBLAST, stems),
    }),
  ),
  {
    // Minsk city is a region in its own right, not part of Minsk Region.
    code: 'BY-HM',
    parentCode: 'BY',
    level: 'region',
    names: {
      en: 'Minsk (city)',
      uk: 'місто Мінськ',
      ru: 'город Минск',
      ro: 'Orașul Minsk',
      be: 'горад Мінск',
    },
  } satisfies AdminUnit,
].sort((a, b) => a.code.localeCompare(b.code));
