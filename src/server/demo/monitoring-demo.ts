// Demo monitoring histories, written through the real monitoring service (so texts are sealed, scores
// computed by the domain rules, alerts raised and notified, every step audited): about ten of the demo
// caseworker's children with schedules started months ago — improving (ready for closure after two good
// reviews), stable, and worsening (one with an open safety alert) — with missed visits and visits now
// overdue, and the children's own views beside the workers' scores.
import { demoActor, demoPrincipal } from './demo-principal.ts';
import type { Kysely } from 'kysely';
import { ASSESSMENT_ITEMS, MONITORING_DOMAINS, type Score } from '../../domain/monitoring/index.ts';
import type { AppContext } from '../context.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import * as monitoring from '../monitoring/monitoring.service.ts';

type Db = Kysely<DatabaseSchema>;
type Lang = 'UA' | 'MD' | 'BY';
type Trend = 'improving' | 'stable' | 'worsening' | 'safety-alert';

const TEXT: Record<Lang, { caregiver: string[]; missed: string[]; risk: string }> = {
  UA: {
    caregiver: [
      'Бабуся каже, що дитина краще спить і знову ходить до школи.',
      'Мати хвилюється через нових знайомих доньки в соцмережах.',
      'Опікунка задоволена: дитина допомагає вдома й має друзів.',
    ],
    missed: ['Сім’я поїхала до родичів в інше село.', 'Дитина була в лікарні.'],
    risk: 'Незнайомий чоловік пропонував роботу за кордоном.',
  },
  MD: {
    caregiver: [
      'Bunica spune că copilul doarme mai bine și merge din nou la școală.',
      'Mama e îngrijorată de noile cunoștințe ale fiicei de pe rețelele sociale.',
      'Tutorele e mulțumit: copilul ajută acasă și are prieteni.',
    ],
    missed: ['Familia a plecat la rude în alt sat.', 'Copilul era internat în spital.'],
    risk: 'Un bărbat necunoscut i-a oferit un loc de muncă în străinătate.',
  },
  BY: {
    caregiver: [
      'Бабушка говорит, что ребёнок лучше спит и снова ходит в школу.',
      'Мать беспокоится из-за новых знакомых дочери в соцсетях.',
      'Опекун доволен: ребёнок помогает дома и у него есть друзья.',
    ],
    missed: ['Семья уехала к родственникам в другую деревню.', 'Ребёнок был в больнице.'],
    risk: 'Незнакомый мужчина предлагал работу за границей.',
  },
};

/** Average item level at each review, per trend (1–4). */
const LEVELS: Record<Trend, number[]> = {
  improving: [2, 2.5, 3.2, 3.8, 3.9],
  stable: [3.3, 3.4, 3.3, 3.4, 3.3],
  worsening: [3.5, 3.1, 2.6, 2.1, 1.8],
  'safety-alert': [3.2, 2.8, 2.3, 2, 2],
};

/** Ten histories: trend, months since the start, and which visits were missed (by index). */
const HISTORIES: Array<{ trend: Trend; monthsAgo: number; missed: number[]; overdue: boolean }> = [
  { trend: 'improving', monthsAgo: 13, missed: [], overdue: false },
  { trend: 'improving', monthsAgo: 7, missed: [], overdue: false },
  { trend: 'stable', monthsAgo: 13, missed: [1], overdue: false },
  { trend: 'stable', monthsAgo: 7, missed: [], overdue: true },
  { trend: 'worsening', monthsAgo: 13, missed: [], overdue: false },
  { trend: 'safety-alert', monthsAgo: 7, missed: [], overdue: false },
  { trend: 'improving', monthsAgo: 4, missed: [], overdue: true },
  { trend: 'stable', monthsAgo: 19, missed: [2], overdue: false },
  { trend: 'worsening', monthsAgo: 7, missed: [0], overdue: true },
  { trend: 'improving', monthsAgo: 19, missed: [], overdue: false },
];

const today = () => new Date().toISOString().slice(0, 10);
const monthsBefore = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
};
const clamp = (value: number): Score => Math.min(4, Math.max(1, Math.round(value))) as Score;
/** A small deterministic wobble (−0.5, 0, +0.5) so items of one review are not all equal. */
const wobble = (a: number, b: number, c: number) => (((a * 7 + b * 13 + c * 5) % 3) - 1) / 2;

function itemsAt(trend: Trend, history: number, review: number, level: number, last: boolean) {
  return ASSESSMENT_ITEMS.map((item, index) => {
    let score = clamp(level + wobble(history, review, index));
    // Only the safety-alert history ever scores a safety item 1 (abuse in current care, at the last review).
    if (item.domain === 'safety') score = Math.max(score, 2) as Score;
    if (trend === 'safety-alert' && last && item.id === 'safety.abuse-in-care') score = 1;
    return {
      itemId: item.id,
      score,
      evidence: (['observation', 'child-interview', 'caregiver', 'school'] as const)[index % 4]!,
    };
  });
}

function childViewAt(history: number, review: number, level: number) {
  return Object.fromEntries(
    MONITORING_DOMAINS.map((domain, index) => [
      domain,
      (history + review + index) % 5 === 0 ? null : clamp(level + wobble(review, index, history) * 2),
    ]),
  ) as Record<(typeof MONITORING_DOMAINS)[number], Score | null>;
}

export async function seedMonitoringDemo(ctx: AppContext): Promise<void> {
  const db: Db = ctx.database.db;
  if (await readSetting<boolean>(db, 'demo-monitoring')) return;
  if (!(await readSetting<boolean>(db, 'demo-children'))) return;
  const worker = await demoPrincipal(ctx, 'demo-caseworker');
  if (!worker) return;
  const actor = demoActor(worker, 'seed-demo-monitoring');
  const text = TEXT[(ctx.config.country as Lang) in TEXT ? (ctx.config.country as Lang) : 'UA'];
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'stage'])
    .where('owner_user_id', '=', worker.userId)
    .where('stage', 'in', ['monitoring', 'assistance'])
    .orderBy('stage', 'desc')
    .orderBy('code')
    .limit(HISTORIES.length)
    .execute();
  for (const [h, file] of cases.entries()) {
    const history = HISTORIES[h]!;
    if (
      await db
        .selectFrom('monitoring_plans')
        .select('case_id')
        .where('case_id', '=', file.id)
        .executeTakeFirst()
    )
      continue;
    await db.transaction().execute((trx) =>
      monitoring.startMonitoring(ctx, trx, worker, actor, file.id, {
        startedOn: monthsBefore(history.monthsAgo),
        placementType: h % 3 === 0 ? 'kinship-care' : h % 3 === 1 ? 'family-reunification' : 'foster-care',
      }),
    );
    const overview = await monitoring.getOverview(ctx, worker, actor, file.id);
    const past = overview.visits.filter((visit) => visit.plannedOn < today());
    // An overdue history leaves its latest past visit unrecorded.
    const toRecord = history.overdue ? past.slice(0, -1) : past;
    for (const [v, visit] of toRecord.entries()) {
      if (history.missed.includes(v)) {
        await monitoring.markMissed(
          ctx,
          worker,
          actor,
          file.id,
          visit.id,
          visit.version,
          text.missed[v % 2]!,
        );
        continue;
      }
      const levels = LEVELS[history.trend];
      const level = levels[Math.min(v, levels.length - 1)]!;
      const last = v === toRecord.length - 1;
      await monitoring.recordVisit(ctx, worker, actor, file.id, visit.id, visit.version, {
        doneOn: visit.plannedOn,
        riskReview: {
          contactWithExploiters: false,
          newOffers: history.trend === 'worsening' && last,
          wentMissing: false,
          riskLevel: level < 2.5 ? 'medium' : 'low',
          note: history.trend === 'worsening' && last ? text.risk : null,
        },
        assessment: {
          items: itemsAt(history.trend, h, v, level, last),
          caregiverView: text.caregiver[(h + v) % text.caregiver.length]!,
          childView: (h + v) % 4 === 3 ? null : childViewAt(h, v, level),
        },
      });
    }
  }
  await writeSetting(db, 'demo-monitoring', true);
}
