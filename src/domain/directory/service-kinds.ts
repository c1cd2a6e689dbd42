// The kinds of service a child identified as a victim (or presumed victim) of trafficking may be
// referred to in UA, MD and BY. Each kind maps to exactly one HTCDS support-plan type, so a service
// delivered can be counted in HTCDS exports without asking the practitioner twice.
import type { Locale, LocalisedText } from '../locales.ts';
import type { SupportPlanType } from '../vocabularies/case.ts';

export type ServiceKindInfo = {
  kind: string;
  supportPlanType: SupportPlanType;
  /** Place-based services count beds or places (capacity, free places); the others do not. */
  placeBased: boolean;
  names: LocalisedText;
};

export const SERVICE_KINDS = [
  {
    kind: 'emergency-shelter',
    supportPlanType: 'SocialCare',
    placeBased: true,
    names: {
      en: 'Emergency shelter',
      uk: 'Екстрений притулок',
      ru: 'Экстренное убежище',
      ro: 'Adăpost de urgență',
      be: 'Экстранны прытулак',
    },
  },
  {
    kind: 'long-term-accommodation',
    supportPlanType: 'SocialCare',
    placeBased: true,
    names: {
      en: 'Long-term accommodation',
      uk: 'Довгострокове проживання',
      ru: 'Долгосрочное проживание',
      ro: 'Cazare pe termen lung',
      be: 'Доўгатэрміновае пражыванне',
    },
  },
  {
    kind: 'family-based-care',
    supportPlanType: 'SocialCare',
    placeBased: true,
    names: {
      en: 'Family-based and foster care',
      uk: 'Сімейні форми виховання та патронат',
      ru: 'Семейные формы воспитания и патронат',
      ro: 'Îngrijire de tip familial și asistență parentală',
      be: 'Сямейныя формы выхавання і патранат',
    },
  },
  {
    kind: 'medical',
    supportPlanType: 'Health',
    placeBased: false,
    names: {
      en: 'Medical care',
      uk: 'Медична допомога',
      ru: 'Медицинская помощь',
      ro: 'Asistență medicală',
      be: 'Медыцынская дапамога',
    },
  },
  {
    kind: 'psychological',
    supportPlanType: 'Health',
    placeBased: false,
    names: {
      en: 'Psychological support',
      uk: 'Психологічна допомога',
      ru: 'Психологическая помощь',
      ro: 'Asistență psihologică',
      be: 'Псіхалагічная дапамога',
    },
  },
  {
    kind: 'legal-aid',
    supportPlanType: 'Legal',
    placeBased: false,
    names: {
      en: 'Legal aid',
      uk: 'Правова допомога',
      ru: 'Юридическая помощь',
      ro: 'Asistență juridică',
      be: 'Юрыдычная дапамога',
    },
  },
  {
    kind: 'interpretation',
    supportPlanType: 'SocialCare',
    placeBased: false,
    names: {
      en: 'Interpretation',
      uk: 'Усний переклад',
      ru: 'Устный перевод',
      ro: 'Interpretariat',
      be: 'Вусны пераклад',
    },
  },
  {
    kind: 'education',
    supportPlanType: 'Education',
    placeBased: false,
    names: { en: 'Education', uk: 'Освіта', ru: 'Образование', ro: 'Educație', be: 'Адукацыя' },
  },
  {
    kind: 'vocational-training',
    supportPlanType: 'Livelihood',
    placeBased: true,
    names: {
      en: 'Vocational training',
      uk: 'Професійне навчання',
      ru: 'Профессиональное обучение',
      ro: 'Formare profesională',
      be: 'Прафесійнае навучанне',
    },
  },
  {
    kind: 'family-support',
    supportPlanType: 'SocialCare',
    placeBased: false,
    names: {
      en: 'Family support',
      uk: 'Підтримка сім’ї',
      ru: 'Поддержка семьи',
      ro: 'Sprijin familial',
      be: 'Падтрымка сям’і',
    },
  },
  {
    kind: 'economic-support',
    supportPlanType: 'Financial',
    placeBased: false,
    names: {
      en: 'Economic support',
      uk: 'Матеріальна допомога',
      ru: 'Материальная помощь',
      ro: 'Sprijin economic',
      be: 'Матэрыяльная дапамога',
    },
  },
  {
    kind: 'guardianship',
    supportPlanType: 'Legal',
    placeBased: false,
    names: {
      en: 'Guardianship',
      uk: 'Опіка та піклування',
      ru: 'Опека и попечительство',
      ro: 'Tutelă și curatelă',
      be: 'Апека і апякунства',
    },
  },
  {
    kind: 'safe-return',
    supportPlanType: 'SocialCare',
    placeBased: false,
    names: {
      en: 'Safe return',
      uk: 'Безпечне повернення',
      ru: 'Безопасное возвращение',
      ro: 'Întoarcere în siguranță',
      be: 'Бяспечнае вяртанне',
    },
  },
  // Not in the list: life-skills and rights awareness groups are how NRM providers in the
  // region deliver what HTCDS calls RightsBasedTraining; without this kind that type had no service.
  {
    kind: 'life-skills',
    supportPlanType: 'RightsBasedTraining',
    placeBased: false,
    names: {
      en: 'Life skills and rights awareness',
      uk: 'Життєві навички та знання прав',
      ru: 'Жизненные навыки и знание прав',
      ro: 'Abilități de viață și cunoașterea drepturilor',
      be: 'Жыццёвыя навыкі і веды пра правы',
    },
  },
] as const satisfies readonly ServiceKindInfo[];

export type ServiceKind = (typeof SERVICE_KINDS)[number]['kind'];
export const SERVICE_KIND_CODES = SERVICE_KINDS.map((info) => info.kind) as [ServiceKind, ...ServiceKind[]];

const BY_KIND: ReadonlyMap<string, ServiceKindInfo> = new Map(SERVICE_KINDS.map((info) => [info.kind, info]));

export function isServiceKind(value: string): value is ServiceKind {
  return BY_KIND.has(value);
}

export function serviceKindInfo(kind: ServiceKind): ServiceKindInfo {
  return BY_KIND.get(kind) as ServiceKindInfo;
}

/** The HTCDS support-plan type a service of this kind delivers. */
export function supportPlanTypeOf(kind: ServiceKind): SupportPlanType {
  return serviceKindInfo(kind).supportPlanType;
}

export function serviceKindName(kind: ServiceKind, locale: Locale): string {
  return serviceKindInfo(kind).names[locale];
}
