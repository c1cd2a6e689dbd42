import { randomUUID } from 'node:crypto';
import { AGENCY_KINDS, isAgencyKind } from '../../domain/agencies/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { conflict, forbidden, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { can } from '../policy/policy.ts';
import * as repo from './agencies.repository.ts';
import type { Agency } from './agencies.schemas.ts';
import type { Kysely } from 'kysely';

type Db = Kysely<DatabaseSchema>;

function toAgency(row: NonNullable<Awaited<ReturnType<typeof repo.findAgency>>>): Agency {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    organisationType: row.organisation_type,
    country: row.country,
    unitCodes: row.unit_codes,
    status: row.status,
    version: row.version,
  };
}

/** Agencies are a public directory inside the node: every signed-in user may see them. */
export async function listAgencies(ctx: AppContext): Promise<Agency[]> {
  return (await repo.listAgencies(ctx.database.db, ctx.config.country)).map(toAgency);
}

function organisationTypeOf(kind: string): string {
  if (!isAgencyKind(kind))
    throw validationFailed([{ path: 'body.kind', code: 'invalid_choice', message: 'Unknown agency kind.' }]);
  return AGENCY_KINDS[kind].htcdsOrganisationType;
}

async function checkUnits(ctx: AppContext, db: Db, codes: string[]) {
  const known = await repo.unitsOfCountry(db, ctx.config.country, codes);
  const problems = codes.flatMap((code, i): FieldProblemInput[] =>
    known.has(code)
      ? []
      : [
          {
            path: `body.unitCodes.${i}`,
            code: 'unknown_reference',
            message: 'Unknown geographic unit in this country.',
          },
        ],
  );
  if (problems.length > 0) throw validationFailed(problems);
}

function assertMayManage(
  ctx: AppContext,
  principal: SignedInUser,
  place: { agencyId: string | null; unitCodes: string[] },
) {
  if (!can(principal, 'agencies.manage', { country: ctx.config.country, ...place }, ctx.isWithin))
    throw forbidden();
}

export async function createAgency(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  input: { name: string; kind: string; unitCodes: string[] },
): Promise<Agency> {
  const organisationType = organisationTypeOf(input.kind);
  const unitCodes = [...new Set(input.unitCodes)];
  await checkUnits(ctx, trx, unitCodes);
  assertMayManage(ctx, principal, { agencyId: null, unitCodes });
  if (await repo.agencyNameTaken(trx, ctx.config.country, input.name)) {
    throw conflict('An agency with this name already exists.', [
      { path: 'body.name', code: 'already_exists', message: 'Already exists.' },
    ]);
  }
  const id = randomUUID();
  await repo.insertAgency(trx, {
    id,
    country: ctx.config.country,
    name: input.name,
    kind: input.kind,
    organisationType,
  });
  await repo.replaceAgencyUnits(trx, id, unitCodes);
  await audit(trx, actor, { action: 'agency.create', entityType: 'agency', entityId: id });
  return toAgency((await repo.findAgency(trx, id))!);
}

export async function updateAgency(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  change: { name?: string; kind?: string; unitCodes?: string[]; status?: 'active' | 'inactive' },
): Promise<Agency> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const current = await repo.findAgency(trx, id);
    if (!current || current.country !== ctx.config.country) throw notFound('The agency');
    assertMayManage(ctx, principal, { agencyId: id, unitCodes: current.unit_codes });
    const unitCodes = change.unitCodes ? [...new Set(change.unitCodes)] : undefined;
    if (unitCodes) {
      await checkUnits(ctx, trx, unitCodes);
      assertMayManage(ctx, principal, { agencyId: id, unitCodes });
    }
    if (change.name && (await repo.agencyNameTaken(trx, ctx.config.country, change.name, id))) {
      throw conflict('An agency with this name already exists.', [
        { path: 'body.name', code: 'already_exists', message: 'Already exists.' },
      ]);
    }
    const updated = await repo.updateAgencyIfVersion(trx, id, version, {
      ...(change.name !== undefined ? { name: change.name } : {}),
      ...(change.kind !== undefined
        ? { kind: change.kind, organisation_type: organisationTypeOf(change.kind) }
        : {}),
      ...(change.status !== undefined ? { status: change.status } : {}),
    });
    if (!updated) throw staleVersion();
    if (unitCodes) await repo.replaceAgencyUnits(trx, id, unitCodes);
    await audit(trx, actor, {
      action: 'agency.update',
      entityType: 'agency',
      entityId: id,
      details: { fields: Object.keys(change) },
    });
    return toAgency((await repo.findAgency(trx, id))!);
  });
}
