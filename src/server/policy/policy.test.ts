import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithin } from '../../domain/geo/index.ts';
import {
  ACTIONS,
  allowedActions,
  can,
  fieldGroupsOf,
  type Grant,
  mayAttempt,
  type Principal,
  ROLES,
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
    expect(fieldGroupsOf(only('analyst'))).toEqual([]);
    expect(fieldGroupsOf(only('admin'))).toEqual([]);
    expect(fieldGroupsOf(only('police'))).not.toContain('health');
    expect(allowedActions(only('caseworker'))).not.toContain('users.manage');
    expect(allowedActions(only('analyst')).filter((a) => a.startsWith('cases.'))).toEqual([]);
    expect(allowedActions(only('admin')).filter((a) => a.startsWith('cases.'))).toEqual([]);
    expect(allowedActions(only('admin'))).toEqual(
      expect.arrayContaining(['users.manage', 'agencies.manage']),
    );
  });
});
