import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import { unreadNotifications } from '../notifications/notifications.service.ts';
import './inbox-registry.ts';
import { type InboxItem, inboxSources } from './inbox-sources.ts';
import { noticeFilterFor } from '../notifications/notice-visibility.ts';
import { isFiledNotice } from '../policy/notice-classes.ts';

/** Overdue first, then by due date (undated last), then by kind and subject for a stable order. */
export function compareInboxItems(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.dueAt < b.dueAt ? -1 : 1);
  }
  return a.kind.localeCompare(b.kind) || a.subjectId.localeCompare(b.subjectId);
}

export type Inbox = {
  items: InboxItem[];
  unreadNotifications: number;
  /** Sources that failed this time (logged); the rest of the inbox is still shown. */
  unavailableSources: string[];
};

export async function myInbox(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  log: { error(details: object, message: string): void },
): Promise<Inbox> {
  const db = ctx.database.db;
  const unavailableSources: string[] = [];
  const results = await Promise.all(
    inboxSources().map(async ([name, source]) => {
      try {
        return await source(ctx, db, principal);
      } catch (error) {
        // One area's failure must not hide everybody else's to-do items; it is logged, never swallowed.
        log.error({ err: error, source: name }, 'An inbox source failed');
        unavailableSources.push(name);
        return [];
      }
    }),
  );
  const gathered = results.flat();
  // Whatever a source returned, an item whose kind reveals a field group the reader lacks on that case
  // (or whose kind is not filed at all) is left out here, in one place (policy/notice-classes.ts).
  const shown = await noticeFilterFor(
    ctx,
    db,
    principal,
    gathered.flatMap((item) => (item.caseId ? [item.caseId] : [])),
  );
  const unfiled = [...new Set(gathered.filter((item) => !isFiledNotice(item.kind)).map((item) => item.kind))];
  if (unfiled.length > 0) log.error({ kinds: unfiled }, 'Inbox items of an unfiled kind were left out');
  const items = gathered.filter(shown).sort(compareInboxItems);
  const caseIds = [...new Set(items.flatMap((item) => (item.caseId ? [item.caseId] : [])))];
  if (caseIds.length > 0)
    await audit(db, actor, {
      action: 'inbox.read',
      entityType: 'case',
      details: { count: items.length, ids: caseIds },
    });
  return { items, unreadNotifications: await unreadNotifications(ctx, db, principal), unavailableSources };
}
