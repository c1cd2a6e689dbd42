// Inbox items and notifications carry ids, a case code and a kind — but the kind itself says something
// about the child ("a safety alert is open", "a best-interests determination waits"). Each kind is filed
// here under the response field whose fact it reveals, and `noticeShown` asks the one function that
// decides fields (field-visibility.ts `seesField`) with the reader's groups on that case. A kind that is
// not filed is not shown (inbox) or not stored (notify throws): a new kind cannot ship unfiled.
import { seesField } from './field-visibility.ts';
import type { FieldGroup } from './policy.ts';

/** kind → the response field (FIELD_CLASSES) carrying the same fact; null: not a child's data at all. */
export const NOTICE_FIELDS: Readonly<Record<string, string | null>> = {
  // Inbox sources.
  'approvals.to-decide': 'status',
  'inbox.case-overdue': 'nextDeadline',
  'inbox.reflection-ending': 'reflectionPeriod',
  'monitoring.visit-due': 'visits',
  'monitoring.visit-overdue': 'overdueVisits',
  'monitoring.safety-alert-open': 'openSafetyAlerts',
  'monitoring.retrafficking-alert-open': 'alerts',
  'plans.action-overdue': 'plans',
  'plans.review-due': 'plans',
  'referrals.to-answer': 'referrals',
  'referrals.overdue': 'referrals',
  'bestInterests.to-confirm': 'bestInterests',
  'child.guardian-due': 'unaccompanied',
  'child.guardian-overdue': 'unaccompanied',
  'child.consider-non-punishment': 'nonPunishment',
  // Notifications.
  'approvals.requested': 'status',
  'approvals.decided': 'status',
  'referrals.received': 'referrals',
  'referrals.answered': 'referrals',
  'referrals.started': 'referrals',
  'referrals.completed': 'referrals',
  'referrals.failed': 'referrals',
  'referrals.cancelled': 'referrals',
  'referrals.override-approved': 'referrals',
  'referrals.override-rejected': 'referrals',
  'referrals.service-recorded': 'servicesDelivered',
  'monitoring.safety-alert': 'openSafetyAlerts',
  'monitoring.retrafficking-risk': 'alerts',
  'bestInterests.confirm-requested': 'bestInterests',
  'bestInterests.decided': 'bestInterests',
  'bestInterests.declined': 'bestInterests',
  'cases.duplicate-outside-reach': 'possibleMatchOutsideReach',
  'cases.break-glass': 'breakGlass',
  'inbox.overdue-reminder': null,
  'grants.pending': null,
  'grants.changed': null,
  'grants.approved': null,
  'grants.rejected': null,
};

export const isFiledNotice = (kind: string): boolean => Object.hasOwn(NOTICE_FIELDS, kind);

/** May a reader with these groups on the item's case get an item of this kind? Unfiled: no. */
export function noticeShown(groups: ReadonlyArray<FieldGroup>, kind: string): boolean {
  if (!isFiledNotice(kind)) return false;
  const field = NOTICE_FIELDS[kind] ?? null;
  return field === null || seesField(groups, field);
}
