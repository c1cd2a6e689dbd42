import type { LocalisedText } from '../locales.ts';

/**
 * Stages of a child's case (DOMAIN §2): detection and screening, presumed victim (protection starts
 * at once), formal identification, assistance, reintegration monitoring, closure. 'not-a-victim'
 * is a second terminal stage: screening or the formal procedure concluded the child was not
 * trafficked, which is an outcome, not a supervisor-approved closure.
 */
export const OPEN_STAGES = ['screening', 'presumed', 'identified', 'assistance', 'monitoring'] as const;
export const TERMINAL_STAGES = ['closed', 'not-a-victim'] as const;
export const STAGES = [...OPEN_STAGES, ...TERMINAL_STAGES] as const;

export type OpenStage = (typeof OPEN_STAGES)[number];
export type TerminalStage = (typeof TERMINAL_STAGES)[number];
export type Stage = (typeof STAGES)[number];

export function isOpenStage(stage: Stage): stage is OpenStage {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

export const STAGE_LABELS: Record<Stage, LocalisedText> = {
  screening: {
    en: 'Screening',
    uk: 'Первинна оцінка',
    ru: 'Первичная оценка',
    ro: 'Evaluare inițială',
    be: 'Першасная ацэнка',
  },
  presumed: {
    en: 'Presumed victim',
    uk: 'Ймовірно постраждала дитина',
    ru: 'Предполагаемая жертва',
    ro: 'Victimă prezumată',
    be: 'Меркаваная ахвяра',
  },
  identified: {
    en: 'Identified victim',
    uk: 'Статус постраждалої встановлено',
    ru: 'Признанная жертва',
    ro: 'Victimă identificată',
    be: 'Прызнаная ахвяра',
  },
  assistance: {
    en: 'Assistance',
    uk: 'Надання допомоги',
    ru: 'Оказание помощи',
    ro: 'Asistență',
    be: 'Аказанне дапамогі',
  },
  monitoring: {
    en: 'Reintegration monitoring',
    uk: 'Моніторинг реінтеграції',
    ru: 'Мониторинг реинтеграции',
    ro: 'Monitorizarea reintegrării',
    be: 'Маніторынг рэінтэграцыі',
  },
  closed: { en: 'Closed', uk: 'Закрито', ru: 'Закрыто', ro: 'Închis', be: 'Закрыта' },
  'not-a-victim': {
    en: 'Closed – not a victim',
    uk: 'Закрито: не є постраждалою',
    ru: 'Закрыто: не является жертвой',
    ro: 'Închis: nu este victimă',
    be: 'Закрыта: не з’яўляецца ахвярай',
  },
};
