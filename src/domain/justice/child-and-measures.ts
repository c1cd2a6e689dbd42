import type { LocalisedText } from '../locales.ts';

const t = (en: string, uk: string, ru: string, ro: string, be: string): LocalisedText => ({
  en,
  uk,
  ru,
  ro,
  be,
});

/**
 * The child's part in the proceedings: a victim who testifies is both. A child compelled to commit
 * offences may be the suspect or the accused (CoE Convention Art. 26: non-punishment attaches there).
 */
export const CHILD_ROLES = ['victim', 'witness', 'victim-and-witness', 'suspect', 'accused'] as const;
/** Roles in which the proceedings are a charge against the child. */
export const CHARGED_CHILD_ROLES: ReadonlyArray<ChildRole> = ['suspect', 'accused'];
export type ChildRole = (typeof CHILD_ROLES)[number];

export const CHILD_ROLE_LABELS: Record<ChildRole, LocalisedText> = {
  victim: t(
    'Victim',
    'Потерпілий (потерпіла)',
    'Потерпевший (потерпевшая)',
    'Parte vătămată',
    'Пацярпелы (пацярпелая)',
  ),
  witness: t('Witness', 'Свідок', 'Свидетель', 'Martor', 'Сведка'),
  'victim-and-witness': t(
    'Victim and witness',
    'Потерпілий і свідок',
    'Потерпевший и свидетель',
    'Parte vătămată și martor',
    'Пацярпелы і сведка',
  ),
  suspect: t(
    'Suspect',
    'Підозрюваний (підозрювана)',
    'Подозреваемый (подозреваемая)',
    'Suspect',
    'Падазраваны (падазраваная)',
  ),
  accused: t(
    'Accused',
    'Обвинувачений (обвинувачена)',
    'Обвиняемый (обвиняемая)',
    'Inculpat',
    'Абвінавачаны (абвінавачаная)',
  ),
};

/**
 * Protective measures and child-friendly procedures (CoE Convention Art. 28, 30; Lanzarote Art. 35–36;
 * the Barnahus model): what was actually used for this child, each with its date.
 */
export const PROTECTIVE_MEASURES = [
  'specialised-interview-room',
  'single-recorded-interview',
  'psychologist-present',
  'no-confrontation-with-accused',
  'closed-hearing',
  'video-link',
  'support-person-present',
  'legal-representative-present',
  'interpreter',
  'identity-protected',
  'court-familiarisation-visit',
  'witness-protection-programme',
] as const;
export type ProtectiveMeasure = (typeof PROTECTIVE_MEASURES)[number];

export const PROTECTIVE_MEASURE_LABELS: Record<ProtectiveMeasure, LocalisedText> = {
  'specialised-interview-room': t(
    'Child-friendly interview room',
    'Спеціалізована «зелена кімната» для допиту',
    'Специализированная комната для опроса детей',
    'Cameră specializată de audiere a copilului',
    'Спецыялізаваны пакой для апытання дзяцей',
  ),
  'single-recorded-interview': t(
    'Single recorded interview',
    'Одноразовий допит із відеофіксацією',
    'Однократный допрос с видеозаписью',
    'Audiere unică înregistrată',
    'Аднаразовы допыт з відэазапісам',
  ),
  'psychologist-present': t(
    'Psychologist present',
    'Присутність психолога',
    'Присутствие психолога',
    'Psiholog prezent',
    'Прысутнасць псіхолага',
  ),
  'no-confrontation-with-accused': t(
    'No confrontation with the accused',
    'Без очної ставки з обвинуваченим',
    'Без очной ставки с обвиняемым',
    'Fără confruntare cu învinuitul',
    'Без вочнай стаўкі з абвінавачаным',
  ),
  'closed-hearing': t(
    'Closed hearing',
    'Закрите судове засідання',
    'Закрытое судебное заседание',
    'Ședință închisă',
    'Закрытае судовае пасяджэнне',
  ),
  'video-link': t(
    'Testimony by video link',
    'Допит у режимі відеоконференції',
    'Допрос по видеосвязи',
    'Audiere prin videoconferință',
    'Допыт па відэасувязі',
  ),
  'support-person-present': t(
    'Trusted support person present',
    'Присутність довіреної особи',
    'Присутствие доверенного лица',
    'Persoană de încredere prezentă',
    'Прысутнасць даверанай асобы',
  ),
  'legal-representative-present': t(
    'Legal representative present',
    'Присутність законного представника',
    'Присутствие законного представителя',
    'Reprezentant legal prezent',
    'Прысутнасць законнага прадстаўніка',
  ),
  interpreter: t('Interpreter', 'Перекладач', 'Переводчик', 'Interpret', 'Перакладчык'),
  'identity-protected': t(
    "Child's identity kept from the accused and the public",
    'Захист даних дитини від обвинуваченого та публіки',
    'Данные ребёнка скрыты от обвиняемого и публики',
    'Identitatea copilului protejată',
    'Даныя дзіцяці схаваны ад абвінавачанага і публікі',
  ),
  'court-familiarisation-visit': t(
    'Visit to the court beforehand',
    'Попереднє ознайомлення із залом суду',
    'Предварительное знакомство с залом суда',
    'Vizită prealabilă în sala de judecată',
    'Папярэдняе знаёмства з залай суда',
  ),
  'witness-protection-programme': t(
    'State protection of witnesses',
    'Державний захист учасників кримінального провадження',
    'Государственная защита участников процесса',
    'Protecția de stat a martorilor',
    'Дзяржаўная абарона ўдзельнікаў працэсу',
  ),
};

export const CURRENCIES = ['UAH', 'MDL', 'BYN', 'EUR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Compensation (CoE Art. 15): from the perpetrator (civil claim in the criminal case) or from the state. */
export const COMPENSATION_SOURCES = ['perpetrator', 'state'] as const;
export type CompensationSource = (typeof COMPENSATION_SOURCES)[number];
export const COMPENSATION_KINDS = ['claimed', 'awarded', 'paid'] as const;
export type CompensationKind = (typeof COMPENSATION_KINDS)[number];

/** Non-punishment decisions (CoE Art. 26) about offences the child was made to commit. */
export const NON_PUNISHMENT_DECISIONS = ['applied', 'refused', 'pending'] as const;
export type NonPunishmentDecision = (typeof NON_PUNISHMENT_DECISIONS)[number];
