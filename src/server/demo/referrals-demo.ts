// Demo referrals, written through the real services (consent checked, packages frozen and sealed,
// approvals through the four-eyes mechanism, every step audited): one in every state across the demo
// agencies — sent, overdue, awaiting a consent override, accepted, in progress, completed, declined,
// failed and cancelled — with services delivered. Runs once (node setting 'demo-referrals').
import { demoActor, demoPrincipal } from './demo-principal.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { findGuardian } from '../case-people/case-people.repository.ts';
import { setGuardian } from '../case-people/case-people.service.ts';
import { recordConsent } from '../consents/consents.service.ts';
import type { AppContext } from '../context.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import * as repo from '../referrals/referrals.repository.ts';
import { createReferral, transitionReferral } from '../referrals/referrals.service.ts';
import { recordOnReferral } from '../referrals/services-delivered.service.ts';

type Lang = 'UA' | 'MD' | 'BY';
const TEXT: Record<Lang, Record<string, string>> = {
  UA: {
    note: 'Дитина говорить українською; супровід соціальної працівниці.',
    override: 'Дитина в небезпеці сьогодні вночі; опікуна не вдалося знайти.',
    decline: 'Немає юриста з потрібною спеціалізацією цього тижня.',
    fail: 'Дитина відмовилася від занять після першої зустрічі.',
    cancel: 'Сім’я переїхала до іншої області.',
    complete: 'Курс підтримки завершено, стан стабільний.',
    session: 'Перша зустріч із психологинею.',
    guardian: 'Опікунка (демо)',
  },
  MD: {
    note: 'Copilul vorbește română; însoțit de asistenta socială.',
    override: 'Copilul este în pericol în noaptea aceasta; tutorele nu a putut fi găsit.',
    decline: 'Nu avem jurist cu specializarea necesară săptămâna aceasta.',
    fail: 'Copilul a renunțat după prima întâlnire.',
    cancel: 'Familia s-a mutat în alt raion.',
    complete: 'Sprijinul s-a încheiat, starea este stabilă.',
    session: 'Prima întâlnire cu psihologul.',
    guardian: 'Tutore (demo)',
  },
  BY: {
    note: 'Ребёнок говорит по-русски; сопровождает социальный работник.',
    override: 'Ребёнок в опасности этой ночью; опекуна найти не удалось.',
    decline: 'На этой неделе нет юриста нужной специализации.',
    fail: 'Ребёнок отказался от занятий после первой встречи.',
    cancel: 'Семья переехала в другую область.',
    complete: 'Курс поддержки завершён, состояние стабильное.',
    session: 'Первая встреча с психологом.',
    guardian: 'Опекун (демо)',
  },
};

const actorOf = (p: SignedInUser) => demoActor(p, 'seed-demo-referrals');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedReferralsDemo(ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  if (await readSetting<boolean>(db, 'demo-referrals')) return;
  if (!(await readSetting<boolean>(db, 'demo-children'))) return;
  const [worker, supervisor, provider] = await Promise.all(
    ['demo-caseworker', 'demo-supervisor', 'demo-provider'].map((name) => demoPrincipal(ctx, name)),
  );
  if (!worker || !supervisor || !provider) return;
  const services = await repo.activeServices(db);
  const ofProvider = services.filter((s) => s.agency_id === provider.agencyId);
  const others = services.filter((s) => s.agency_id !== provider.agencyId && s.agency_id !== worker.agencyId);
  // Answers without taking places: services that count no places, so the demo leaves free places alone.
  const providerOpen = ofProvider.find((s) => s.capacity === null) ?? ofProvider[0];
  const providerShelter = ofProvider.find((s) => s.kind === 'emergency-shelter') ?? providerOpen;
  const otherOpen = others.find((s) => s.capacity === null) ?? others[0];
  if (!providerOpen || !providerShelter || !otherOpen) return;
  const cases = await db
    .selectFrom('cases')
    .select('id')
    .where('owner_user_id', '=', worker.userId)
    .where('stage', 'in', ['identified', 'assistance', 'monitoring', 'presumed'])
    .orderBy('code')
    .limit(9)
    .execute();
  if (cases.length === 0) return;
  const text = TEXT[(ctx.config.country as Lang) in TEXT ? (ctx.config.country as Lang) : 'UA'];
  const w = actorOf(worker);
  const p = actorOf(provider);
  const consented = new Set<string>();
  const consent = async (caseId: string, agencyId: string) => {
    if (consented.has(`${caseId}/${agencyId}`)) return;
    consented.add(`${caseId}/${agencyId}`);
    // The guardian's consent is given by the guardian recorded on the case.
    if (!(await findGuardian(db, caseId)))
      await setGuardian(ctx, worker, w, caseId, null, { kind: 'legal-representative', name: text.guardian! });
    await db.transaction().execute((trx) =>
      recordConsent(ctx, trx, worker, w, caseId, {
        purpose: 'referral',
        recipientAgencyId: agencyId,
        childAssent: { given: true, date: day(-10), howInformed: 'orally-in-own-language' },
        guardianConsent: { given: true, date: day(-10) },
      }),
    );
  };
  const caseAt = (i: number) => cases[i % cases.length]!.id;
  const send = async (
    i: number,
    service: { id: string; agency_id: string },
    urgency: 'emergency' | 'urgent' | 'routine',
  ) => {
    await consent(caseAt(i), service.agency_id);
    return db.transaction().execute((trx) =>
      createReferral(ctx, trx, worker, w, caseAt(i), {
        serviceId: service.id,
        urgency,
        reason: 'AdditionalServicesRequired',
        note: text.note,
      }),
    );
  };
  const step = (
    who: SignedInUser,
    id: string,
    version: number,
    event: Parameters<typeof transitionReferral>[5],
    t: string | null = null,
  ) => transitionReferral(ctx, who, actorOf(who), id, version, event, t);
  const serve = (
    id: string,
    kind: string,
    offset: number,
    outcome: 'delivered' | 'partly-delivered' = 'delivered',
  ) =>
    db.transaction().execute((trx) =>
      recordOnReferral(ctx, trx, provider, p, id, {
        serviceKind: kind as never,
        deliveredOn: day(offset),
        outcome,
        note: text.session,
      }),
    );

  // Sent, waiting for the shelter's answer (emergency: two hours).
  await send(0, providerShelter, 'emergency');
  // Sent and overdue: the deadline passed without an answer.
  const overdue = await send(1, providerOpen, 'routine');
  await repo.setDueAt(db, overdue.id, new Date(Date.now() - 86_400_000));
  // Awaiting a consent override: no consent for this agency; the supervisor sees it in the Approvals page.
  await db.transaction().execute((trx) =>
    createReferral(ctx, trx, worker, w, caseAt(2), {
      serviceId: otherOpen.id,
      urgency: 'urgent',
      reason: 'AdditionalServicesRequired',
      overrideReason: text.override,
    }),
  );
  // Accepted.
  const accepted = await send(3, providerOpen, 'urgent');
  await step(provider, accepted.id, accepted.version, 'accept');
  // In progress, one session recorded.
  const running = await send(4, providerOpen, 'routine');
  const a = await step(provider, running.id, running.version, 'accept');
  await step(provider, running.id, a.version, 'start');
  await serve(running.id, providerOpen.kind, -2);
  // Completed with services delivered.
  const done = await send(5, providerOpen, 'routine');
  const d1 = await step(provider, done.id, done.version, 'accept');
  const d2 = await step(provider, done.id, d1.version, 'start');
  await serve(done.id, providerOpen.kind, -20);
  await serve(done.id, providerOpen.kind, -6);
  await step(provider, done.id, d2.version, 'complete', text.complete);
  // Declined (with the reason) and failed (with the outcome).
  const declined = await send(6, providerOpen, 'routine');
  await step(provider, declined.id, declined.version, 'decline', text.decline);
  const failed = await send(7, providerOpen, 'routine');
  const f1 = await step(provider, failed.id, failed.version, 'accept');
  const f2 = await step(provider, failed.id, f1.version, 'start');
  await step(provider, failed.id, f2.version, 'fail', text.fail);
  // Cancelled by the referrer before an answer.
  const cancelled = await send(8, providerOpen, 'routine');
  await step(worker, cancelled.id, cancelled.version, 'cancel', text.cancel);
  await writeSetting(db, 'demo-referrals', true);
}
