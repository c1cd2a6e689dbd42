// The seven domains of the reintegration monitoring framework (docs/domain.md §5). Assistance-plan goals,
// well-being assessments and dashboards all speak of a child's situation in these same domains.
import type { LocalisedText } from '../locales.ts';

export const MONITORING_DOMAINS = [
  'safety',
  'family',
  'health',
  'psychosocial',
  'education',
  'legal',
  'economic',
] as const;
export type MonitoringDomain = (typeof MONITORING_DOMAINS)[number];

export const MONITORING_DOMAIN_LABELS: Record<MonitoringDomain, LocalisedText> = {
  safety: {
    en: 'Safety and protection',
    uk: 'Безпека і захист',
    ru: 'Безопасность и защита',
    ro: 'Siguranță și protecție',
    be: 'Бяспека і абарона',
  },
  family: {
    en: 'Family and care',
    uk: 'Сім’я і догляд',
    ru: 'Семья и уход',
    ro: 'Familie și îngrijire',
    be: 'Сям’я і догляд',
  },
  health: { en: 'Health', uk: 'Здоров’я', ru: 'Здоровье', ro: 'Sănătate', be: 'Здароўе' },
  psychosocial: {
    en: 'Psychosocial well-being',
    uk: 'Психосоціальний стан',
    ru: 'Психосоциальное благополучие',
    ro: 'Bunăstare psihosocială',
    be: 'Псіхасацыяльны стан',
  },
  education: {
    en: 'Education and skills',
    uk: 'Освіта і навички',
    ru: 'Образование и навыки',
    ro: 'Educație și competențe',
    be: 'Адукацыя і навыкі',
  },
  legal: {
    en: 'Legal status and documents',
    uk: 'Правовий статус і документи',
    ru: 'Правовой статус и документы',
    ro: 'Statut juridic și acte',
    be: 'Прававы статус і дакументы',
  },
  economic: {
    en: 'Economic and material situation',
    uk: 'Економічне і матеріальне становище',
    ru: 'Экономическое и материальное положение',
    ro: 'Situație economică și materială',
    be: 'Эканамічнае і матэрыяльнае становішча',
  },
};
