// Overdue work is computed (the inbox), so by itself nothing would ever reach a person who is not signed
// in: an overdue monitoring visit or a referral left unanswered would wait silently. When the node sends
// e-mail, each user with an address and at least one overdue inbox item gets one notice a day
// ('inbox.overdue-reminder', subject: the country's local date), which the mailer sends like any other
// — a generic message with no case details. In the app it simply leads to the inbox.
import type { FastifyBaseLogger } from 'fastify';
import { audit } from '../audit/audit.service.ts';
import { accountPrincipal } from '../auth/account-principal.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { HOLIDAY_CALENDARS, localDate } from '../../domain/referrals/index.ts';
import { inboxSources } from '../inbox/inbox-sources.ts';
import { notify } from './notifications.service.ts';
import * as repo from './notifications.repository.ts';

export const OVERDUE_REMINDER_KIND = 'inbox.overdue-reminder';

/** Has this user anything overdue in reach? Each area's source decides, exactly as for the inbox page. */
async function hasOverdueWork(ctx: AppContext, principal: SignedInUser, log: FastifyBaseLogger) {
  for (const [name, source] of inboxSources()) {
    try {
      const items = await source(ctx, ctx.database.db, principal);
      if (items.some((item) => item.overdue)) return true;
    } catch (error) {
      log.error({ err: error, source: name }, 'An inbox source failed while preparing reminders');
    }
  }
  return false;
}

/** Creates today's reminders (once per user and local day); returns how many were created. */
export async function remindOfOverdueWork(
  ctx: AppContext,
  log: FastifyBaseLogger,
  now: Date = new Date(),
): Promise<number> {
  const db = ctx.database.db;
  const day = localDate(now, HOLIDAY_CALENDARS[ctx.config.country].timeZone);
  const candidates = await repo.reminderCandidates(db, OVERDUE_REMINDER_KIND, day);
  const reminded: string[] = [];
  for (const user of candidates) {
    if (await hasOverdueWork(ctx, accountPrincipal(ctx.config.country, user, user.grants), log))
      reminded.push(user.id);
  }
  if (reminded.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    await notify(trx, {
      recipients: reminded,
      kind: OVERDUE_REMINDER_KIND,
      subjectType: 'inbox',
      subjectId: day,
    });
    // A system step: no person acted. Ids and a count only.
    await audit(
      trx,
      { userId: null, agencyId: null, requestId: null },
      {
        action: 'notifications.remind-overdue',
        entityType: 'user',
        details: { count: reminded.length, ids: reminded },
      },
    );
  });
  return reminded.length;
}
