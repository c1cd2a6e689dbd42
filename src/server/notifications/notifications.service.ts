import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { type ResourcePlace, type Role, rolesReach, type Scope } from '../policy/policy.ts';
import { isFiledNotice } from '../policy/notice-classes.ts';
import { hiddenNoticeIds } from './notice-visibility.ts';
import * as repo from './notifications.repository.ts';

// Contract C1 (see /docs/approvals-inbox.md): stored, per-user event notifications. A row carries ids
// and a kind only, never text; the web app words it (`<area>.notify.<event>`). E-mail, when SMTP is
// configured, is sent by the mailer after commit (notifications/mailer.ts) and says nothing but
// "you have something new in Haven".

type Db = Kysely<DatabaseSchema>;

/** Set by the mailer when a node with SMTP starts: only then are notices queued for e-mail. */
let emailOutboxOpen = false;
export function openEmailOutbox(): void {
  emailOutboxOpen = true;
}

export type NotifyInput = {
  recipients: ReadonlyArray<string>;
  /** '<area>.<event>', e.g. 'referrals.received', 'approvals.requested'. */
  kind: string;
  caseId?: string | null;
  /** e.g. 'referral', 'approval', 'visit', 'assessment'. */
  subjectType: string;
  subjectId: string;
  actorUserId?: string | null;
};

/**
 * Only the recipients without an unread notice of this kind about this subject: an event that repeats
 * (the same possible match found at every duplicate check) is one notice until it is read.
 */
export async function withoutUnreadNotice(
  db: Db,
  recipients: ReadonlyArray<string>,
  kind: string,
  subjectId: string,
): Promise<string[]> {
  const waiting = new Set(await repo.usersWithUnread(db, recipients, kind, subjectId));
  return recipients.filter((id) => !waiting.has(id));
}

/** Stores one notification per recipient (deduplicated; the acting user is skipped). Use the open transaction. */
export async function notify(db: Db, input: NotifyInput): Promise<void> {
  // Every kind is filed under the field it reveals (policy/notice-classes.ts) before it can be sent.
  if (!isFiledNotice(input.kind)) throw new Error(`Notification kind '${input.kind}' is not filed`);
  const recipients = [...new Set(input.recipients)].filter((id) => id !== input.actorUserId);
  await repo.insertNotifications(
    db,
    recipients.map((userId) => ({
      id: randomUUID(),
      user_id: userId,
      kind: input.kind,
      case_id: input.caseId ?? null,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      actor_user_id: input.actorUserId ?? null,
      read_at: null,
      email_state: emailOutboxOpen ? 'pending' : null,
    })),
  );
}

/** Active users holding one of these roles whose grants reach this place (same rules as policy `can`). */
export async function usersReaching(
  ctx: AppContext,
  db: Db,
  input: { roles: ReadonlyArray<Role>; place: ResourcePlace; agencyId?: string },
): Promise<string[]> {
  const candidates = await repo.activeUsersWithRoles(db, input.roles);
  return candidates
    .filter((user) => input.agencyId === undefined || user.agency_id === input.agencyId)
    .filter((user) =>
      rolesReach(
        {
          userId: user.id,
          agencyId: user.agency_id,
          country: ctx.config.country,
          grants: user.grants.map((g) => ({
            role: g.role as Role,
            scope: g.scope as Scope,
            unitCode: g.unit_code,
          })),
        },
        input.roles,
        input.place,
        ctx.isWithin,
      ),
    )
    .map((user) => user.id)
    .sort();
}

export type Notification = {
  id: string;
  kind: string;
  caseId: string | null;
  caseCode: string | null;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  readAt: string | null;
};

function toNotification(row: repo.NotificationRow, codes: Map<string, string> = new Map()): Notification {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.case_id,
    caseCode: row.case_id ? (codes.get(row.case_id) ?? null) : null,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}

export async function listNotifications(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: { page: number; pageSize: number; unread?: 'true' | 'false' },
) {
  const hidden = await hiddenNoticeIds(ctx, ctx.database.db, principal);
  const { rows, total } = await repo.listForUser(
    ctx.database.db,
    principal.userId,
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize, unreadOnly: query.unread === 'true' },
    hidden,
  );
  const caseIds = [...new Set(rows.flatMap((row) => (row.case_id ? [row.case_id] : [])))];
  const codes = await repo.caseCodes(ctx.database.db, caseIds);
  if (caseIds.length > 0)
    await audit(ctx.database.db, actor, {
      action: 'notifications.list',
      entityType: 'case',
      details: { count: rows.length, ids: caseIds },
    });
  return {
    items: rows.map((row) => toNotification(row, codes)),
    total,
    unread: await repo.unreadCount(ctx.database.db, principal.userId, hidden),
  };
}

/** The unread count the reader sees: without the notifications they may not get on those cases. */
export async function unreadNotifications(ctx: AppContext, db: Db, principal: SignedInUser): Promise<number> {
  return repo.unreadCount(db, principal.userId, await hiddenNoticeIds(ctx, db, principal));
}

export async function markRead(ctx: AppContext, principal: SignedInUser, id: string): Promise<Notification> {
  const db = ctx.database.db;
  const row = await repo.findForUser(db, principal.userId, id);
  if (!row || (await hiddenNoticeIds(ctx, db, principal)).includes(id)) throw notFound('The notification');
  if (!row.read_at) await repo.markRead(db, principal.userId, id, new Date());
  const saved = (await repo.findForUser(db, principal.userId, id))!;
  return toNotification(saved, await repo.caseCodes(db, saved.case_id ? [saved.case_id] : []));
}

export async function markAllRead(ctx: AppContext, principal: SignedInUser): Promise<{ marked: number }> {
  return { marked: await repo.markAllRead(ctx.database.db, principal.userId, new Date()) };
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
export const isEmailAddress = (value: string) => value.length <= 254 && EMAIL.test(value);

/** The user's own address for notices (decrypted for the owner only). */
export async function myEmail(ctx: AppContext, principal: SignedInUser): Promise<{ email: string | null }> {
  const row = await repo.findEmail(ctx.database.db, principal.userId);
  return { email: row ? ctx.cipher.decrypt(row.email, 'user_emails.email') : null };
}

export async function setMyEmail(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  email: string | null,
): Promise<{ email: string | null }> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await repo.setEmail(trx, principal.userId, email ? ctx.cipher.encrypt(email, 'user_emails.email') : null);
    await audit(trx, actor, {
      action: 'user.notification-email.set',
      entityType: 'user',
      entityId: principal.userId,
      details: { cleared: email === null },
    });
  });
  return { email };
}
