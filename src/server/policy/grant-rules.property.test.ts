// Issue 10, defect 1, as properties over (granter role × granter scope × target role × target scope ×
// self/other): nobody changes their own grants, nobody grants beyond their own scope, a grant that
// opens case data is never in force before a second administrator approves, and the approver is
// neither the requester nor the account. The oracle below restates the scope rules concretely (which
// units and agencies each administrator grant covers) rather than calling the code under test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOf, isWithin } from '../../domain/geo/index.ts';
import {
  grantApprovalRefusal,
  grantChangeRefusal,
  grantKey,
  opensCaseData,
  planGrantChange,
} from './grant-rules.ts';
import { type Grant, type Principal, type ResourcePlace, ROLES, SCOPES } from './policy.ts';

const REGIONS = ['UA-30', 'UA-46'];
const DISTRICTS = REGIONS.flatMap((region) =>
  childrenOf(region)
    .slice(0, 2)
    .map((unit) => unit.code),
);
/** Agencies and the district each works in. */
const AGENCIES: Record<string, string> = { a1: DISTRICTS[0]!, a2: DISTRICTS[1]!, a3: DISTRICTS[2]! };
const placeOf = (agencyId: string): ResourcePlace => ({
  country: 'UA',
  agencyId,
  unitCodes: [AGENCIES[agencyId]!],
});

const unitFor = (scope: Grant['scope']) =>
  scope === 'region'
    ? fc.constantFrom(...REGIONS)
    : scope === 'district'
      ? fc.constantFrom(...DISTRICTS)
      : fc.constant(null);
const grantArb = (roles: ReadonlyArray<Grant['role']> = ROLES): fc.Arbitrary<Grant> =>
  fc
    .record({ role: fc.constantFrom(...roles), scope: fc.constantFrom(...SCOPES) })
    .chain(({ role, scope }) => unitFor(scope).map((unitCode) => ({ role, scope, unitCode })));
const grantsArb = fc.uniqueArray(grantArb(), { maxLength: 3, selector: (grant) => grant.role });

const rank = (scope: Grant['scope']) => SCOPES.indexOf(scope);

/** The oracle: the districts an administrator grant covers, and whether it covers the account. */
function adminCovers(own: Grant, granterAgency: string, grant: Grant, accountAgency: string): boolean {
  if (own.role !== 'admin' || rank(grant.scope) > rank(own.scope)) return false;
  const accountDistrict = AGENCIES[accountAgency]!;
  switch (own.scope) {
    case 'country':
      return true;
    case 'region':
    case 'district':
      return (
        isWithin(accountDistrict, own.unitCode!) &&
        (grant.unitCode === null || isWithin(grant.unitCode, own.unitCode!))
      );
    case 'agency':
      return accountAgency === granterAgency;
    case 'own':
      return false;
  }
}

const scenario = fc.record({
  granterAdmin: grantArb(['admin']),
  granterOther: fc.option(grantArb(), { nil: undefined }),
  granterAgency: fc.constantFrom('a1', 'a2', 'a3'),
  self: fc.boolean(),
  accountAgency: fc.constantFrom('a1', 'a2', 'a3'),
  newAgency: fc.constantFrom('a1', 'a2', 'a3'),
  current: grantsArb,
  requested: grantsArb,
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function setUp(s: Scenario) {
  const granter: Principal = {
    userId: 'granter',
    agencyId: s.granterAgency,
    country: 'UA',
    grants: [s.granterAdmin, ...(s.granterOther ? [s.granterOther] : [])],
  };
  const accountId = s.self ? 'granter' : 'account';
  const agencyChanged = s.accountAgency !== s.newAgency;
  const plan = planGrantChange(s.current, s.requested, { agencyChanged });
  const refusal = grantChangeRefusal(
    granter,
    { accountId, plan, before: placeOf(s.accountAgency), after: placeOf(s.newAgency) },
    isWithin,
  );
  return { granter, accountId, plan, refusal };
}

describe('grant rules (property)', () => {
  it('nobody changes their own grants', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, refusal } = setUp({ ...s, self: true });
        const changes = plan.added.length + plan.removed.length > 0;
        expect(refusal).toBe(changes ? 'own_grants' : null);
      }),
      { numRuns: 500 },
    );
  });

  it('a change is accepted only when every grant given or taken is within one of the granter’s admin grants', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { granter, plan, refusal } = setUp({ ...s, self: false });
        const covered = (grant: Grant, agency: string) =>
          granter.grants.some((own) => adminCovers(own, s.granterAgency, grant, agency));
        const allowed =
          plan.added.every((grant) => covered(grant, s.newAgency)) &&
          plan.removed.every((grant) => covered(grant, s.accountAgency));
        expect(refusal === null).toBe(allowed || plan.added.length + plan.removed.length === 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a grant that opens case data is never in force before approval; the approval gives the whole request', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan } = setUp(s);
        const agencyChanged = s.accountAgency !== s.newAgency;
        const held = new Set(agencyChanged ? [] : s.current.map(grantKey));
        const inForce = new Set(plan.immediate.map(grantKey));
        for (const grant of s.requested)
          if (opensCaseData(grant) && !held.has(grantKey(grant)))
            expect(inForce.has(grantKey(grant))).toBe(false);
        // Nothing in force that was not asked for; what opens no case data is not held back.
        for (const grant of plan.immediate) expect(s.requested.map(grantKey)).toContain(grantKey(grant));
        const waits = s.requested.some((grant) => opensCaseData(grant) && !held.has(grantKey(grant)));
        expect(plan.pending).toEqual(waits ? s.requested : null);
      }),
      { numRuns: 1000 },
    );
  });

  it('a case-reading role or a scope wider than agency opens case data; the rest does not', () => {
    fc.assert(
      fc.property(grantArb(), (grant) => {
        const reads = !['analyst', 'admin'].includes(grant.role);
        expect(opensCaseData(grant)).toBe(reads || rank(grant.scope) > rank('agency'));
      }),
    );
  });

  it('the approver is neither the requester nor the account, and may give every grant added', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom('granter', 'account', 'second'),
        grantArb(['admin']),
        (s, approverId, approverAdmin) => {
          const { plan } = setUp({ ...s, self: false });
          if (!plan.pending) return;
          const approver: Principal = {
            userId: approverId,
            agencyId: s.granterAgency,
            country: 'UA',
            grants: [approverAdmin],
          };
          // At decision time the account holds what took effect at once.
          const refusal = grantApprovalRefusal(
            approver,
            {
              requestedBy: 'granter',
              accountId: 'account',
              current: plan.immediate,
              requested: plan.pending,
              place: placeOf(s.newAgency),
            },
            isWithin,
          );
          if (approverId !== 'second') {
            expect(refusal).toBe('four_eyes');
            return;
          }
          const held = new Set(plan.immediate.map(grantKey));
          const mayGive = plan.pending
            .filter((grant) => !held.has(grantKey(grant)))
            .every((grant) => adminCovers(approverAdmin, s.granterAgency, grant, s.newAgency));
          expect(refusal).toBe(mayGive ? null : 'grant_beyond_scope');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
