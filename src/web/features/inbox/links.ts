// Where an inbox item or a notification leads. Most lead to the case file, on the tab that shows the
// subject: add a line to SUBJECT_TABS for your area's subjectType (contracts C1/C2), e.g.
//   referral: 'referrals',
// A tab the case file does not have falls back to its first tab. KIND_PAGES sends a kind to a page of its
// own instead (a decision waits on the Approvals page, not in the case file).

export const SUBJECT_TABS: Record<string, string> = {
  case: 'status',
  status: 'status',
  consent: 'consent',
  plan: 'plan',
  'best-interests': 'best-interests',
  'monitoring-visit': 'monitoring',
  'monitoring-alert': 'monitoring',
};

export const KIND_PAGES: Record<string, '/approvals' | '/inbox'> = {
  'approvals.to-decide': '/approvals',
  'approvals.requested': '/approvals',
  'inbox.overdue-reminder': '/inbox',
};

/**
 * Subjects with a page of their own, opened with the subject's id (`$id`): e.g. a referral, which the
 * receiving agency sees without the sender's case (its items carry caseId null).
 */
export const SUBJECT_PAGES: Record<string, string> = {
  referral: '/referrals/$id',
};

export type ItemLink =
  | { to: '/cases/$id'; params: { id: string }; search: { tab?: string } }
  | { to: '/approvals' | '/inbox' }
  | { to: 'subject-page'; path: string; params: { id: string } };

export function linkFor(item: {
  kind: string;
  caseId: string | null;
  subjectType: string;
  subjectId: string;
}): ItemLink | null {
  const page = KIND_PAGES[item.kind];
  if (page) return { to: page };
  const subjectPage = SUBJECT_PAGES[item.subjectType];
  if (subjectPage) return { to: 'subject-page', path: subjectPage, params: { id: item.subjectId } };
  if (!item.caseId) return null;
  const tab = SUBJECT_TABS[item.subjectType];
  return { to: '/cases/$id', params: { id: item.caseId }, search: tab ? { tab } : {} };
}

/** '<area>.<what>' → the i18n key `<area>.<section>.<what>` (section 'inbox' or 'notify'). */
export function labelKey(kind: string, section: 'inbox' | 'notify'): string {
  const dot = kind.indexOf('.');
  if (dot < 0) return `inbox.${section}.${kind}`;
  return `${kind.slice(0, dot)}.${section}.${kind.slice(dot + 1)}`;
}
