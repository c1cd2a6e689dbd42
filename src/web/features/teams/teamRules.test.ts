import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { Team } from '../../api/teams.ts';
import type { AdminUnit, Me, RoleGrant } from '../../api/types.ts';
import {
  isOwnGrants,
  mayManageTeam,
  memberOptions,
  personLabel,
  placesToConvene,
  sitsOn,
  teamFieldProblems,
  teamsCovering,
} from './teamRules.ts';

const names = (en: string) => ({ en, uk: en, ru: en, ro: en, be: en });
const unit = (code: string, parentCode: string | null, level: AdminUnit['level']): AdminUnit => ({
  code,
  parentCode,
  level,
  names: names(code),
});
const UNITS: AdminUnit[] = [
  unit('UA', null, 'country'),
  unit('UA-30', 'UA', 'region'),
  unit('UA-30-podilskyi', 'UA-30', 'district'),
  unit('UA-30-pecherskyi', 'UA-30', 'district'),
  unit('UA-51', 'UA', 'region'),
  unit('UA-51-odeskyi', 'UA-51', 'district'),
  unit('UA5102019', 'UA-51-odeskyi', 'community'),
];

function me(roles: RoleGrant[], actions: string[] = ['teams.read', 'teams.manage']): Me {
  return {
    user: { id: 'me' } as Me['user'],
    roles,
    allowedActions: actions,
    fieldGroups: [],
    session: { idleTimeoutSeconds: 900, idleExpiresAt: '', absoluteExpiresAt: '' },
  };
}

const team = (id: string, unitCode: string, memberIds: string[] = []): Team => ({
  id,
  name: id,
  unitCode,
  version: 1,
  members: memberIds.map((userId) => ({ userId, displayName: userId, agencyName: null })),
});

describe('team rules', () => {
  it('a national coordinator convenes teams for every region and district, a local one inside their own', () => {
    const national = me([{ role: 'coordinator', scope: 'country', unitCode: null }]);
    expect(placesToConvene(national, UNITS).map((u) => u.code)).toEqual([
      'UA-30',
      'UA-30-podilskyi',
      'UA-30-pecherskyi',
      'UA-51',
      'UA-51-odeskyi',
    ]);
    const local = me([{ role: 'localcoord', scope: 'district', unitCode: 'UA-51-odeskyi' }]);
    expect(placesToConvene(local, UNITS).map((u) => u.code)).toEqual(['UA-51-odeskyi']);
    // A supervisor's grant convenes nothing.
    expect(placesToConvene(me([{ role: 'supervisor', scope: 'agency', unitCode: null }]), UNITS)).toEqual([]);
  });

  it('only a manager of the place changes a team, and nobody one they sit on', () => {
    const local = me([{ role: 'localcoord', scope: 'district', unitCode: 'UA-51-odeskyi' }]);
    expect(mayManageTeam(local, team('a', 'UA-51-odeskyi'), UNITS)).toBe(true);
    expect(mayManageTeam(local, team('b', 'UA-30-podilskyi'), UNITS)).toBe(false);
    const reader = me([{ role: 'supervisor', scope: 'agency', unitCode: null }], ['teams.read']);
    expect(mayManageTeam(reader, team('a', 'UA-51-odeskyi'), UNITS)).toBe(false);
    expect(sitsOn(local, team('a', 'UA-51-odeskyi', ['me']))).toBe(true);
    expect(sitsOn(local, team('a', 'UA-51-odeskyi', ['someone']))).toBe(false);
  });

  it("offers a case the teams of its place and of the places around it, not the neighbours'", () => {
    const teams = [team('district', 'UA-51-odeskyi'), team('region', 'UA-51'), team('kyiv', 'UA-30')];
    expect(teamsCovering(teams, 'UA5102019', UNITS).map((t) => t.id)).toEqual(['district', 'region']);
    expect(teamsCovering(teams, 'UA-30-pecherskyi', UNITS).map((t) => t.id)).toEqual(['kyiv']);
  });

  it('names people with their agency and keeps current members who are no longer candidates', () => {
    expect(personLabel({ displayName: 'Olena', agencyName: 'Police' })).toBe('Olena — Police');
    expect(personLabel({ displayName: 'Olena', agencyName: null })).toBe('Olena');
    const options = memberOptions(
      [{ userId: 'u1', displayName: 'A', agencyName: 'CSS', roles: ['caseworker'] }],
      [
        { userId: 'u1', displayName: 'A', agencyName: 'CSS' },
        { userId: 'u2', displayName: 'B', agencyName: null },
      ],
    );
    expect(options).toEqual([
      { value: 'u1', label: 'A — CSS' },
      { value: 'u2', label: 'B' },
    ]);
  });

  it('places a taken name next to the name field and recognises the own-grants refusal', () => {
    const taken = new ApiError(409, {
      error: {
        code: 'conflict',
        message: 'A team with this name already exists.',
        details: [{ path: 'body.name', code: 'already_exists', message: 'Already exists.' }],
      },
    });
    expect(teamFieldProblems(taken)).toEqual([{ field: 'name', code: 'already_exists', params: {} }]);
    const invalid = new ApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'x',
        details: [{ path: 'body.memberIds.1', code: 'unknown_reference', message: 'Not an active user.' }],
      },
    });
    expect(teamFieldProblems(invalid)).toEqual([
      { field: 'memberIds.1', code: 'unknown_reference', params: {} },
    ]);
    expect(isOwnGrants(new ApiError(403, { error: { code: 'own_grants', message: 'x' } }))).toBe(true);
    expect(isOwnGrants(new ApiError(403, { error: { code: 'forbidden', message: 'x' } }))).toBe(false);
  });
});
