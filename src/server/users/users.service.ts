import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import { deleteSessionsOfUser } from '../auth/auth.repository.ts';
import { assertAcceptablePassword } from '../auth/auth.service.ts';
import { loginKey } from '../auth/sign-in-limits.ts';
import { slowedUntil } from '../auth/throttle.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { deletePasskeysOfUser } from '../auth/passkeys.repository.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { conflict, forbidden, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { pendingGrantRequestsOf } from '../approvals/approvals.repository.ts';
import { grantApprovalRefusal } from '../policy/grant-rules.ts';
import { can, type Grant, grantShapeError, reachFor } from '../policy/policy.ts';
import {
  changeGrants,
  grantsOf as grantsOfAccount,
  ownGrantsRefused,
  placeOfAgency,
} from './grant-changes.ts';
import * as repo from './users.repository.ts';
import type { AdminUser } from './users.schemas.ts';

type Db = Kysely<DatabaseSchema>;

const asGrants = (rows: ReadonlyArray<{ role: string; scope: string; unitCode?: string | null }>) =>
  rows.map((g) => ({
    role: g.role as Grant['role'],
    scope: g.scope as Grant['scope'],
    unitCode: g.unitCode ?? null,
  }));

/** The grants waiting for a second administrator, and whether this caller may be that administrator. */
async function pendingGrantsOf(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  rows: ReadonlyArray<{ id: string; agency_id: string | null }>,
) {
  const requests = await pendingGrantRequestsOf(
    db,
    rows.map((row) => row.id),
  );
  const result = new Map<string, NonNullable<AdminUser['pendingGrants']>>();
  for (const request of requests) {
    const account = rows.find((row) => row.id === request.user_id)!;
    const roles = asGrants(request.grants);
    const mayDecide =
      grantApprovalRefusal(
        principal,
        {
          requestedBy: request.requested_by,
          accountId: request.user_id,
          current: await grantsOfAccount(db, request.user_id),
          requested: roles,
          place: await placeOfAgency(ctx, db, account.agency_id),
        },
        ctx.isWithin,
      ) === null;
    result.set(request.user_id, {
      approvalId: request.approval_id,
      roles,
      requestedBy: request.requested_by,
      requestedByName: request.requester_name,
      requestedAt: request.requested_at.toISOString(),
      mayDecide,
      version: request.version,
    });
  }
  return result;
}

async function toAdminUsers(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  rows: Awaited<ReturnType<typeof repo.findUser>>[],
): Promise<AdminUser[]> {
  const present = rows.filter((row) => row !== undefined);
  const grants = await repo.grantsOfUsers(
    db,
    present.map((row) => row.id),
  );
  const pending = await pendingGrantsOf(ctx, db, principal, present);
  // The account-wide slowdown (a per-client cap is not the account's state, so it is not shown).
  const locked = await slowedUntil(
    db,
    present.map((row) => loginKey(ctx, row.username)),
  );
  return present.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    roles: asGrants(grants.filter((g) => g.user_id === row.id).map((g) => ({ ...g, unitCode: g.unit_code }))),
    pendingGrants: pending.get(row.id) ?? null,
    status: row.status,
    lockedUntil: locked.get(loginKey(ctx, row.username))?.toISOString() ?? null,
    mfaEnabled: row.mfa_enabled,
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    version: row.version,
  }));
}

async function assertMayManageAgency(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  agencyId: string | null,
) {
  if (!can(principal, 'users.manage', await placeOfAgency(ctx, db, agencyId), ctx.isWithin))
    throw forbidden();
}

/** Loads a user the principal may manage; out-of-scope users look exactly like missing ones. */
async function loadManageable(ctx: AppContext, db: Db, principal: SignedInUser, id: string) {
  const row = await repo.findUser(db, id);
  if (!row || !can(principal, 'users.manage', await placeOfAgency(ctx, db, row.agency_id), ctx.isWithin))
    throw notFound('The user');
  return row;
}

async function validateGrants(db: Db, grants: ReadonlyArray<Grant>, field: string) {
  const problems: Array<FieldProblemInput> = [];
  const roles = new Set<string>();
  grants.forEach((grant, i) => {
    const shape = grantShapeError(grant);
    if (shape) problems.push({ path: `body.${field}.${i}`, code: 'invalid_value', message: shape });
    if (roles.has(grant.role))
      problems.push({
        path: `body.${field}.${i}.role`,
        code: 'repeated_value',
        message: 'Each role may be given once.',
      });
    roles.add(grant.role);
  });
  const codes = grants.flatMap((g) => (g.unitCode ? [g.unitCode] : []));
  const known = await repo.existingUnitCodes(db, codes);
  grants.forEach((grant, i) => {
    if (grant.unitCode && !known.has(grant.unitCode))
      problems.push({
        path: `body.${field}.${i}.unitCode`,
        code: 'unknown_reference',
        message: 'Unknown geographic unit.',
      });
  });
  if (problems.length > 0) throw validationFailed(problems);
}

export async function listUsers(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: { q?: string; page: number; pageSize: number },
) {
  const db = ctx.database.db;
  const reach = reachFor(principal, 'users.manage');
  let filter: repo.UserFilter = { kind: 'all' };
  if (reach.kind === 'none') throw forbidden();
  if (reach.kind === 'units') {
    const agencyIds = await repo.agenciesWithinUnits(db, reach.unitCodes);
    filter = { kind: 'agencies', agencyIds: reach.agencyId ? [...agencyIds, reach.agencyId] : agencyIds };
  }
  const { rows, total } = await repo.listUsers(db, filter, {
    q: query.q,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  const items = await toAdminUsers(ctx, db, principal, rows);
  await audit(db, actor, {
    action: 'user.list',
    entityType: 'user',
    details: { count: items.length, ids: items.map((u) => u.id) },
  });
  return { items, total };
}

export async function getUser(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
): Promise<AdminUser> {
  const db = ctx.database.db;
  const row = await loadManageable(ctx, db, principal, id);
  await audit(db, actor, { action: 'user.read', entityType: 'user', entityId: id });
  return (await toAdminUsers(ctx, db, principal, [row]))[0]!;
}

export async function createUser(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  input: { username: string; displayName: string; agencyId: string | null; roles: Grant[]; password: string },
): Promise<AdminUser> {
  if (input.agencyId && !(await repo.agencyExists(trx, input.agencyId))) {
    throw validationFailed([
      { path: 'body.agencyId', code: 'unknown_reference', message: 'Unknown agency.' },
    ]);
  }
  await assertMayManageAgency(ctx, trx, principal, input.agencyId);
  await validateGrants(trx, input.roles, 'roles');
  assertAcceptablePassword(input.password, input.username, 'password');
  if (await repo.usernameTaken(trx, input.username))
    throw conflict('This user name is already taken.', [
      { path: 'body.username', code: 'already_exists', message: 'Already taken.' },
    ]);
  const id = randomUUID();
  await repo.insertUser(trx, {
    id,
    username: input.username,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    agencyId: input.agencyId,
    // The administrator knows this password: the owner replaces it at the first sign-in.
    mustChangePassword: true,
  });
  await audit(trx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    details: { roles: input.roles.map((g) => `${g.role}:${g.scope}`) },
  });
  // The new account holds at once what opens no case data; the rest waits for a second administrator.
  await changeGrants(ctx, trx, principal, actor, {
    userId: id,
    previousAgencyId: undefined,
    agencyId: input.agencyId,
    requested: input.roles,
  });
  return (await toAdminUsers(ctx, trx, principal, [await repo.findUser(trx, id)]))[0]!;
}

export async function updateUser(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  change: { displayName?: string; agencyId?: string | null; roles?: Grant[] },
): Promise<AdminUser> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await loadManageable(ctx, trx, principal, id);
    const agencyId = change.agencyId === undefined ? before.agency_id : change.agencyId;
    if (id === principal.userId && agencyId !== before.agency_id) throw ownGrantsRefused();
    if (change.agencyId !== undefined) {
      if (change.agencyId && !(await repo.agencyExists(trx, change.agencyId)))
        throw validationFailed([
          { path: 'body.agencyId', code: 'unknown_reference', message: 'Unknown agency.' },
        ]);
      await assertMayManageAgency(ctx, trx, principal, change.agencyId);
    }
    if (change.roles) await validateGrants(trx, change.roles, 'roles');
    const updated = await repo.updateUserIfVersion(trx, id, version, {
      ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
      ...(change.agencyId !== undefined ? { agency_id: change.agencyId } : {}),
    });
    if (!updated) throw staleVersion();
    // Moving an account to another agency changes what its agency-scoped grants reach, so it is a grant
    // change too. New permissions take effect at the next request; grants are read per request.
    if (change.roles || agencyId !== before.agency_id)
      await changeGrants(ctx, trx, principal, actor, {
        userId: id,
        previousAgencyId: before.agency_id,
        agencyId,
        requested: change.roles ?? (await grantsOfAccount(trx, id)),
      });
    await audit(trx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      details: { fields: Object.keys(change) },
    });
    return (await toAdminUsers(ctx, trx, principal, [await repo.findUser(trx, id)]))[0]!;
  });
}

/**
 * An administrator sets a temporary password (the owner forgot theirs). It is known to two people, so
 * the owner must choose their own at the next sign-in; every session of the account ends, and the
 * sign-in counters of the account are left as they are (a reset is no way round the throttle).
 */
export async function resetPassword(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  password: string,
): Promise<AdminUser> {
  if (id === principal.userId)
    throw conflict('Change your own password on your account page, with your current password.');
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await loadManageable(ctx, trx, principal, id);
    assertAcceptablePassword(password, row.username, 'password');
    const fields = { password_hash: await hashPassword(password), must_change_password: true };
    if (!(await repo.updateUserIfVersion(trx, id, version, fields))) throw staleVersion();
    await deleteSessionsOfUser(trx, id);
    await audit(trx, actor, { action: 'user.reset-password', entityType: 'user', entityId: id });
    return (await toAdminUsers(ctx, trx, principal, [await repo.findUser(trx, id)]))[0]!;
  });
}

export type AccountChange = 'disable' | 'enable' | 'reset-mfa';

export async function changeAccount(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  change: AccountChange,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadManageable(ctx, trx, principal, id);
    if (change === 'disable' && id === principal.userId)
      throw conflict('You cannot disable your own account.');
    const fields =
      change === 'disable'
        ? { status: 'disabled' as const }
        : change === 'enable'
          ? { status: 'active' as const }
          : { mfa_enabled: false, mfa_secret: null };
    if (!(await repo.updateUserIfVersion(trx, id, version, fields))) throw staleVersion();
    // Disabling or resetting two-step verification ends every session of that account at once.
    if (change !== 'enable') await deleteSessionsOfUser(trx, id);
    if (change === 'reset-mfa') {
      await repo.deleteRecoveryCodes(trx, id);
      // Passkeys are second factors too: a reset removes every one, so the owner enrols afresh.
      await deletePasskeysOfUser(trx, id);
    }
    await audit(trx, actor, { action: `user.${change}`, entityType: 'user', entityId: id });
    return (await toAdminUsers(ctx, trx, principal, [await repo.findUser(trx, id)]))[0]!;
  });
}
