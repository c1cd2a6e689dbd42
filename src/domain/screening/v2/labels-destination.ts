import type { LocalisedText } from '../../locales.ts';
import { t } from '../localised.ts';
import { CIRCUMSTANCES, COERCION } from './labels-recruitment.ts';

// Wording as in labels-recruitment.ts: the lists' English, practitioners' translations not yet reviewed.

export const EXPLOITATIVE_CONDITIONS = {
  'excessive-hours': t(
    'Excessive working days or hours',
    'Надмірна кількість робочих днів чи годин',
    'Чрезмерное количество рабочих дней или часов',
    'Zile sau ore de muncă excesive',
    'Празмерная колькасць працоўных дзён ці гадзін',
  ),
  'living-conditions': t(
    'Bad living conditions',
    'Погані умови проживання',
    'Плохие условия проживания',
    'Condiții de trai proaste',
    'Дрэнныя ўмовы пражывання',
  ),
  hazardous: t(
    'Hazardous work',
    'Небезпечна робота',
    'Опасная работа',
    'Muncă periculoasă',
    'Небяспечная праца',
  ),
  'low-or-no-pay': t(
    'Low or no salary',
    'Низька оплата праці або її відсутність',
    'Низкая оплата труда или её отсутствие',
    'Salariu mic sau lipsa salariului',
    'Нізкая аплата працы або яе адсутнасць',
  ),
  'labour-law': t(
    'No respect of labour laws or contract signed',
    'Недотримання трудового законодавства чи укладеного договору',
    'Несоблюдение трудового законодательства или заключённого договора',
    'Nerespectarea legislației muncii sau a contractului semnat',
    'Несаблюданне працоўнага заканадаўства ці заключанага дагавора',
  ),
  'working-conditions': t(
    'Very bad working conditions',
    'Дуже погані умови праці',
    'Очень плохие условия труда',
    'Condiții de muncă foarte proaste',
    'Вельмі дрэнныя ўмовы працы',
  ),
  'wage-manipulation': t(
    'Wage manipulation',
    'Маніпуляції з оплатою праці',
    'Манипуляции с оплатой труда',
    'Manipularea salariului',
    'Маніпуляцыі з аплатай працы',
  ),
  'no-education': t(
    'No access to education',
    'Немає доступу до освіти',
    'Нет доступа к образованию',
    'Lipsa accesului la educație',
    'Няма доступу да адукацыі',
  ),
} satisfies Record<string, LocalisedText>;

export const COERCION_AT_DESTINATION = {
  documents: COERCION.documents,
  debt: COERCION.debt,
  isolation: COERCION.isolation,
  violence: COERCION.violence,
  'threat-violence': COERCION['threat-violence'],
  'illicit-activities': t(
    'Forced into illicit/criminal activities',
    'Примушення до протиправної чи злочинної діяльності',
    'Принуждение к противоправной или преступной деятельности',
    'Forțare la activități ilicite sau infracționale',
    'Прымус да супрацьпраўнай ці злачыннай дзейнасці',
  ),
  'forced-tasks': t(
    'Forced tasks or clients',
    'Нав’язані завдання чи клієнти',
    'Навязанные задания или клиенты',
    'Sarcini sau clienți impuși',
    'Навязаныя заданні ці кліенты',
  ),
  'under-influence': t(
    'Under strong influence',
    'Під сильним впливом',
    'Под сильным влиянием',
    'Sub o influență puternică',
    'Пад моцным уплывам',
  ),
  'against-peers': t(
    'Forced to act against peers',
    'Примушення діяти проти однолітків',
    'Принуждение действовать против сверстников',
    'Forțare de a acționa împotriva semenilor',
    'Прымус дзейнічаць супраць аднагодкаў',
  ),
  'forced-to-lie': t(
    'Forced to lie to authorities, family, etc.',
    'Примушення брехати органам влади, родині тощо',
    'Принуждение лгать властям, семье и т. д.',
    'Forțare de a minți autoritățile, familia etc.',
    'Прымус хлусіць уладам, сям’і і г. д.',
  ),
  'threat-authorities': COERCION['threat-authorities'],
  'threat-worse-conditions': t(
    'Threat to impose even worse working conditions',
    'Погроза ще гіршими умовами праці',
    'Угроза ещё худшими условиями труда',
    'Amenințarea cu condiții de muncă și mai grele',
    'Пагроза яшчэ горшымі ўмовамі працы',
  ),
  'family-violence': COERCION['family-violence'],
  'wages-withheld': t(
    'Withholding of wages',
    'Утримання заробітної плати',
    'Удержание заработной платы',
    'Reținerea salariului',
    'Утрыманне заробнай платы',
  ),
  'threat-inform': COERCION['threat-inform'],
} satisfies Record<string, LocalisedText>;

export const VULNERABILITY_AT_DESTINATION = {
  dependency: t(
    'Dependency on exploiters',
    'Залежність від експлуататорів',
    'Зависимость от эксплуататоров',
    'Dependența de exploatatori',
    'Залежнасць ад эксплуататараў',
  ),
  'unknown-area': t(
    'Difficulty to live in an unknown area',
    'Труднощі з життям у незнайомій місцевості',
    'Трудности с жизнью в незнакомой местности',
    'Dificultatea de a trăi într-un loc necunoscut',
    'Цяжкасці з жыццём у незнаёмай мясцовасці',
  ),
  ...CIRCUMSTANCES,
  'personal-characteristics': t(
    'Personal characteristics',
    'Особисті характеристики',
    'Личные характеристики',
    'Caracteristici personale',
    'Асабістыя характарыстыкі',
  ),
} satisfies Record<string, LocalisedText>;
