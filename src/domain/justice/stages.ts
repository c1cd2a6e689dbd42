import type { LocalisedText } from '../locales.ts';

const t = (en: string, uk: string, ru: string, ro: string, be: string): LocalisedText => ({
  en,
  uk,
  ru,
  ro,
  be,
});

/**
 * Stages of criminal proceedings in which a trafficked child is victim or witness (DOMAIN §2 step 8).
 * The three codes differ in names (UA "досудове розслідування", MD "urmărire penală", BY
 * "предварительное расследование") but share this shape: a report, an investigation, an indictment
 * sent to court, the trial, a verdict, and an appeal; proceedings may also be suspended or closed.
 */
export const PROCEEDING_STAGES = [
  'report',
  'investigation',
  'indictment',
  'trial',
  'verdict',
  'appeal',
  'suspended',
  'closed',
] as const;
export type ProceedingStage = (typeof PROCEEDING_STAGES)[number];

export const PROCEEDING_STAGE_LABELS: Record<ProceedingStage, LocalisedText> = {
  report: t(
    'Report filed',
    'Заява / повідомлення',
    'Заявление / сообщение',
    'Plângere / sesizare',
    'Заява / паведамленне',
  ),
  investigation: t(
    'Investigation',
    'Досудове розслідування',
    'Расследование',
    'Urmărire penală',
    'Расследаванне',
  ),
  indictment: t(
    'Indictment sent to court',
    'Обвинувальний акт до суду',
    'Обвинение направлено в суд',
    'Rechizitoriu trimis în instanță',
    'Абвінавачванне накіравана ў суд',
  ),
  trial: t('Trial', 'Судовий розгляд', 'Судебное разбирательство', 'Judecată', 'Судовы разгляд'),
  verdict: t('Verdict', 'Вирок', 'Приговор', 'Sentință', 'Прысуд'),
  appeal: t('Appeal', 'Апеляція', 'Апелляция', 'Apel', 'Апеляцыя'),
  suspended: t('Suspended', 'Зупинено', 'Приостановлено', 'Suspendat', 'Прыпынена'),
  closed: t('Closed', 'Закрито', 'Прекращено', 'Încetat / clasat', 'Спынена'),
};

/** How proceedings ended (or the verdict so far). Entering 'verdict' or 'closed' needs one. */
export const PROCEEDING_OUTCOMES = [
  'conviction',
  'partial-conviction',
  'acquittal',
  'closed-lack-of-evidence',
  'closed-no-offence',
  'closed-statute-of-limitations',
  'closed-accused-deceased',
  'reclassified',
  'other',
] as const;
export type ProceedingOutcome = (typeof PROCEEDING_OUTCOMES)[number];

export const VERDICT_OUTCOMES: ReadonlySet<ProceedingOutcome> = new Set<ProceedingOutcome>([
  'conviction',
  'partial-conviction',
  'acquittal',
]);

export const PROCEEDING_OUTCOME_LABELS: Record<ProceedingOutcome, LocalisedText> = {
  conviction: t(
    'Conviction',
    'Обвинувальний вирок',
    'Обвинительный приговор',
    'Condamnare',
    'Абвінаваўчы прысуд',
  ),
  'partial-conviction': t(
    'Conviction on some charges',
    'Засудження за частиною обвинувачень',
    'Осуждение по части обвинений',
    'Condamnare pentru o parte din acuzații',
    'Асуджэнне па частцы абвінавачванняў',
  ),
  acquittal: t(
    'Acquittal',
    'Виправдувальний вирок',
    'Оправдательный приговор',
    'Achitare',
    'Апраўдальны прысуд',
  ),
  'closed-lack-of-evidence': t(
    'Closed for lack of evidence',
    'Закрито через недостатність доказів',
    'Прекращено за недостаточностью доказательств',
    'Clasat din lipsă de probe',
    'Спынена з-за недастатковасці доказаў',
  ),
  'closed-no-offence': t(
    'Closed: no offence established',
    'Закрито: відсутній склад злочину',
    'Прекращено: отсутствует состав преступления',
    'Clasat: lipsa elementelor infracțiunii',
    'Спынена: адсутнічае склад злачынства',
  ),
  'closed-statute-of-limitations': t(
    'Closed: limitation period expired',
    'Закрито: сплив строк давності',
    'Прекращено: истёк срок давности',
    'Încetat: termen de prescripție expirat',
    'Спынена: скончыўся тэрмін даўнасці',
  ),
  'closed-accused-deceased': t(
    'Closed: the accused died',
    'Закрито: смерть обвинуваченого',
    'Прекращено: смерть обвиняемого',
    'Încetat: decesul învinuitului',
    'Спынена: смерць абвінавачанага',
  ),
  reclassified: t(
    'Reclassified under another article',
    'Перекваліфіковано за іншою статтею',
    'Переквалифицировано по другой статье',
    'Reîncadrat juridic',
    'Перакваліфікавана па іншым артыкуле',
  ),
  other: t('Other', 'Інше', 'Другое', 'Altele', 'Іншае'),
};
