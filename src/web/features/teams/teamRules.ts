// What the Teams screens decide without the server: which places a coordinator may convene a team for,
// which teams may take a case (those whose place covers the case's), how a person is named in a picker,
// and which field a refusal belongs to. The server checks all of it again.
import type { AdminUnit, Me } from '../../api/types.ts';
import type { MemberCandidate, Team, TeamMember } from '../../api/teams.ts';
import { ApiError } from '../../api/client.ts';
import { type FieldProblem, fieldProblems } from '../../components/field-errors.ts';

/** The roles that convene teams (policy.ts 'teams.manage'). */
const MANAGING_ROLES = ['localcoord', 'coordinator'];

/** A team works for a region or a district; communities are too small to convene one for. */
export const TEAM_LEVELS: AdminUnit['level'][] = ['region', 'district'];

/** Is `code` the unit `ancestor` or lies inside it (following parentCode)? */
export function isWithin(code: string, ancestor: string, byCode: ReadonlyMap<string, AdminUnit>): boolean {
  let current: string | null = code;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = byCode.get(current)?.parentCode ?? null;
  }
  return false;
}

export const unitsByCode = (units: readonly AdminUnit[] | undefined) =>
  new Map((units ?? []).map((unit) => [unit.code, unit]));

/** Does one of the user's convening grants reach this place (the whole country, or around it)? */
function convenesAt(me: Me, code: string, byCode: ReadonlyMap<string, AdminUnit>): boolean {
  return me.roles.some(
    (grant) =>
      MANAGING_ROLES.includes(grant.role) &&
      (grant.scope === 'country' || (grant.unitCode !== null && isWithin(code, grant.unitCode, byCode))),
  );
}

/**
 * The places this user may convene a team for: every region and district of the country for a
 * national coordinator, those inside their own district or region for a local one.
 */
export function placesToConvene(me: Me, units: readonly AdminUnit[] | undefined): AdminUnit[] {
  const byCode = unitsByCode(units);
  return (units ?? []).filter(
    (unit) => TEAM_LEVELS.includes(unit.level) && convenesAt(me, unit.code, byCode),
  );
}

/** May this user change the team's members? (They hold teams.manage where the team works.) */
export function mayManageTeam(me: Me, team: Team, units: readonly AdminUnit[] | undefined): boolean {
  if (!me.allowedActions.includes('teams.manage')) return false;
  return convenesAt(me, team.unitCode, unitsByCode(units));
}

/** Nobody changes a team they sit on (the server answers own_grants). */
export const sitsOn = (me: Me, team: Team) => team.members.some((member) => member.userId === me.user.id);

/** The teams that may take a case of this place: a team of the place itself or of a place around it. */
export function teamsCovering(
  teams: readonly Team[],
  caseUnitCode: string,
  units: readonly AdminUnit[] | undefined,
): Team[] {
  const byCode = unitsByCode(units);
  return teams.filter((team) => isWithin(caseUnitCode, team.unitCode, byCode));
}

/** "Name — Agency", so two people of the same name are told apart by where they work. */
export function personLabel(person: Pick<MemberCandidate | TeamMember, 'displayName' | 'agencyName'>) {
  return person.agencyName ? `${person.displayName} — ${person.agencyName}` : person.displayName;
}

/** The members as the form shows them: the candidates, plus current members no longer among them. */
export function memberOptions(candidates: readonly MemberCandidate[], current: readonly TeamMember[]) {
  const options = candidates.map((person) => ({ value: person.userId, label: personLabel(person) }));
  const known = new Set(options.map((option) => option.value));
  for (const member of current)
    if (!known.has(member.userId)) options.push({ value: member.userId, label: personLabel(member) });
  return options;
}

/** The server's "you may not change your own access" refusal. */
export const isOwnGrants = (error: unknown) => error instanceof ApiError && error.code === 'own_grants';

/**
 * Field problems of a refusal: a validation refusal's, and a 409 that names a field (a team name that is
 * taken), so that both show next to the field rather than only as a summary.
 */
export function teamFieldProblems(error: unknown): FieldProblem[] {
  if (error instanceof ApiError && error.code === 'conflict' && Array.isArray(error.details))
    return fieldProblems(
      new ApiError(error.status, {
        error: { code: 'validation_failed', message: error.message, details: error.details },
      }),
    );
  return fieldProblems(error);
}
