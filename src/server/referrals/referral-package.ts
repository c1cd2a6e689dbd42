import type { Kysely } from 'kysely';
import type { PackageField } from '../../domain/referrals/index.ts';
import { ageBandOf, openSealedIdentity } from '../cases/case-identity.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import * as repo from './referrals.repository.ts';

type Db = Kysely<DatabaseSchema>;
export type ReferralPackage = Partial<Record<PackageField, unknown>>;

const PACKAGE_CONTEXT = 'referrals.package';

/**
 * The snapshot that travels with a referral: exactly the chosen parts of the file, read at the moment
 * of sending, and nothing else. Whatever changes in the case later, the receiving agency keeps seeing
 * what was sent.
 */
export async function buildPackage(
  ctx: AppContext,
  db: Db,
  file: CaseRow,
  fields: ReadonlyArray<PackageField>,
): Promise<ReferralPackage> {
  const open = file.open_identity as Record<string, unknown>;
  const needsSealed = fields.some((f) => f.startsWith('identity.') && f !== 'identity.basics');
  const sealed = needsSealed ? openSealedIdentity(ctx.cipher, file.sensitive_identity) : null;
  const parts: ReferralPackage = {};
  for (const field of fields) {
    switch (field) {
      case 'identity.basics':
        parts[field] = {
          gender: file.gender,
          presumedMinor: file.presumed_minor,
          ageDisputed: open.ageDisputed ?? false,
          ageBand: ageBandOf(file.birth_year_from, file.birth_year_to),
          birthYears:
            file.birth_year_from !== null && file.birth_year_to !== null
              ? { from: file.birth_year_from, to: file.birth_year_to }
              : null,
          languages: open.languages ?? [],
          citizenships: open.citizenships ?? [],
          stateless: open.stateless ?? false,
          unaccompanied: open.unaccompanied ?? false,
          unitCode: file.unit_code,
        };
        break;
      case 'identity.names':
        parts[field] = sealed?.names ?? [];
        break;
      case 'identity.birth-date':
        parts[field] = sealed?.birthDate ?? { kind: 'unknown' };
        break;
      case 'identity.documents':
        parts[field] = sealed?.documents ?? [];
        break;
      case 'identity.contacts':
        parts[field] = { contacts: sealed?.contacts ?? [], address: sealed?.address ?? null };
        break;
      case 'guardian': {
        const guardian = await repo.guardianOf(db, file.id);
        parts[field] = guardian
          ? {
              kind: guardian.kind,
              name: ctx.cipher.decrypt(guardian.name, 'case_guardians.name'),
              contact: guardian.contact
                ? ctx.cipher.decrypt(guardian.contact, 'case_guardians.contact')
                : null,
            }
          : null;
        break;
      }
      case 'health.flags':
        parts[field] = { disability: (open.disability as string | undefined) ?? null };
        break;
      case 'exploitation.summary':
        parts[field] = { exploitationTypes: file.exploitation_types };
        break;
      case 'justice.summary': {
        const status = await repo.statusOf(db, file.id);
        parts[field] = status
          ? {
              status: status.status,
              decidingOrgType: status.deciding_org_type,
              decidedOn: status.decided_on,
              reflectionEndsOn: status.reflection_ends_on,
              nonPunishment: status.non_punishment,
            }
          : { status: file.status };
        break;
      }
    }
  }
  return parts;
}

export const sealPackage = (ctx: AppContext, data: ReferralPackage) =>
  ctx.cipher.encrypt(JSON.stringify(data), PACKAGE_CONTEXT);

export const openPackage = (ctx: AppContext, sealed: string): ReferralPackage =>
  JSON.parse(ctx.cipher.decrypt(sealed, PACKAGE_CONTEXT)) as ReferralPackage;

/** Age band and gender from a sent package that carries the identity basics (else null). */
export function childOfPackage(
  ctx: AppContext,
  sealed: string | null,
): { ageBand: string; gender: string } | null {
  if (!sealed) return null;
  const basics = openPackage(ctx, sealed)['identity.basics'] as
    | { ageBand?: string; gender?: string }
    | undefined;
  return basics?.ageBand && basics.gender ? { ageBand: basics.ageBand, gender: basics.gender } : null;
}
