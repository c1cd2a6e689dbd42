import { randomBytes, randomUUID } from 'node:crypto';
import { childrenOf } from '../../domain/geo/index.ts';
import { AGENCY_KINDS, isAgencyKind } from '../../domain/agencies/index.ts';
import { audit } from '../audit/audit.service.ts';
import { updatePasswordHash } from '../auth/auth.repository.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import type { AppContext } from '../context.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import type { Grant } from '../policy/policy.ts';
import { insertAgency, replaceAgencyUnits } from '../agencies/agencies.repository.ts';
import { countCases } from '../cases/cases.repository.ts';
import { insertUser, passwordHashesOf, replaceGrants } from '../users/users.repository.ts';
import { seedDemoChildren } from './children/index.ts';
import { DEMO_ACCOUNTS, DEMO_AGENCIES, type DemoAgency } from './demo-agencies.ts';
import { seedDirectoryDemo } from './directory-demo.ts';
import { seedJusticeDemo } from './justice-demo.ts';
import { seedReferralsDemo } from './referrals-demo.ts';
import { seedPlansDemo } from './plans-demo.ts';
import { seedMonitoringDemo } from './monitoring-demo.ts';

export type DemoSeedResult = {
  seeded: boolean;
  password: string | null;
  generated: boolean;
  usernames: string[];
};

/** One step of the seeding, `done` of `total` units: the console shows it as a bar or as lines. */
export type SeedProgress = (progress: { step: string; done: number; total: number }) => void;

const SYSTEM_ACTOR = { userId: null, agencyId: null, requestId: 'seed-demo' };

/** A password from a 32-letter alphabet, four groups of five: easy to type, ~100 bits. */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

function unitOf(agency: DemoAgency): string {
  if (!agency.district) return agency.unit;
  return childrenOf(agency.unit)[0]?.code ?? agency.unit;
}

/**
 * Seeds the synthetic demo once: agencies of the node's country and one account per role. Run again,
 * it changes nothing, except that a HAVEN_DEMO_PASSWORD given later becomes the demo accounts' password.
 */
export async function seedDemo(
  ctx: AppContext,
  onProgress: SeedProgress = () => {},
): Promise<DemoSeedResult> {
  const db = ctx.database.db;
  const country = ctx.config.country;
  const usernames = DEMO_ACCOUNTS.map((a) => a.username);
  if (await readSetting<boolean>(db, 'demo')) {
    if (ctx.config.demoPassword) await alignDemoPasswords(ctx, ctx.config.demoPassword);
    await seedTheRest(ctx, onProgress);
    return { seeded: false, password: ctx.config.demoPassword ?? null, generated: false, usernames };
  }
  onProgress({ step: 'accounts', done: 0, total: 1 });
  const password = ctx.config.demoPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const agencyIds = new Map<string, string>();
    for (const agency of DEMO_AGENCIES[country]) {
      if (!isAgencyKind(agency.kind))
        throw new Error(`Demo agency kind ${agency.kind} is not a known agency kind`);
      const kind = AGENCY_KINDS[agency.kind];
      const id = randomUUID();
      agencyIds.set(agency.key, id);
      await insertAgency(trx, {
        id,
        country,
        name: agency.name,
        kind: agency.kind,
        organisationType: kind.htcdsOrganisationType,
      });
      await replaceAgencyUnits(trx, id, [unitOf(agency)]);
      await audit(trx, SYSTEM_ACTOR, {
        action: 'agency.create',
        entityType: 'agency',
        entityId: id,
        details: { demo: true },
      });
    }
    for (const account of DEMO_ACCOUNTS) {
      const agency = DEMO_AGENCIES[country].find((a) => a.key === account.agency)!;
      const id = randomUUID();
      const grant: Grant = {
        role: account.role,
        scope: account.scope,
        unitCode: account.scope === 'district' ? unitOf(agency) : null,
      };
      await insertUser(trx, {
        id,
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        agencyId: agencyIds.get(account.agency)!,
      });
      await replaceGrants(trx, id, [grant]);
      await audit(trx, SYSTEM_ACTOR, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        details: { demo: true },
      });
    }
    await writeSetting(trx, 'demo', true);
  });
  onProgress({ step: 'accounts', done: 1, total: 1 });
  await seedTheRest(ctx, onProgress);
  return { seeded: true, password, generated: !ctx.config.demoPassword, usernames };
}

/**
 * Everything after the accounts. Each area's seeder is idempotent, so a start after an interrupted one
 * finishes the job; the steps are reported as they go (the first start takes a while).
 */
async function seedTheRest(ctx: AppContext, onProgress: SeedProgress): Promise<void> {
  const steps: Array<[string, () => Promise<void>]> = [
    ['directory', () => seedDirectoryDemo(ctx)],
    ['children', () => finishDemoChildren(ctx, onProgress)],
    ['justice', () => seedJusticeDemo(ctx)],
    ['plans', () => seedPlansDemo(ctx)],
    ['monitoring', () => seedMonitoringDemo(ctx)],
    ['referrals', () => seedReferralsDemo(ctx)],
  ];
  for (const [step, run] of steps) {
    if (step !== 'children') onProgress({ step, done: 0, total: 1 });
    await run();
    if (step !== 'children') onProgress({ step, done: 1, total: 1 });
  }
}

/**
 * The children are seeded in batches after the accounts; a start that was interrupted before they were
 * all written tries again when no case exists yet, and otherwise says what happened instead of adding
 * a second, partial set.
 */
async function finishDemoChildren(ctx: AppContext, onProgress: SeedProgress): Promise<void> {
  const db = ctx.database.db;
  if (await readSetting<boolean>(db, 'demo-children')) return;
  if ((await countCases(db)) > 0) {
    process.stderr.write(
      'The demo children were only partly seeded (an earlier start was interrupted). Remove the data folder to seed the demo afresh.\n',
    );
    await writeSetting(db, 'demo-children', true);
    return;
  }
  await seedDemoChildren(ctx, { onProgress });
  await writeSetting(db, 'demo-children', true);
}

async function alignDemoPasswords(ctx: AppContext, password: string): Promise<void> {
  const db = ctx.database.db;
  const accounts = await passwordHashesOf(
    db,
    DEMO_ACCOUNTS.map((a) => a.username),
  );
  let passwordHash: string | undefined;
  for (const account of accounts) {
    if (await verifyPassword(account.password_hash, password)) continue;
    passwordHash ??= await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      await updatePasswordHash(trx, account.id, passwordHash!, { mustChange: false });
      await audit(trx, SYSTEM_ACTOR, {
        action: 'auth.password-reset',
        entityType: 'user',
        entityId: account.id,
        details: { demo: true },
      });
    });
  }
}
