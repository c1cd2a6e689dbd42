import { randomUUID } from 'node:crypto';
import { childrenOf } from '../../src/domain/geo/index.ts';
import { insertAgency, replaceAgencyUnits } from '../../src/server/agencies/agencies.repository.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import type { AppContext } from '../../src/server/context.ts';
import type { Grant, Role, Scope } from '../../src/server/policy/policy.ts';
import { insertUser, replaceGrants } from '../../src/server/users/users.repository.ts';

export const TEST_PASSWORD = 'test-password-violet-harbour';
let cachedHash: Promise<string> | undefined;

export async function makeAgency(
  ctx: AppContext,
  overrides: { name?: string; kind?: string; unitCodes?: string[] } = {},
) {
  const id = randomUUID();
  await insertAgency(ctx.database.db, {
    id,
    country: ctx.config.country,
    name: overrides.name ?? `Agency ${id.slice(0, 8)}`,
    kind: overrides.kind ?? 'centre-social-services',
    organisationType: 'LocalGovernmentOrganisation',
  });
  await replaceAgencyUnits(ctx.database.db, id, overrides.unitCodes ?? [firstDistrictOf('UA-30')]);
  return id;
}

export function firstDistrictOf(regionCode: string): string {
  const district = childrenOf(regionCode)[0];
  if (!district) throw new Error(`No district under ${regionCode} in the reference geography`);
  return district.code;
}

export async function makeUser(
  ctx: AppContext,
  options: {
    role: Role;
    scope?: Scope;
    unitCode?: string | null;
    agencyId?: string | null;
    username?: string;
    extraGrants?: Grant[];
  },
) {
  const id = randomUUID();
  const username = options.username ?? `${options.role}-${id.slice(0, 8)}`;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  await insertUser(ctx.database.db, {
    id,
    username,
    displayName: `Test ${options.role}`,
    passwordHash: await cachedHash,
    agencyId: options.agencyId === undefined ? await makeAgency(ctx) : options.agencyId,
  });
  const scope = options.scope ?? 'agency';
  await replaceGrants(ctx.database.db, id, [
    { role: options.role, scope, unitCode: options.unitCode ?? null },
    ...(options.extraGrants ?? []),
  ]);
  return { id, username, password: TEST_PASSWORD };
}
