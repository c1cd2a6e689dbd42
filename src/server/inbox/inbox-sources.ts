import type { Kysely } from 'kysely';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';

// Contract C2: the inbox is computed, always current — each area contributes a source that answers
// "what is waiting for this user?". Register from your area's own file at module load:
//   registerInboxSource('referrals', async (ctx, db, principal) => [...]);
// and add ONE import line for that file to inbox-registry.ts. A source must only return items on
// records the principal may reach (check scope as your own routes do) and must not write anything:
// the inbox audits its own read.

type Db = Kysely<DatabaseSchema>;

export type InboxItem = {
  /** '<area>.<what>', e.g. 'referrals.to-answer'; the UI label is the i18n key `<area>.inbox.<what>`. */
  kind: string;
  caseId: string | null;
  caseCode: string | null;
  subjectType: string;
  subjectId: string;
  /** ISO date or date-time; overdue when past. */
  dueAt: string | null;
  overdue: boolean;
};

export type InboxSource = (ctx: AppContext, db: Db, principal: SignedInUser) => Promise<InboxItem[]>;

const sources = new Map<string, InboxSource>();

/** Adds (or, under the same name, replaces) a source of to-do items. */
export function registerInboxSource(name: string, source: InboxSource): void {
  sources.set(name, source);
}

export function inboxSources(): ReadonlyArray<[string, InboxSource]> {
  return [...sources.entries()];
}
