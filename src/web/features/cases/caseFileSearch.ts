// The case file's address parameters, apart from the page so the router can read them without loading it.

export const CASE_TABS = [
  'identity',
  'family',
  'consent',
  'screening',
  'events',
  'status',
  'justice',
  'plan',
  'best-interests',
  'referrals',
  'notes',
  'documents',
  'monitoring',
  'history',
  'access-log',
  'rights',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export function parseCaseFileSearch(search: Record<string, unknown>): { tab?: CaseTab } {
  const tab = CASE_TABS.find((known) => known === search.tab);
  return tab ? { tab } : {};
}
