import type { LocalisedText } from '../locales.ts';

const t = (en: string, uk: string, ru: string, ro: string, be: string): LocalisedText => ({
  en,
  uk,
  ru,
  ro,
  be,
});

export type JusticeCountry = 'UA' | 'MD' | 'BY';

export type CriminalCodeArticle = {
  /** As cited in the country's criminal code, e.g. '149', '301-1', '181-1'. */
  article: string;
  label: LocalisedText;
  /**
   * true where the number or title should be checked against the current code before relying on it
   * (codes are amended often; DOMAIN §2 marks the BY articles "verify").
   */
  verify: boolean;
};

/**
 * Criminal-code articles used against child trafficking and related exploitation, per country
 * (DOMAIN §2 step 8: UA 149, MD 165 and 206, BY 181). Data, not code: a jurist can correct a line here.
 */
export const CRIMINAL_CODE_ARTICLES: Record<JusticeCountry, ReadonlyArray<CriminalCodeArticle>> = {
  UA: [
    {
      article: '149',
      label: t(
        'Trafficking in human beings',
        'Торгівля людьми',
        'Торговля людьми',
        'Traficul de ființe umane',
        'Гандаль людзьмі',
      ),
      verify: false,
    },
    {
      article: '150',
      label: t(
        'Exploitation of children',
        'Експлуатація дітей',
        'Эксплуатация детей',
        'Exploatarea copiilor',
        'Эксплуатацыя дзяцей',
      ),
      verify: true,
    },
    {
      article: '150-1',
      label: t(
        'Using a child for begging',
        'Використання малолітньої дитини для заняття жебрацтвом',
        'Использование малолетнего ребёнка для занятия попрошайничеством',
        'Folosirea copilului pentru cerșit',
        'Выкарыстанне малалетняга дзіцяці для жабрацтва',
      ),
      verify: true,
    },
    {
      article: '301-1',
      label: t(
        'Child sexual abuse material (obtaining, making, distributing)',
        'Одержання доступу до дитячої порнографії, її придбання, виготовлення, розповсюдження',
        'Получение доступа к детской порнографии, её приобретение, изготовление, распространение',
        'Materiale cu abuz sexual asupra copiilor (accesare, producere, distribuire)',
        'Доступ да дзіцячай парнаграфіі, яе набыццё, выраб, распаўсюджванне',
      ),
      verify: true,
    },
    {
      article: '303',
      label: t(
        'Pimping or involving a person in prostitution',
        'Сутенерство або втягнення особи в заняття проституцією',
        'Сутенёрство или вовлечение лица в занятие проституцией',
        'Proxenetism sau atragerea unei persoane în prostituție',
        'Сутэнёрства або ўцягванне асобы ў занятак прастытуцыяй',
      ),
      verify: false,
    },
  ],
  MD: [
    {
      article: '165',
      label: t(
        'Trafficking in human beings',
        'Торгівля людьми',
        'Торговля людьми',
        'Traficul de ființe umane',
        'Гандаль людзьмі',
      ),
      verify: false,
    },
    {
      article: '206',
      label: t(
        'Trafficking in children',
        'Торгівля дітьми',
        'Торговля детьми',
        'Traficul de copii',
        'Гандаль дзецьмі',
      ),
      verify: false,
    },
    {
      article: '168',
      label: t(
        'Forced labour',
        'Примусова праця',
        'Принудительный труд',
        'Munca forțată',
        'Прымусовая праца',
      ),
      verify: true,
    },
    {
      article: '208-1',
      label: t(
        'Child pornography',
        'Дитяча порнографія',
        'Детская порнография',
        'Pornografia infantilă',
        'Дзіцячая парнаграфія',
      ),
      verify: true,
    },
    {
      article: '220',
      label: t('Pimping', 'Сутенерство', 'Сутенёрство', 'Proxenetismul', 'Сутэнёрства'),
      verify: true,
    },
  ],
  BY: [
    {
      article: '181',
      label: t(
        'Trafficking in human beings',
        'Торгівля людьми',
        'Торговля людьми',
        'Traficul de ființe umane',
        'Гандаль людзьмі',
      ),
      verify: true,
    },
    {
      article: '181-1',
      label: t(
        'Use of slave labour',
        'Використання рабської праці',
        'Использование рабского труда',
        'Folosirea muncii sclavagiste',
        'Выкарыстанне рабскай працы',
      ),
      verify: true,
    },
    {
      article: '171',
      label: t(
        'Organising or using prostitution',
        'Організація та (або) використання заняття проституцією',
        'Организация и (или) использование занятия проституцией',
        'Organizarea sau folosirea prostituției',
        'Арганізацыя і (або) выкарыстанне занятку прастытуцыяй',
      ),
      verify: true,
    },
    {
      article: '343-1',
      label: t(
        'Making or distributing pornography depicting a minor',
        'Виготовлення і розповсюдження порнографічних матеріалів із зображенням неповнолітнього',
        'Изготовление и распространение порнографических материалов с изображением несовершеннолетнего',
        'Producerea sau distribuirea de materiale pornografice cu minori',
        'Выраб і распаўсюджванне парнаграфічных матэрыялаў з выявай непаўналетняга',
      ),
      verify: true,
    },
  ],
};

export function isKnownArticle(country: string, article: string): boolean {
  const list = CRIMINAL_CODE_ARTICLES[country as JusticeCountry];
  return list?.some((entry) => entry.article === article) ?? false;
}
