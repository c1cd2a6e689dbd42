import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { fieldGroupsOf } from '../policy/policy.ts';
import * as repo from './case-people.repository.ts';
import type {
  FamilyMember,
  FamilyMemberChange,
  Guardian,
  GuardianInput,
  NewFamilyMember,
} from './case-people.schemas.ts';

type Db = Kysely<DatabaseSchema>;

const seal = (cipher: FieldCipher, value: string | null | undefined, context: string) =>
  value === null || value === undefined ? null : cipher.encrypt(value, context);
const open = (cipher: FieldCipher, value: string | null, context: string) =>
  value === null ? null : cipher.decrypt(value, context);

const seesIdentity = (principal: SignedInUser) => fieldGroupsOf(principal).includes('identity');

/** Writing a name needs the right to read names. */
function assertIdentityGroup(principal: SignedInUser) {
  if (!seesIdentity(principal)) throw forbidden();
}

/** Names, contacts and the note (which may name people) only for callers with the identity group. */
export function toFamilyMember(
  cipher: FieldCipher,
  row: repo.FamilyMemberRow,
  withIdentity: boolean,
): FamilyMember {
  return {
    id: row.id,
    relation: row.relation as FamilyMember['relation'],
    name: withIdentity ? cipher.decrypt(row.name, 'case_family_members.name') : null,
    contact: withIdentity ? open(cipher, row.contact, 'case_family_members.contact') : null,
    implicated: row.implicated,
    safeContact: row.safe_contact,
    note: withIdentity ? open(cipher, row.note, 'case_family_members.note') : null,
    version: row.version,
  };
}

export async function listFamily(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  await loadCase(ctx, db, principal, caseId);
  const rows = await repo.listFamily(db, caseId);
  const withIdentity = seesIdentity(principal);
  await audit(db, actor, {
    action: 'case.family.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length, identity: withIdentity },
  });
  return rows.map((row) => toFamilyMember(ctx.cipher, row, withIdentity));
}

export async function addFamilyMember(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewFamilyMember,
): Promise<FamilyMember> {
  await loadCase(ctx, trx, principal, caseId, 'cases.update');
  assertIdentityGroup(principal);
  const id = randomUUID();
  await repo.insertFamilyMember(trx, {
    id,
    case_id: caseId,
    created_by: principal.userId,
    relation: input.relation,
    name: ctx.cipher.encrypt(input.name, 'case_family_members.name'),
    contact: seal(ctx.cipher, input.contact, 'case_family_members.contact'),
    implicated: input.implicated,
    safe_contact: input.safeContact,
    note: seal(ctx.cipher, input.note, 'case_family_members.note'),
  });
  await audit(trx, actor, {
    action: 'case.family.create',
    entityType: 'case',
    entityId: caseId,
    details: { memberId: id, relation: input.relation, implicated: input.implicated },
  });
  return toFamilyMember(ctx.cipher, (await repo.findFamilyMember(trx, caseId, id))!, true);
}

export async function changeFamilyMember(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  memberId: string,
  version: number,
  change: FamilyMemberChange,
): Promise<FamilyMember> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadCase(ctx, trx, principal, caseId, 'cases.update');
    assertIdentityGroup(principal);
    if (!(await repo.findFamilyMember(trx, caseId, memberId))) throw notFound('The family member');
    const sealed: Partial<repo.SealedFamilyMember> = {
      ...(change.relation !== undefined ? { relation: change.relation } : {}),
      ...(change.name !== undefined
        ? { name: ctx.cipher.encrypt(change.name, 'case_family_members.name') }
        : {}),
      ...(change.contact !== undefined
        ? { contact: seal(ctx.cipher, change.contact, 'case_family_members.contact') }
        : {}),
      ...(change.implicated !== undefined ? { implicated: change.implicated } : {}),
      ...(change.safeContact !== undefined ? { safe_contact: change.safeContact } : {}),
      ...(change.note !== undefined
        ? { note: seal(ctx.cipher, change.note, 'case_family_members.note') }
        : {}),
    };
    if (!(await repo.updateFamilyMemberIfVersion(trx, caseId, memberId, version, sealed)))
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.family.update',
      entityType: 'case',
      entityId: caseId,
      details: { memberId, fields: Object.keys(change) },
    });
    return toFamilyMember(ctx.cipher, (await repo.findFamilyMember(trx, caseId, memberId))!, true);
  });
}

export async function removeFamilyMember(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  memberId: string,
  version: number,
): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await loadCase(ctx, trx, principal, caseId, 'cases.update');
    assertIdentityGroup(principal);
    if (!(await repo.findFamilyMember(trx, caseId, memberId))) throw notFound('The family member');
    if (!(await repo.deleteFamilyMemberIfVersion(trx, caseId, memberId, version))) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.family.delete',
      entityType: 'case',
      entityId: caseId,
      details: { memberId },
    });
  });
}

function toGuardian(cipher: FieldCipher, row: repo.GuardianRow, withIdentity: boolean): Guardian {
  return {
    kind: row.kind as Guardian['kind'],
    name: withIdentity ? cipher.decrypt(row.name, 'case_guardians.name') : null,
    contact: withIdentity ? open(cipher, row.contact, 'case_guardians.contact') : null,
    appointedOn: row.appointed_on,
    appointingAuthority: open(cipher, row.appointing_authority, 'case_guardians.appointing_authority'),
    version: row.version,
  };
}

function guardianRequired(openIdentity: unknown): boolean {
  return (openIdentity as { unaccompanied?: boolean }).unaccompanied === true;
}

export async function getGuardian(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const row = await repo.findGuardian(db, caseId);
  const withIdentity = seesIdentity(principal);
  await audit(db, actor, {
    action: 'case.guardian.read',
    entityType: 'case',
    entityId: caseId,
    details: { present: Boolean(row), identity: withIdentity },
  });
  return {
    guardian: row ? toGuardian(ctx.cipher, row, withIdentity) : null,
    required: guardianRequired(file.open_identity),
  };
}

/** Records or replaces the guardian: If-Match is needed once one exists, so nobody overwrites unseen. */
export async function setGuardian(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  version: number | null,
  input: GuardianInput,
): Promise<Guardian> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadCase(ctx, trx, principal, caseId, 'cases.update');
    assertIdentityGroup(principal);
    const sealed: repo.SealedGuardian = {
      kind: input.kind,
      name: ctx.cipher.encrypt(input.name, 'case_guardians.name'),
      contact: seal(ctx.cipher, input.contact, 'case_guardians.contact'),
      appointed_on: input.appointedOn ?? null,
      appointing_authority: seal(
        ctx.cipher,
        input.appointingAuthority,
        'case_guardians.appointing_authority',
      ),
    };
    const existing = await repo.findGuardian(trx, caseId);
    if (existing) {
      if (version === null)
        throw new AppError(
          428,
          'precondition_required',
          'Send the If-Match header with the ETag of the guardian you are replacing.',
        );
      if (!(await repo.updateGuardianIfVersion(trx, caseId, version, sealed, principal.userId)))
        throw staleVersion();
    } else if (version !== null || !(await repo.insertGuardian(trx, caseId, sealed, principal.userId))) {
      // If-Match names a guardian that is not there, or someone recorded one at the same moment.
      throw staleVersion();
    }
    await audit(trx, actor, {
      action: 'case.guardian.set',
      entityType: 'case',
      entityId: caseId,
      details: { created: !existing, kind: input.kind },
    });
    return toGuardian(ctx.cipher, (await repo.findGuardian(trx, caseId))!, true);
  });
}
