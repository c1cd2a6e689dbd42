import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithin } from '../../domain/geo/index.ts';
import {
  ACTIONS,
  allowedActions,
  can,
  fieldGroupsAt,
  ROLE_FIELD_GROUPS,
  type Grant,
  mayAttempt,
  type Principal,
  ROLES,
  rolesReach,
  SCOPES,
} from './policy.ts';

const units = ['UA-30', 'UA-46', 'UA-51', 'UA'];
const grantArb: fc.Arbitrary<Grant> = fc.record({
  role: fc.constantFrom(...ROLES),
  scope: fc.constantFrom(...SCOPES),
  unitCode: fc.constantFrom(null, ...units),
});
const principalArb: fc.Arbitrary<Principal> = fc.record({
  userId: fc.constantFrom('u1', 'u2'),
  agencyId: fc.constantFrom(null, 'a1', 'a2'),
  country: fc.constant('UA'),
  grants: fc.array(grantArb, { maxLength: 3 }),
});
const placeArb = fc.record({
  country: fc.constantFrom('UA', 'MD'),
  agencyId: fc.constantFrom(null, 'a1', 'a2'),
  unitCodes: fc.array(fc.constantFrom(...units), { maxLength: 2 }),
  ownerId: fc.constantFrom(null, 'u1', 'u2'),
});

describe('policy', () => {
  it('never allows on a record what the role may not attempt at all, nor across a border', () => {
    fc.assert(
      fc.property(principalArb, placeArb, fc.constantFrom(...ACTIONS), (principal, place, action) => {
        const allowed = can(principal, action, place, isWithin);
        if (allowed) expect(mayAttempt(principal, action)).toBe(true);
        if (place.country !== principal.country) expect(allowed).toBe(false);
      }),
    );
  });

  it('scopes reach only what they name', () => {
    const admin = (scope: Grant['scope'], unitCode: string | null = null): Principal => ({
      userId: 'u1',
      agencyId: 'a1',
      country: 'UA',
      grants: [{ role: 'admin', scope, unitCode }],
    });
    const kyiv = { country: 'UA', agencyId: 'a2', unitCodes: ['UA-30'] };
    expect(can(admin('country'), 'users.manage', kyiv, isWithin)).toBe(true);
    expect(can(admin('region', 'UA-30'), 'users.manage', kyiv, isWithin)).toBe(true);
    expect(can(admin('region', 'UA-46'), 'users.manage', kyiv, isWithin)).toBe(false);
    expect(can(admin('agency'), 'users.manage', kyiv, isWithin)).toBe(false);
    expect(can(admin('agency'), 'users.manage', { ...kyiv, agencyId: 'a1' }, isWithin)).toBe(true);
  });

  it('keeps identities away from analysts and administrators, and health notes away from police', () => {
    const only = (role: Grant['role']): Principal => ({
      userId: 'u',
      agencyId: null,
      country: 'UA',
      grants: [{ role, scope: 'country', unitCode: null }],
    });
    const anywhere = { country: 'UA', agencyId: 'a1', unitCodes: ['UA-30'], ownerId: 'u' };
    expect(fieldGroupsAt(only('analyst'), anywhere, isWithin)).toEqual([]);
    expect(fieldGroupsAt(only('admin'), anywhere, isWithin)).toEqual([]);
    expect(fieldGroupsAt(only('police'), anywhere, isWithin)).not.toContain('health');
    expect(allowedActions(only('caseworker'))).not.toContain('users.manage');
    expect(allowedActions(only('analyst')).filter((a) => a.startsWith('cases.'))).toEqual([]);
    expect(allowedActions(only('admin')).filter((a) => a.startsWith('cases.'))).toEqual([]);
    expect(allowedActions(only('admin'))).toEqual(
      expect.arrayContaining(['users.manage', 'agencies.manage']),
    );
  });

  it('applies to a record only the field groups of the grants that reach it', () => {
    const kyivCase = { country: 'UA', agencyId: 'a2', unitCodes: ['UA-30'], ownerId: 'someone-else' };
    const policeAndProvider: Principal = {
      userId: 'u1',
      agencyId: 'a1',
      country: 'UA',
      grants: [
        { role: 'police', scope: 'district', unitCode: 'UA-30' },
        { role: 'provider', scope: 'agency', unitCode: null },
      ],
    };
    expect(fieldGroupsAt(policeAndProvider, kyivCase, isWithin)).toEqual([
      'identity',
      'exploitation',
      'justice',
    ]);
    // The same account on its own agency's case: the provider grant reaches it, so health applies there.
    expect(fieldGroupsAt(policeAndProvider, { ...kyivCase, agencyId: 'a1' }, isWithin)).toContain('health');
    const coordinatorAndOwnCaseworker: Principal = {
      userId: 'u1',
      agencyId: 'a1',
      country: 'UA',
      grants: [
        { role: 'coordinator', scope: 'country', unitCode: null },
        { role: 'caseworker', scope: 'own', unitCode: null },
      ],
    };
    expect(fieldGroupsAt(coordinatorAndOwnCaseworker, kyivCase, isWithin)).not.toContain('health');
    expect(fieldGroupsAt(coordinatorAndOwnCaseworker, { ...kyivCase, ownerId: 'u1' }, isWithin)).toContain(
      'health',
    );
  });

  it('applies exactly the groups of the reaching grants, never one of a grant that misses', () => {
    fc.assert(
      fc.property(principalArb, placeArb, (principal, place) => {
        const reaching = principal.grants.filter((grant) =>
          rolesReach({ ...principal, grants: [grant] }, [grant.role], place, isWithin),
        );
        const expected = new Set(reaching.flatMap((grant) => ROLE_FIELD_GROUPS[grant.role]));
        expect(new Set(fieldGroupsAt(principal, place, isWithin))).toEqual(expected);
      }),
    );
  });
});

describe('the pooled field groups', () => {
  it('are used only to describe the signed-in user for the menus, never for a record', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..');
    const users: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('policy.ts'))
          if (readFileSync(path, 'utf8').includes('fieldGroupsForMenus'))
            users.push(path.slice(root.length + 1));
      }
    };
    walk(root);
    expect(users).toEqual(['auth/auth.routes.ts']);
  });
});
