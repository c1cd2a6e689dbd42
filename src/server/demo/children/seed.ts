import { demoActor, demoPrincipal } from '../demo-principal.ts';
import type { CaseClosureReason } from '../../../domain/lifecycle/index.ts';
import type { SignedInUser } from '../../auth/authenticate.ts';
import { type ActionInput, takeAction } from '../../cases/case-actions.service.ts';
import { createCase } from '../../cases/cases.service.ts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.ts';
import { contextInTransaction } from '../../db/in-transaction.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { type ChildPlan, type DemoCountry, planDemoChildren, type StagePath } from './plan.ts';
import { type Random, seededRandom } from './prng.ts';
import { REASONS } from './reasons.ts';
import { addHistory } from './histories.ts';

// Seeds the demo children through the real services: createCase for the file (encryption, search keys,
// duplicate check, audit) and takeAction for every lifecycle step, so each case's action log and audit
// trail are exactly what a worker's clicks would have left.

export type SeedChildrenOptions = {
  /** How many children (300 by default). */
  count?: number;
  seed?: string;
  /** Cases created per transaction. */
  batchSize?: number;
  /** Told after each batch of files and each child's lifecycle (steps 'case files' and 'case histories'). */
  onProgress?: (progress: { step: string; done: number; total: number }) => void;
};

export type SeedChildrenResult = {
  created: number;
  /** Cases whose duplicate check flagged an earlier child and were confirmed as a different one. */
  confirmedAfterDuplicateCheck: number;
  nearDuplicates: number;
  actions: number;
  /** Trafficking events, guardians and consents written through their services. */
  historyRecords: number;
  stages: Record<string, number>;
  caseIds: string[];
  milliseconds: number;
};

type DemoRole = 'caseworker' | 'supervisor' | 'police' | 'localcoord' | 'coordinator';

const USERNAMES: Record<DemoRole, string> = {
  caseworker: 'demo-caseworker',
  supervisor: 'demo-supervisor',
  police: 'demo-police',
  localcoord: 'demo-localcoord',
  coordinator: 'demo-coordinator',
};

const actorOf = (principal: SignedInUser) => demoActor(principal, 'seed-demo-children');

function unitOfGrant(principal: SignedInUser | null): string | null {
  return principal?.grants.find((g) => g.scope === 'district' || g.scope === 'region')?.unitCode ?? null;
}

const TRANSFER_REASON: Record<DemoCountry, string> = {
  UA: 'Дитину виявила ювенальна поліція; справу передано центру соціальних служб.',
  MD: 'Copilul a fost identificat de poliție; cazul transmis direcției de asistență socială.',
  BY: 'Ребёнка выявила инспекция по делам несовершеннолетних; дело передано в центр соцобслуживания.',
};

async function versionOf(db: Kysely<DatabaseSchema>, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select('version')
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return row.version;
}

type Step = { by: 'owner' | 'approver' | 'coordinator'; input: ActionInput };

/** The lifecycle steps that bring a case to its planned stage, with plausible variations. */
function stepsFor(country: DemoCountry, path: StagePath, random: Random): Step[] {
  const texts = REASONS[country];
  const owner = (input: ActionInput): Step => ({ by: 'owner', input });
  const presume = () =>
    owner({ type: 'presume', ...(random.chance(0.5) ? { reason: random.pick(texts.presume) } : {}) });
  const identify = () => owner({ type: 'identify', reason: random.pick(texts.identify) });
  const closure = (reason: CaseClosureReason): Step[] => {
    const request = owner({
      type: 'request-closure',
      closureReason: reason,
      reason: texts.closure[reason] ?? '—',
    });
    const steps: Step[] = [request];
    if (random.chance(0.15)) {
      steps.push({ by: 'approver', input: { type: 'reject-closure', reason: texts.rejectClosure } }, request);
    }
    steps.push({ by: 'approver', input: { type: 'approve-closure' } });
    return steps;
  };
  const toAssistance = (): Step[] =>
    random.chance(0.35)
      ? [presume(), owner({ type: 'start-assistance' })]
      : random.chance(0.5)
        ? [presume(), identify(), owner({ type: 'start-assistance' })]
        : [presume(), owner({ type: 'start-assistance' }), identify()];
  const toMonitoring = (): Step[] => [
    ...(random.chance(0.2) ? [identify(), owner({ type: 'start-assistance' })] : toAssistance()),
    owner({ type: 'start-monitoring' }),
  ];
  switch (path) {
    case 'screening':
      return [];
    case 'presumed':
      return [presume()];
    case 'identified':
      return random.chance(0.4) ? [identify()] : [presume(), identify()];
    case 'assistance':
      return toAssistance();
    case 'monitoring':
      return toMonitoring();
    case 'closed': {
      const reason = random.weighted<CaseClosureReason>([
        ['reintegrated', 55],
        ['reached-adulthood', 20],
        ['moved-abroad', 12],
        ['lost-contact', 13],
      ]);
      const before =
        reason === 'reintegrated' ? toMonitoring() : random.chance(0.5) ? toAssistance() : toMonitoring();
      return [...before, ...closure(reason)];
    }
    case 'closure-pending':
      return [
        ...toMonitoring(),
        owner({
          type: 'request-closure',
          closureReason: 'reintegrated',
          reason: texts.closure.reintegrated!,
        }),
      ];
    case 'not-a-victim':
      return [
        ...(random.chance(0.4) ? [presume()] : []),
        owner({ type: 'decide-not-victim', reason: random.pick(texts.notVictim) }),
      ];
    case 'reopened': {
      const steps = [
        ...toMonitoring(),
        ...closure('reintegrated'),
        owner({ type: 'reopen', reason: random.pick(texts.reopen), retrafficking: true }),
      ];
      if (random.chance(0.6)) steps.push(owner({ type: 'start-assistance' }));
      return steps;
    }
  }
}

export async function seedDemoChildren(
  ctx: AppContext,
  options: SeedChildrenOptions = {},
): Promise<SeedChildrenResult> {
  const started = performance.now();
  const country = ctx.config.country as DemoCountry;
  const people = {} as Record<DemoRole, SignedInUser | null>;
  for (const role of Object.keys(USERNAMES) as DemoRole[])
    people[role] = await demoPrincipal(ctx, USERNAMES[role]);
  const caseworker = people.caseworker;
  const supervisor = people.supervisor;
  const coordinator = people.coordinator;
  if (!caseworker || !supervisor || !coordinator)
    throw new Error('The demo children need the demo case worker, supervisor and coordinator accounts.');

  const plans = planDemoChildren(country, {
    count: options.count ?? 300,
    ...(options.seed ? { seed: options.seed } : {}),
    policeUnit: unitOfGrant(people.police),
    localTeamUnit: unitOfGrant(people.localcoord),
  });
  const today = new Date().toISOString().slice(0, 10);
  const random = seededRandom(`${options.seed ?? 'haven-demo-children'}-${country}-steps`);
  const result: SeedChildrenResult = {
    created: 0,
    confirmedAfterDuplicateCheck: 0,
    nearDuplicates: 0,
    actions: 0,
    historyRecords: 0,
    stages: {},
    caseIds: [],
    milliseconds: 0,
  };

  const openerOf = (plan: ChildPlan): SignedInUser =>
    (plan.opener === 'police' ? people.police : plan.opener === 'localcoord' ? people.localcoord : null) ??
    caseworker;

  // 1. The case files, a batch per transaction.
  const created: Array<{ plan: ChildPlan; id: string; version: number; opener: SignedInUser }> = [];
  const batchSize = options.batchSize ?? 50;
  const report = options.onProgress ?? (() => {});
  report({ step: 'case files', done: 0, total: plans.length });
  for (let start = 0; start < plans.length; start += batchSize) {
    const batch = plans.slice(start, start + batchSize);
    await ctx.database.db.transaction().execute(async (trx) => {
      for (const plan of batch) {
        const opener = openerOf(plan);
        const input = {
          sensitive: {
            names: plan.names,
            birthDate: plan.birthDate,
            documents: plan.documents,
            contacts: [],
          },
          identity: plan.identity,
          duplicatesReviewed: plan.duplicateOf !== null,
        };
        let file: Awaited<ReturnType<typeof createCase>>;
        try {
          file = await createCase(ctx, trx, opener, actorOf(opener), input);
        } catch (error) {
          // A random combination may look like an earlier child: the worker reviews and confirms.
          if (!(error instanceof AppError) || error.code !== 'possible_duplicates') throw error;
          file = await createCase(ctx, trx, opener, actorOf(opener), { ...input, duplicatesReviewed: true });
          result.confirmedAfterDuplicateCheck += 1;
        }
        if (plan.duplicateOf !== null) result.nearDuplicates += 1;
        created.push({ plan, id: file.id, version: file.version, opener });
      }
    });
    report({ step: 'case files', done: created.length, total: plans.length });
  }

  // 2. The lifecycle, one action at a time as a worker would take it; a batch of cases per transaction.
  const transitionBatch = options.batchSize ?? 25;
  for (let start = 0; start < created.length; start += transitionBatch) {
    await ctx.database.db.transaction().execute(async (trx) => {
      const batchCtx = contextInTransaction(ctx, trx);
      for (const child of created.slice(start, start + transitionBatch)) {
        let owner = child.opener;
        let approver = owner === people.localcoord ? coordinator : supervisor;
        const steps = stepsFor(country, child.plan.path, random);
        let version = child.version;
        if (owner === people.police && steps.length > 0) {
          // The juvenile police detected the child and hand the case to the city's social services.
          await takeAction(batchCtx, coordinator, actorOf(coordinator), child.id, version, {
            type: 'transfer',
            toAgencyId: caseworker.agencyId!,
            toUnitCode: child.plan.identity.unitCode,
            toUserId: caseworker.userId,
            reason: TRANSFER_REASON[country],
          });
          version += 1;
          result.actions += 1;
          owner = caseworker;
          approver = supervisor;
        }
        // What happened and who stands by the child, recorded before the case moves on.
        const historyRandom = seededRandom(
          `${options.seed ?? 'haven-demo-children'}-${country}-history-${child.plan.index}`,
        );
        const written = await addHistory(
          batchCtx,
          trx,
          owner,
          actorOf(owner),
          child.id,
          child.plan,
          historyRandom,
          today,
        );
        result.historyRecords += written;
        if (written > 0) version = await versionOf(trx, child.id);
        let stage = 'screening';
        for (const step of steps) {
          const principal = step.by === 'owner' ? owner : step.by === 'approver' ? approver : coordinator;
          const outcome = await takeAction(
            batchCtx,
            principal,
            actorOf(principal),
            child.id,
            version,
            step.input,
            { historicalImport: true },
          );
          version += 1;
          result.actions += 1;
          stage = outcome.stage;
        }
        result.stages[stage] = (result.stages[stage] ?? 0) + 1;
        result.created += 1;
        result.caseIds.push(child.id);
        report({ step: 'case histories', done: result.created, total: created.length });
      }
    });
  }
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}
