import type { Kysely } from 'kysely';
import type { SignedInUser } from '../auth/authenticate.ts';
import { findCase } from '../cases/cases.repository.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { type Action, can, type FieldGroup, fieldGroupsAt, type ResourcePlace } from '../policy/policy.ts';
import * as repo from './referrals.repository.ts';

type Db = Kysely<DatabaseSchema>;

/**
 * A referral has two sides. The sending side reaches it through the case (whoever may read the case);
 * the receiving side is the recipient agency's staff, who reach the referral — the package — and never
 * the case. A referral still awaiting a consent override has not been sent: the recipient cannot see it.
 */
export type ReferralAccess = {
  row: repo.ReferralRow;
  sender: boolean;
  recipient: boolean;
  casePlace: ResourcePlace;
  recipientPlace: ResourcePlace;
};

export const recipientPlaceOf = (ctx: AppContext, row: { recipient_agency_id: string }): ResourcePlace => ({
  country: ctx.config.country,
  agencyId: row.recipient_agency_id,
  unitCodes: [],
  ownerId: null,
});

export function sidesOf(ctx: AppContext, principal: SignedInUser, row: repo.ReferralRow) {
  const casePlace = placeOfCase(ctx, {
    owner_agency_id: row.case_owner_agency_id,
    unit_code: row.case_unit_code,
    owner_user_id: row.case_owner_user_id,
    owner_team_id: row.case_owner_team_id,
  });
  const recipientPlace = recipientPlaceOf(ctx, row);
  const sender = can(principal, 'cases.read', casePlace, ctx.isWithin);
  const recipient =
    row.state !== 'awaiting-override' &&
    principal.agencyId === row.recipient_agency_id &&
    can(principal, 'referrals.read', recipientPlace, ctx.isWithin);
  return { sender, recipient, casePlace, recipientPlace };
}

export async function loadReferral(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  id: string,
): Promise<ReferralAccess> {
  const row = await repo.findReferral(db, id);
  if (!row) throw notFound('The referral');
  const sides = sidesOf(ctx, principal, row);
  if (!sides.sender && !sides.recipient) throw notFound('The referral');
  return { row, ...sides };
}

export const mayOnSender = (
  ctx: AppContext,
  principal: SignedInUser,
  access: ReferralAccess,
  action: Action,
) => access.sender && can(principal, action, access.casePlace, ctx.isWithin);
export const mayOnRecipient = (
  ctx: AppContext,
  principal: SignedInUser,
  access: ReferralAccess,
  action: Action,
) => access.recipient && can(principal, action, access.recipientPlace, ctx.isWithin);

/**
 * The field groups that apply to what a referral shows: on the sending side those held on the case,
 * on the receiving side those held at the receiving agency (which never reaches the case).
 */
export function fieldGroupsOnReferral(
  ctx: AppContext,
  principal: SignedInUser,
  sides: Pick<ReferralAccess, 'sender' | 'recipient' | 'casePlace' | 'recipientPlace'>,
): FieldGroup[] {
  const groups = new Set<FieldGroup>([
    ...(sides.sender ? fieldGroupsAt(principal, sides.casePlace, ctx.isWithin) : []),
    ...(sides.recipient ? fieldGroupsAt(principal, sides.recipientPlace, ctx.isWithin) : []),
  ]);
  return [...groups];
}

export { findCase };
