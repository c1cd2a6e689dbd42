// The reason a legal hold is placed or lifted for: checked here with the server's rule, so the person
// learns next to the field, in their language, before anything is sent; and the server's refusals put
// into words of the same catalogue (never the server's English text).
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { HOLD_REASON_MIN } from '../../api/rights.ts';

export function reasonProblem(t: TFunction, reason: string): string | null {
  return reason.trim().length < HOLD_REASON_MIN
    ? t('caseRights.errors.reasonTooShort', { count: HOLD_REASON_MIN })
    : null;
}

/** What went wrong with a place or lift request, for the reason field. */
export function holdRefusal(t: TFunction, error: unknown, action: 'place' | 'lift'): string {
  if (!(error instanceof ApiError)) return t('errors.unknown_error');
  switch (error.code) {
    case 'validation_failed':
      return t('caseRights.errors.reasonTooShort', { count: HOLD_REASON_MIN });
    case 'conflict':
      return action === 'place' ? t('caseRights.errors.alreadyHeld') : t('caseRights.errors.alreadyLifted');
    case 'precondition_failed':
      return t('caseRights.errors.changedMeanwhile');
    default:
      return t(`errors.${error.code}`, { defaultValue: t('errors.unknown_error') });
  }
}
