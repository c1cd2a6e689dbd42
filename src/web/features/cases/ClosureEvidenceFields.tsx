// The facts a closure request names (issue 11 item 1; src/domain/exits/closure-evidence.ts): the dialog
// asks, for the chosen reason, exactly the facts the server requires or accepts, and shows the server's
// per-field problems by their codes, in the user's language.
import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  allowedEvidence,
  type ClosureEvidence,
  ERROR_KINDS,
  type EvidenceField,
  REQUIRED_EVIDENCE,
} from '../../../domain/exits/closure-evidence.ts';
import type { CaseClosureReason } from '../../../domain/lifecycle/actions.ts';
import { OrganisationType } from '../../../domain/vocabularies/case.ts';
import { vocabularyLabel } from '../../../domain/vocabularies/labels.ts';
import { ApiError } from '../../api/client.ts';
import { useCaseLabels } from './labels.ts';

const DATE_FIELDS: ReadonlySet<EvidenceField> = new Set([
  'effectiveOn',
  'lastContactOn',
  'reportedMissingOn',
]);

/** Per field, the code of the server's problem with it (validation_failed details). */
export function evidenceProblems(error: unknown): Partial<Record<EvidenceField, string>> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details))
    return {};
  const out: Partial<Record<EvidenceField, string>> = {};
  for (const detail of error.details as Array<{ path?: string; code?: string }>) {
    const match = /^body\.closureEvidence\.(\w+)$/.exec(detail.path ?? '');
    if (match && detail.code) out[match[1] as EvidenceField] = detail.code;
  }
  return out;
}

export function missingEvidence(reason: CaseClosureReason | null, evidence: ClosureEvidence): boolean {
  if (!reason) return false;
  const needed = [...REQUIRED_EVIDENCE[reason]];
  if (reason === 'opened-in-error' && evidence.errorKind === 'duplicate-record')
    needed.push('duplicateOfCaseId');
  return needed.some((field) => !evidence[field]);
}

export function ClosureEvidenceFields({
  reason,
  value,
  onChange,
  tried,
  error,
}: {
  reason: CaseClosureReason;
  value: ClosureEvidence;
  onChange: (next: ClosureEvidence) => void;
  tried: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const problems = evidenceProblems(error);
  const fields = allowedEvidence(reason).filter(
    (field) => field !== 'duplicateOfCaseId' || value.errorKind === 'duplicate-record',
  );
  const set = (field: EvidenceField, next: string | null) => {
    const copy = { ...value } as Record<string, string>;
    if (next) copy[field] = next;
    else delete copy[field];
    onChange(copy as ClosureEvidence);
  };
  const fieldError = (field: EvidenceField) => {
    const code = problems[field];
    if (code)
      return t(`exits.evidenceProblem.${code}`, { defaultValue: t('exits.evidenceProblem.invalid_value') });
    const required =
      REQUIRED_EVIDENCE[reason].includes(field) ||
      (field === 'duplicateOfCaseId' && value.errorKind === 'duplicate-record');
    return tried && required && !value[field] ? t('exits.evidenceProblem.evidence_required') : null;
  };
  return (
    <>
      {fields.map((field) => {
        const common = {
          label: t(`exits.evidence.${field}`),
          description: t(`exits.evidenceHelp.${field}`),
          error: fieldError(field),
          required: REQUIRED_EVIDENCE[reason].includes(field),
        };
        if (field === 'receivingOrganisationType')
          return (
            <Select
              key={field}
              {...common}
              data={OrganisationType.map((type) => ({
                value: type,
                label: vocabularyLabel('organisationType', type, labels.locale),
              }))}
              value={value[field] ?? null}
              onChange={(next) => set(field, next)}
            />
          );
        if (field === 'errorKind')
          return (
            <Select
              key={field}
              {...common}
              data={ERROR_KINDS.map((kind) => ({ value: kind, label: t(`exits.errorKind.${kind}`) }))}
              value={value[field] ?? null}
              onChange={(next) => set(field, next)}
            />
          );
        return (
          <TextInput
            key={field}
            {...common}
            type={DATE_FIELDS.has(field) ? 'date' : 'text'}
            maxLength={field === 'destinationCountry' ? 2 : undefined}
            value={value[field] ?? ''}
            onChange={(event) =>
              set(
                field,
                field === 'destinationCountry'
                  ? event.currentTarget.value.toUpperCase()
                  : event.currentTarget.value.trim(),
              )
            }
          />
        );
      })}
    </>
  );
}
