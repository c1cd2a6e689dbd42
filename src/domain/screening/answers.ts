import type { LocalisedText } from '../locales.ts';
import { type IndicatorSet, isKnownIndicator } from './indicator-set.ts';
import { CURRENT_INDICATOR_SET } from './indicator-sets.ts';
import { t } from './localised.ts';

/** Where the practitioner learned of an indicator; DOMAIN §4 asks for a source and a date per answer. */
export const EVIDENCE_SOURCES = [
  'child-interview',
  'guardian',
  'police-report',
  'document',
  'observation',
  'third-party',
  'other',
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, LocalisedText> = {
  'child-interview': t(
    'Interview with the child',
    'Бесіда з дитиною',
    'Беседа с ребёнком',
    'Discuția cu copilul',
    'Гутарка з дзіцем',
  ),
  guardian: t(
    'Parent, guardian or legal representative',
    'Батьки, опікун чи законний представник',
    'Родители, опекун или законный представитель',
    'Părinte, tutore sau reprezentant legal',
    'Бацькі, апякун ці законны прадстаўнік',
  ),
  'police-report': t(
    'Police report',
    'Матеріали поліції',
    'Материалы полиции',
    'Raportul poliției',
    'Матэрыялы міліцыі',
  ),
  document: t('Document', 'Документ', 'Документ', 'Document', 'Дакумент'),
  observation: t(
    'Practitioner’s own observation',
    'Власне спостереження фахівця',
    'Собственное наблюдение специалиста',
    'Observația proprie a specialistului',
    'Уласнае назіранне спецыяліста',
  ),
  'third-party': t(
    'Another person or organisation',
    'Інша особа чи організація',
    'Другое лицо или организация',
    'Altă persoană sau organizație',
    'Іншая асоба ці арганізацыя',
  ),
  other: t('Other', 'Інше', 'Другое', 'Altele', 'Іншае'),
};

/** One indicator recorded as present. Absent indicators are simply not recorded. */
export interface IndicatorAnswer {
  indicatorId: string;
  evidenceSource: EvidenceSource;
  /** The day the indicator was observed or reported (YYYY-MM-DD). */
  observedOn: string;
  note?: string;
}

export interface AnswerProblem {
  index: number;
  code:
    | 'unknown_indicator'
    | 'duplicate_indicator'
    | 'invalid_evidence_source'
    | 'invalid_date'
    | 'date_in_future';
  message: string;
}

/** A real calendar day, written YYYY-MM-DD (rejects 2024-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Problems in a submitted answer list (against one indicator set); empty when every answer can be stored. */
export function validateAnswers(
  answers: readonly IndicatorAnswer[],
  today: string,
  set: IndicatorSet = CURRENT_INDICATOR_SET,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    if (!isKnownIndicator(set, answer.indicatorId)) {
      problems.push({ index, code: 'unknown_indicator', message: `No indicator '${answer.indicatorId}'.` });
    } else if (seen.has(answer.indicatorId)) {
      problems.push({
        index,
        code: 'duplicate_indicator',
        message: `'${answer.indicatorId}' is recorded twice.`,
      });
    }
    seen.add(answer.indicatorId);
    if (!(EVIDENCE_SOURCES as readonly string[]).includes(answer.evidenceSource)) {
      problems.push({ index, code: 'invalid_evidence_source', message: 'Unknown evidence source.' });
    }
    if (!isCalendarDate(answer.observedOn)) {
      problems.push({ index, code: 'invalid_date', message: 'The date must be a calendar day, YYYY-MM-DD.' });
    } else if (answer.observedOn > today) {
      problems.push({ index, code: 'date_in_future', message: 'The date cannot be in the future.' });
    }
  });
  return problems;
}
