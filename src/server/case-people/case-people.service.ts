import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import * as repo from './case-people.repository.ts';
import { guardianPerson, implicatedGuardian } from './guardian-rules.ts';
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

type CasePlaceRow = Parameters<typeof fieldGroupsOnCase>[2];

/** Identity on this case: the groups of the grants that reach it, not of every grant the caller holds. */
const seesIdentity = (ctx: AppContext, principal: SignedInUser, file: CasePlaceRow) =>
  fieldGroupsOnCase(ctx, principal, file).includes('identity');

/** Writing a name needs the right to read names on this case. */
function assertIdentityGroup(ctx: AppContext, principal: SignedInUser, file: CasePlaceRow) {
  if (!seesIdentity(ctx, principal, file)) throw forbidden();
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
  const file = await loadCase(ctx, db, principal, caseId);
  const rows = await repo.listFamily(db, caseId);
  const withIdentity = seesIdentity(ctx, principal, file);
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
  const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
  assertIdentityGroup(ctx, principal, file);
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
    const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
    assertIdentityGroup(ctx, principal, file);
    if (!(await repo.findFamilyMember(trx, caseId, memberId))) throw notFound('The family member');
    // Found implicated while acting as guardian: the guardian must be replaced first (Art. 10(4)).
    if (change.implicated === true && (await repo.findGuardian(trx, caseId))?.family_member_id === memberId)
      throw implicatedGuardian();
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
    const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
    assertIdentityGroup(ctx, principal, file);
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
    personId: row.person_id,
    familyMemberId: row.family_member_id,
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
  const withIdentity = seesIdentity(ctx, principal, file);
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
    const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
    assertIdentityGroup(ctx, principal, file);
    const existing = await repo.findGuardian(trx, caseId);
    const person = await guardianPerson(ctx, trx, caseId, input, existing);
    const sealed: repo.SealedGuardian = {
      kind: input.kind,
      person_id: person.personId,
      family_member_id: person.familyMemberId,
      name: ctx.cipher.encrypt(input.name, 'case_guardians.name'),
      contact: seal(ctx.cipher, input.contact, 'case_guardians.contact'),
      appointed_on: input.appointedOn ?? null,
      appointing_authority: seal(
        ctx.cipher,
        input.appointingAuthority,
        'case_guardians.appointing_authority',
      ),
    };
    if (existing) {
      if (version === null)
        throw new AppError(
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
