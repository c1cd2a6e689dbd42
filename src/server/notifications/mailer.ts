import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Locale } from '../db/schema.ts';
import * as repo from './notifications.repository.ts';
import { openEmailOutbox } from './notifications.service.ts';
import { remindOfOverdueWork } from './reminders.ts';
import { SmtpError, sendMail } from './smtp.ts';

// E-mail of notices, only when HAVEN_SMTP_URL is set. Notifications are queued in their own table
// (email_state 'pending') by notify(); the mailer picks them up after the request that created them has
// answered — so after its transaction committed, and never delaying or failing it — and every minute for
// anything left. One message per recipient per run, saying only that something new is waiting, in the
// recipient's language, with the node's address: no names, no case codes, no kinds. Failures are logged
// with the SMTP stage and reply code, never the address.

const TEXTS: Record<Locale, { subject: string; body: (url: string) => string }> = {
  en: {
    subject: 'New item in Haven',
    body: (url) =>
      `You have a new item in Haven. Sign in to see it:\n${url}\n\nThis message contains no case details. Please do not reply to it.\n`,
  },
  uk: {
    subject: 'Новий запис у Haven',
    body: (url) =>
      `У вас новий запис у Haven. Увійдіть, щоб його переглянути:\n${url}\n\nЦей лист не містить відомостей про справи. Не відповідайте на нього.\n`,
  },
  ru: {
    subject: 'Новая запись в Haven',
    body: (url) =>
      `У вас новая запись в Haven. Войдите, чтобы её посмотреть:\n${url}\n\nЭто письмо не содержит сведений о делах. Не отвечайте на него.\n`,
  },
  ro: {
    subject: 'Element nou în Haven',
    body: (url) =>
      `Aveți un element nou în Haven. Autentificați-vă pentru a-l vedea:\n${url}\n\nAcest mesaj nu conține detalii despre cazuri. Vă rugăm să nu răspundeți.\n`,
  },
  be: {
    subject: 'Новы запіс у Haven',
    body: (url) =>
      `У вас новы запіс у Haven. Увайдзіце, каб яго паглядзець:\n${url}\n\nГэты ліст не змяшчае звестак пра справы. Не адказвайце на яго.\n`,
  },
};

export function noticeText(locale: string, publicUrl: string) {
  const text = TEXTS[(locale in TEXTS ? locale : 'en') as Locale];
  return { subject: text.subject, text: text.body(`${publicUrl}/inbox`) };
}

const BATCH = 50;
const MAX_AGE_MS = 24 * 3600_000;
const SWEEP_MS = 60_000;
/** Overdue reminders are made at most once per user and day; looking every hour finds a new day soon enough. */
const REMINDER_MS = 3600_000;

export type Mailer = { kick(): void; idle(): Promise<void> };

export function createMailer(ctx: AppContext, log: FastifyBaseLogger): Mailer | null {
  const smtp = ctx.config.smtp;
  if (!smtp) return null;
  openEmailOutbox();
  const db = ctx.database.db;
  let running: Promise<void> | null = null;
  let again = false;

  async function sendBatch(): Promise<boolean> {
    const claimed = await repo.claimPendingEmails(db, new Date(Date.now() - MAX_AGE_MS), BATCH);
    if (claimed.length === 0) return false;
    const byUser = new Map<string, string[]>();
    for (const row of claimed) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.id]);
    const targets = new Map((await repo.emailTargets(db, [...byUser.keys()])).map((t) => [t.id, t]));
    for (const [userId, ids] of byUser) {
      const target = targets.get(userId);
      if (!target) {
        await repo.setEmailState(db, ids, 'skipped');
        continue;
      }
      try {
        const to = ctx.cipher.decrypt(target.email, 'user_emails.email');
        await sendMail(smtp!.url, {
          from: smtp!.from,
          to,
          ...noticeText(target.locale, ctx.config.publicUrl),
        });
        await repo.setEmailState(db, ids, 'sent');
      } catch (error) {
        await repo.setEmailState(db, ids, 'failed');
        log.warn(
          {
            smtpStage: error instanceof SmtpError ? error.stage : null,
            smtpReply: error instanceof SmtpError ? error.replyCode : null,
            errorCode: (error as { code?: unknown }).code ?? null,
            notifications: ids.length,
          },
          'A notice e-mail could not be sent',
        );
      }
    }
    return claimed.length === BATCH;
  }

  async function run() {
    try {
      await repo.skipStaleEmails(db, new Date(Date.now() - MAX_AGE_MS));
      while (await sendBatch()) {}
    } catch (error) {
      log.error({ err: error }, 'The notice mailer failed');
    }
  }

  function kick() {
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
      if (again) {
        again = false;
        kick();
      }
    });
  }

  return {
    kick,
    async idle() {
      while (running) await running;
    },
  };
}

/**
 * Starts the mailer with the app when SMTP is configured: after each write request, and every minute;
 * and, a minute after start and then every hour, the daily reminders of overdue work (reminders.ts).
 */
export function registerMailer(app: FastifyInstance, ctx: AppContext): Mailer | null {
  const mailer = createMailer(ctx, app.log);
  if (!mailer) return null;
  const timer = setInterval(() => mailer.kick(), SWEEP_MS);
  timer.unref();
  const remind = () =>
    remindOfOverdueWork(ctx, app.log)
      .then((made) => made > 0 && mailer.kick())
      .catch((error) => app.log.error({ err: error }, 'Overdue reminders failed'));
  const firstReminders = setTimeout(remind, SWEEP_MS);
  firstReminders.unref();
  const reminders = setInterval(remind, REMINDER_MS);
  reminders.unref();
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') mailer.kick();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    clearTimeout(firstReminders);
    clearInterval(reminders);
    await mailer.idle();
  });
  return mailer;
}
