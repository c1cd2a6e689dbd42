import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { ageBandOf } from '../cases/case-identity.ts';
import { findCase } from '../cases/cases.repository.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, conflict, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { findGuardian } from '../case-people/case-people.repository.ts';
import { staleVersion } from '../http/versioning.ts';
import * as repo from './consents.repository.ts';
import type { Consent, ConsentPurpose, ConsentState, NewConsent } from './consents.schemas.ts';

type Db = Kysely<DatabaseSchema>;

const today = () => new Date().toISOString().slice(0, 10);

/** A presumed minor is a child until verified (CoE Convention Art. 10(3)); so is anyone under 18. */
export function isChild(row: {
  presumed_minor: boolean;
  birth_year_from: number | null;
  birth_year_to: number | null;
}): boolean {
  const band = ageBandOf(row.birth_year_from, row.birth_year_to);
  return row.presumed_minor || (band !== '18+' && band !== 'unknown');
}

/** Withdrawal and expiry end a consent; a child needs both their own assent and the guardian's consent. */
export function consentStateOf(
  row: Pick<repo.ConsentRow, 'withdrawn_at' | 'expires_on' | 'child_assent_given' | 'guardian_consent_given'>,
  child: boolean,
  on = today(),
): ConsentState {
  if (row.withdrawn_at) return 'withdrawn';
  if (row.expires_on !== null && row.expires_on < on) return 'expired';
  if (!row.child_assent_given) return 'incomplete';
  if (child && row.guardian_consent_given !== true) return 'incomplete';
  return 'active';
}

function toConsent(ctx: AppContext, row: repo.ConsentRow, child: boolean, withIdentity: boolean): Consent {
  return {
    id: row.id,
    purpose: row.purpose as ConsentPurpose,
    recipientAgencyId: row.recipient_agency_id,
    recipientAgencyName: row.recipient_agency_name,
    childAssent: {
      given: row.child_assent_given,
      date: row.child_assent_date,
      howInformed: row.child_informed_how as Consent['childAssent']['howInformed'],
    },
    guardianConsent:
      row.guardian_consent_given === null || row.guardian_consent_date === null
        ? null
        : {
            given: row.guardian_consent_given,
            date: row.guardian_consent_date,
            givenBy:
              withIdentity && row.guardian_given_by
                ? ctx.cipher.decrypt(row.guardian_given_by, 'case_consents.guardian_given_by')
                : null,
            guardianPersonId: row.guardian_person_id,
          },
    expiresOn: row.expires_on,
    withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
    state: consentStateOf(row, child),
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at.toISOString(),
    version: row.version,
  };
}

/** Identity on this case: the groups of the grants that reach it, not of every grant the caller holds. */
const seesIdentity = (
  ctx: AppContext,
  principal: SignedInUser,
  file: Parameters<typeof fieldGroupsOnCase>[2],
) => fieldGroupsOnCase(ctx, principal, file).includes('identity');

export async function listConsents(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const rows = await repo.listConsents(db, caseId);
  await audit(db, actor, {
    action: 'case.consents.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  return rows.map((row) => toConsent(ctx, row, isChild(file), seesIdentity(ctx, principal, file)));
}

async function validateConsent(trx: Db, input: NewConsent) {
  const problems: Array<FieldProblemInput> = [];
  const notReal = (date: string) => Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  if (notReal(input.childAssent.date) || input.childAssent.date > today())
    problems.push({
      path: 'body.childAssent.date',
      code: 'date_invalid_or_future',
      message: 'Not a real date, or in the future.',
    });
  if (input.guardianConsent && (notReal(input.guardianConsent.date) || input.guardianConsent.date > today()))
    problems.push({
      path: 'body.guardianConsent.date',
      code: 'date_invalid_or_future',
      message: 'Not a real date, or in the future.',
    });
  if (input.expiresOn && (notReal(input.expiresOn) || input.expiresOn <= input.childAssent.date))
    problems.push({
      path: 'body.expiresOn',
      code: 'date_too_early',
      message: 'Must be a real date after the assent.',
    });
  if (input.recipientAgencyId && !(await repo.agencyExists(trx, input.recipientAgencyId)))
    problems.push({ path: 'body.recipientAgencyId', code: 'unknown_reference', message: 'No such agency.' });
  if (problems.length > 0) throw validationFailed(problems);
}

export async function recordConsent(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewConsent,
): Promise<Consent> {
  const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
  await validateConsent(trx, input);
  const guardian = input.guardianConsent ? await findGuardian(trx, caseId) : undefined;
  if (input.guardianConsent && !guardian)
    throw new AppError(
      'guardian_not_recorded',
      'Record the guardian on the case first: the guardian’s consent is given by the recorded guardian.',
    );
  const id = randomUUID();
  await repo.insertConsent(trx, {
    id,
    case_id: caseId,
    purpose: input.purpose,
    recipient_agency_id: input.recipientAgencyId ?? null,
    child_assent_given: input.childAssent.given,
    child_assent_date: input.childAssent.date,
    child_informed_how: input.childAssent.howInformed,
    guardian_consent_given: input.guardianConsent?.given ?? null,
    guardian_consent_date: input.guardianConsent?.date ?? null,
    // The name as it stood when the consent was given; the person reference survives a later rename.
    guardian_given_by: guardian
      ? ctx.cipher.encrypt(
          ctx.cipher.decrypt(guardian.name, 'case_guardians.name'),
          'case_consents.guardian_given_by',
        )
      : null,
    guardian_person_id: guardian?.person_id ?? null,
    expires_on: input.expiresOn ?? null,
    recorded_by: principal.userId,
  });
  const saved = toConsent(
    ctx,
    (await repo.findConsent(trx, caseId, id))!,
    isChild(file),
    seesIdentity(ctx, principal, file),
  );
  await audit(trx, actor, {
    action: 'case.consent.record',
    entityType: 'case',
    entityId: caseId,
    details: { consentId: id, purpose: input.purpose, state: saved.state },
  });
  return saved;
}

export async function withdrawConsent(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  consentId: string,
  version: number,
  reason: string,
): Promise<Consent> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
    const existing = await repo.findConsent(trx, caseId, consentId);
    if (!existing) throw notFound('The consent');
    if (existing.withdrawn_at) throw conflict('This consent was already withdrawn.');
    const done = await repo.withdrawIfVersion(trx, caseId, consentId, version, {
      withdrawn_at: new Date(),
      withdrawal_reason: ctx.cipher.encrypt(reason, 'case_consents.withdrawal_reason'),
      withdrawn_by: principal.userId,
    });
    if (!done) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.consent.withdraw',
      entityType: 'case',
      entityId: caseId,
      details: { consentId, purpose: existing.purpose },
    });
    const row = (await repo.findConsent(trx, caseId, consentId))!;
    return toConsent(ctx, row, isChild(file), seesIdentity(ctx, principal, file));
  });
}

/**
 * May the case's data be used for this purpose (and shared with this agency)? For later features
 * (referrals, cross-border packages, research extracts). Per purpose the latest record decides: a
 * record naming the recipient agency, when there is one, else the latest general record (no recipient),
 * so a withdrawal for one agency is not overridden by an older general consent. Unknown case → false.
 */
export async function consentAllows(
  // The contract's signature; the answer needs only the database today.
  _ctx: AppContext,
  db: Db,
  caseId: string,
  purpose: ConsentPurpose,
  recipientAgencyId?: string,
): Promise<boolean> {
  const file = await findCase(db, caseId);
  if (!file) return false;
  const rows = await repo.listConsents(db, caseId, purpose);
  const latest = (recipient: string | null) =>
    rows.filter((row) => row.recipient_agency_id === recipient).at(-1);
  const deciding = (recipientAgencyId ? latest(recipientAgencyId) : undefined) ?? latest(null);
  return deciding !== undefined && consentStateOf(deciding, isChild(file)) === 'active';
}
