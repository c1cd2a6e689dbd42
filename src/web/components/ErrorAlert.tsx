// Shows an API error in the user's language. The server's English message is only the fallback for
// codes this client does not know yet.
import { Alert, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

interface FieldProblem {
  path: string;
  message: string;
}

function fieldProblems(error: ApiError): FieldProblem[] {
  if (error.code !== 'validation_failed' || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (item): item is FieldProblem =>
      typeof item === 'object' && item !== null && typeof (item as FieldProblem).message === 'string',
  );
}

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
    return t(`errors.${error.code}`, { defaultValue: error.message || t('errors.unknown_error') });
  return t('errors.unknown_error');
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problems = error instanceof ApiError ? fieldProblems(error) : [];
  const blockers = error instanceof ApiError ? closureBlockers(error) : [];
  return (
    <Alert color="red" variant="light" title={title ?? t('common.errorTitle')} role="alert">
      {errorMessage(t, error)}
      {problems.length > 0 && (
        <List size="sm" mt="xs">
          {problems.map((problem) => (
            <List.Item key={`${problem.path}:${problem.message}`}>
              {problem.path ? `${problem.path}: ` : ''}
              {problem.message}
            </List.Item>
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
