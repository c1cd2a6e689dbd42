import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, validationFailed } from '../errors.ts';
import * as repo from './case-people.repository.ts';
import type { GuardianInput } from './case-people.schemas.ts';

// CETS 197 Art. 10(4): the guardian acts in the child's best interests, so a family member recorded as
// implicated in the exploitation can never be appointed, whether chosen from the family list or typed
// again by name under another kind.

type Db = Kysely<DatabaseSchema>;

const normalised = (name: string) => name.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

export const implicatedGuardian = () =>
  new AppError(
    'guardian_implicated',
    'This family member is recorded as implicated in the exploitation and cannot be the guardian.',
  );

/** Checks the proposed guardian and decides its person id (kept when the same person stays guardian). */
export async function guardianPerson(
  ctx: AppContext,
  trx: Db,
  caseId: string,
  input: GuardianInput,
  existing: repo.GuardianRow | undefined,
): Promise<{ personId: string; familyMemberId: string | null }> {
  const family = await repo.listFamily(trx, caseId);
  const member = input.familyMemberId ? family.find((m) => m.id === input.familyMemberId) : undefined;
  if (input.familyMemberId && !member)
    throw validationFailed([
      {
        path: 'body.familyMemberId',
        code: 'unknown_family_member',
        message: 'No such family member in this case.',
      },
    ]);
  const name = normalised(input.name);
  const namedImplicated = family.some(
    (m) => m.implicated && normalised(ctx.cipher.decrypt(m.name, 'case_family_members.name')) === name,
  );
  if (member?.implicated || namedImplicated) throw implicatedGuardian();
  const familyMemberId = member?.id ?? null;
  const samePerson =
    existing !== undefined &&
    existing.family_member_id === familyMemberId &&
    normalised(ctx.cipher.decrypt(existing.name, 'case_guardians.name')) === name;
  return { personId: samePerson ? existing.person_id : randomUUID(), familyMemberId };
}
