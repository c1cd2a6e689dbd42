import type { SignedInUser } from '../auth/authenticate.ts';
import { audit } from '../audit/audit.service.ts';
import { createCase } from '../cases/cases.service.ts';
import type { NewCase } from '../cases/cases.schemas.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { loadReferral, mayOnRecipient } from './referral-access.ts';
import { openPackage } from './referral-package.ts';
import * as repo from './referrals.repository.ts';

/**
 * The receiving agency opens its own case from an accepted referral (an incoming referral in HTCDS
 * terms): owned by the acting user, prefilled from the package only, linked to the referral.
 */
export async function openCaseFromReferral(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  referralId: string,
  version: number,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    await repo.lockReferral(trx, referralId);
    const access = await loadReferral(ctx, trx, principal, referralId);
    if (!mayOnRecipient(ctx, principal, access, 'referrals.open-case')) throw forbidden();
    const { row } = access;
    if (row.version !== version) throw staleVersion();
    if (!['accepted', 'in-progress', 'completed'].includes(row.state))
      throw new AppError('referral_refused', 'A case can be opened from an accepted referral only.');
    if (row.recipient_case_id)
      throw new AppError('conflict', 'A case was already opened from this referral.', {
        caseId: row.recipient_case_id,
      });
    const data = row.package ? openPackage(ctx, row.package) : {};
    const basics = (data['identity.basics'] ?? {}) as Record<string, unknown>;
    const contacts = (data['identity.contacts'] ?? null) as {
      contacts?: unknown[];
      address?: string | null;
    } | null;
    const health = (data['health.flags'] ?? null) as { disability?: string | null } | null;
    const unitCode =
      (basics.unitCode as string | undefined) ?? (await repo.firstUnitOfAgency(trx, row.recipient_agency_id));
    if (!unitCode) throw new AppError('conflict', 'Your agency covers no place; ask the administrator.');
    const input = {
      sensitive: {
        names: (data['identity.names'] as NewCase['sensitive']['names'] | undefined) ?? [],
        birthDate: (data['identity.birth-date'] as NewCase['sensitive']['birthDate'] | undefined) ?? {
          kind: 'unknown',
        },
        documents: (data['identity.documents'] as NewCase['sensitive']['documents'] | undefined) ?? [],
        contacts: (contacts?.contacts as NewCase['sensitive']['contacts'] | undefined) ?? [],
        ...(contacts?.address ? { address: contacts.address } : {}),
      },
      identity: {
        gender: (basics.gender as NewCase['identity']['gender'] | undefined) ?? 'NonSpecifiedUnknown',
        // The receiving case decides the presumption itself: the sender's age assessments do not travel.
        ageDisputed: (basics.ageDisputed as boolean | undefined) ?? false,
        citizenships: (basics.citizenships as string[] | undefined) ?? [],
        stateless: (basics.stateless as boolean | undefined) ?? false,
        languages: (basics.languages as string[] | undefined) ?? [],
        unaccompanied: (basics.unaccompanied as boolean | undefined) ?? false,
        ...(health?.disability ? { disability: health.disability } : {}),
        unitCode,
      },
      // The same child on purpose: the link is the referral. A supervisor still sees the pair to review.
      duplicatesReviewed: true,
    } satisfies NewCase;
    const created = await createCase(ctx, trx, principal, actor, input);
    if (!(await repo.updateReferralIfVersion(trx, referralId, version, { recipient_case_id: created.id })))
      throw staleVersion();
    await repo.appendEvent(trx, {
      referralId,
      type: 'open-case',
      fromState: row.state,
      toState: row.state,
      actorId: principal.userId,
      actorAgencyId: principal.agencyId,
    });
    await audit(trx, actor, {
      action: 'referral.open-case',
      entityType: 'referral',
      entityId: referralId,
      details: { caseId: created.id },
    });
    return { caseId: created.id, caseCode: created.code };
  });
}
