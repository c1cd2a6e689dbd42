// Demo criminal proceedings for eight children, written through the justice services (texts sealed,
// stage changes checked by the transition table, every step audited): one per stage from a fresh report
// to an appeal, one suspended and one closed for lack of evidence, with perpetrators, child-friendly
// measures, legal aid, compensation and two non-punishment decisions. The police and the supervisor of
// the demo see them; the provider and the analyst do not.
import { demoActor, demoPrincipal } from './demo-principal.ts';
import type { Kysely } from 'kysely';
import type { ProceedingOutcome, ProceedingStage, ProtectiveMeasure } from '../../domain/justice/index.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import { contextInTransaction } from '../db/in-transaction.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { addDecision, addPerpetrator } from '../justice/justice-parties.service.ts';
import { changeStage, createProceeding } from '../justice/justice.service.ts';
import { can } from '../policy/policy.ts';

type Db = Kysely<DatabaseSchema>;
type Country = 'UA' | 'MD' | 'BY';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const LOCAL: Record<
  Country,
  {
    articles: string[][];
    currency: 'UAH' | 'MDL' | 'BYN';
    court: string;
    prosecutor: string;
    legalAid: string;
    alias: string[];
    offence: string[];
  }
> = {
  UA: {
    articles: [['149'], ['149', '303'], ['150-1'], ['149', '301-1']],
    currency: 'UAH',
    court: 'Шевченківський районний суд м. Києва',
    prosecutor: 'Київська міська прокуратура',
    legalAid: 'Регіональний центр з надання безоплатної правничої допомоги',
    alias: ['«Дядя Вітя»', '«Льоша-таксист»', '«Мадам»'],
    offence: ['Жебракування на вокзалі за вказівкою експлуататора', 'Перевезення пакунків з наркотиками'],
  },
  MD: {
    articles: [['206'], ['165', '206'], ['168'], ['206', '208-1']],
    currency: 'MDL',
    court: 'Judecătoria Chișinău, sediul Centru',
    prosecutor: 'Procuratura pentru Combaterea Criminalității Organizate și Cauze Speciale',
    legalAid: 'Consiliul Național pentru Asistență Juridică Garantată de Stat',
    alias: ['„Nea Vasile”', '„Șoferul”', '„Doamna”'],
    offence: ['Cerșit în piață la ordinul exploatatorului', 'Transport de colete cu droguri'],
  },
  BY: {
    articles: [['181'], ['181', '171'], ['181-1'], ['181', '343-1']],
    currency: 'BYN',
    court: 'Суд Ленинского района г. Гродно',
    prosecutor: 'Прокуратура Гродненской области',
    legalAid: 'Гродненская областная коллегия адвокатов',
    alias: ['«Дядя Витя»', '«Таксист»', '«Мадам»'],
    offence: ['Попрошайничество на вокзале по указанию эксплуататора', 'Перевозка свёртков с наркотиками'],
  },
};

type Plan = {
  path: Array<[ProceedingStage, number, ProceedingOutcome?]>;
  role: 'victim' | 'witness' | 'victim-and-witness';
  measures: ProtectiveMeasure[];
  compensation?: 'claimed' | 'awarded';
};

// Day offsets are days ago; each path starts with the first stage.
const PLANS: Plan[] = [
  { path: [['report', -12]], role: 'victim', measures: [] },
  {
    path: [
      ['report', -120],
      ['investigation', -110],
    ],
    role: 'victim-and-witness',
    measures: ['specialised-interview-room', 'single-recorded-interview', 'psychologist-present'],
  },
  {
    path: [
      ['report', -300],
      ['investigation', -290],
      ['suspended', -150],
    ],
    role: 'victim',
    measures: ['specialised-interview-room', 'psychologist-present'],
  },
  {
    path: [
      ['investigation', -260],
      ['indictment', -60],
    ],
    role: 'victim-and-witness',
    measures: ['single-recorded-interview', 'no-confrontation-with-accused', 'legal-representative-present'],
  },
  {
    path: [
      ['report', -420],
      ['investigation', -410],
      ['indictment', -200],
      ['trial', -90],
    ],
    role: 'victim-and-witness',
    measures: ['single-recorded-interview', 'closed-hearing', 'video-link', 'court-familiarisation-visit'],
    compensation: 'claimed',
  },
  {
    path: [
      ['report', -600],
      ['investigation', -590],
      ['indictment', -400],
      ['trial', -300],
      ['verdict', -40, 'conviction'],
    ],
    role: 'victim',
    measures: ['specialised-interview-room', 'closed-hearing', 'identity-protected'],
    compensation: 'awarded',
  },
  {
    path: [
      ['report', -720],
      ['investigation', -700],
      ['indictment', -500],
      ['trial', -400],
      ['verdict', -200, 'conviction'],
      ['appeal', -170],
    ],
    role: 'witness',
    measures: ['video-link', 'support-person-present', 'witness-protection-programme'],
    compensation: 'awarded',
  },
  {
    path: [
      ['report', -500],
      ['investigation', -490],
      ['closed', -250, 'closed-lack-of-evidence'],
    ],
    role: 'victim',
    measures: ['specialised-interview-room'],
  },
];

export async function seedJusticeDemo(ctx: AppContext): Promise<void> {
  const db: Db = ctx.database.db;
  if (await readSetting<boolean>(db, 'demo-justice')) return;
  if (!(await readSetting<boolean>(db, 'demo-children'))) return;
  const police = await demoPrincipal(ctx, 'demo-police');
  const supervisor = await demoPrincipal(ctx, 'demo-supervisor');
  if (!police || !supervisor) return;
  const country = (ctx.config.country in LOCAL ? ctx.config.country : 'UA') as Country;
  const text = LOCAL[country];
  const ctp = await db
    .selectFrom('agencies')
    .select('id')
    .where('kind', '=', 'counter-trafficking-police')
    .executeTakeFirst();
  const candidates = await db
    .selectFrom('cases')
    .select(['id', 'owner_agency_id', 'unit_code', 'owner_user_id'])
    .where('stage', 'in', ['presumed', 'identified', 'assistance', 'monitoring'])
    .where('merged_into', 'is', null)
    .orderBy('code')
    .execute();
  // The police investigator works the cases of their district; the supervisor those of the agency.
  const writerOf = (row: (typeof candidates)[number]) =>
    [police, supervisor].find((p) => can(p, 'justice.write', placeOfCase(ctx, row), ctx.isWithin));
  const chosen = candidates
    .map((row) => ({ row, writer: writerOf(row) }))
    .filter((c) => c.writer !== undefined)
    .sort((a, b) => Number(b.writer === police) - Number(a.writer === police))
    .slice(0, PLANS.length);
  await db.transaction().execute(async (trx) => {
    const tctx = contextInTransaction(ctx, trx);
    for (const [index, { row, writer }] of chosen.entries()) {
      const plan = PLANS[index]!;
      const by = writer as SignedInUser;
      const actor = demoActor(by, 'seed-demo-justice');
      const [head, ...rest] = plan.path;
      const [first, opened] = head!;
      const amount = [150000, 80000, 45000][index % 3]!;
      let proceeding = await createProceeding(tctx, trx, by, actor, row.id, {
        number: `${country}-${2024 + (index % 2)}-${String(4100 + index * 37).padStart(6, '0')}`,
        articles: text.articles[index % text.articles.length]!,
        authorityAgencyId: ctp?.id ?? null,
        authorityName: plan.path.some(([s]) => s === 'trial' || s === 'verdict')
          ? text.court
          : text.prosecutor,
        childRole: plan.role,
        legalAid: plan.measures.length > 1 ? { provider: text.legalAid, from: day(opened + 5) } : null,
        measures: plan.measures.map((measure, i) => ({
          measure,
          on: day(Math.min(-1, opened + 7 + i * 20)),
        })),
        compensation:
          plan.compensation === undefined
            ? []
            : [
                {
                  kind: 'claimed',
                  source: 'perpetrator',
                  amount,
                  currency: text.currency,
                  on: day(opened + 30),
                },
                { kind: 'claimed', source: 'state', amount: 2000, currency: 'EUR', on: day(opened + 30) },
                ...(plan.compensation === 'awarded'
                  ? [
                      {
                        kind: 'awarded' as const,
                        source: 'perpetrator' as const,
                        amount: amount / 2,
                        currency: text.currency,
                        on: day(plan.path.find(([s]) => s === 'verdict')![1]),
                      },
                    ]
                  : []),
              ],
        stage: first as 'report' | 'investigation',
        openedOn: day(opened),
      });
      for (const [to, on, outcome] of rest) {
        proceeding = await changeStage(tctx, by, actor, row.id, proceeding.id, proceeding.version, {
          to,
          on: day(on),
          outcome: outcome ?? null,
          note: null,
        });
      }
      await addPerpetrator(tctx, trx, by, actor, row.id, {
        proceedingId: proceeding.id,
        roles: index % 2 ? ['RecruiterOrIntermediary'] : ['RecruiterOrIntermediary', 'Exploiter'],
        relation: index === 3 ? 'Familial' : 'Acquainted',
        familyMember: index === 3,
        familyMemberId: null,
        sex: index % 3 === 2 ? 'Feminine' : 'Masculine',
        nationalities: [country],
        name: null,
        alias: text.alias[index % text.alias.length]!,
      });
      if (index >= 4)
        await addPerpetrator(tctx, trx, by, actor, row.id, {
          proceedingId: proceeding.id,
          roles: ['Transporter'],
          relation: 'Unacquainted',
          familyMember: false,
          familyMemberId: null,
          sex: 'Masculine',
          nationalities: index === 6 ? ['PL'] : [country],
          name: null,
          alias: null,
        });
      if (index === 2 || index === 5)
        await addDecision(tctx, trx, by, actor, row.id, {
          decision: index === 5 ? 'applied' : 'pending',
          decidedOn: index === 5 ? day(-30) : null,
          authorityAgencyId: null,
          authorityName: text.prosecutor,
          proceedingId: null,
          offence: text.offence[index === 5 ? 0 : 1]!,
          note: null,
        });
    }
    await writeSetting(trx, 'demo-justice', true);
  });
}
