// Shows an API error in the user's language: a translated summary, and for a validation refusal the
// translated message of each field problem the form does not already show next to its field (`fields`).
// Never the server's English nor a request path; an unknown code falls back to a general sentence.
import { Alert, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { fieldMessage, problemsOutside } from './field-errors.ts';

/** A refused closure names each monitoring finding that stands in the way (codes from the server). */
function closureBlockers(error: ApiError): string[] {
  if (error.code !== 'closure_blocked') return [];
  const blockers = (error.details as { blockers?: unknown } | undefined)?.blockers;
  if (!Array.isArray(blockers)) return [];
  return blockers.flatMap((blocker) =>
    typeof blocker === 'object' &&
    blocker !== null &&
    typeof (blocker as { code?: unknown }).code === 'string'
      ? [(blocker as { code: string }).code]
      : [],
  );
}

export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError)
    return t(`errors.${error.code}`, { defaultValue: t('errors.unknown_error') });
  return t('errors.unknown_error');
}

export function ErrorAlert({
  error,
  title,
  fields = [],
}: {
  error: unknown;
  title?: string;
  /** Fields whose problems the form shows next to the input, so the alert does not repeat them. */
  fields?: readonly string[];
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const messages = [...new Set(problemsOutside(error, fields).map((problem) => fieldMessage(t, problem)))];
  const blockers = error instanceof ApiError ? closureBlockers(error) : [];
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      {errorMessage(t, error)}
      {messages.length > 0 && (
        <List size="sm" mt="xs">
          {messages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {blockers.length > 0 && (
        <List size="sm" mt="xs">
          {blockers.map((code) => (
            <List.Item key={code}>{t(`errors.closureBlockers.${code}`, { defaultValue: code })}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
