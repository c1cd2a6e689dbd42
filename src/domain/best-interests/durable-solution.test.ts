import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DURABLE_SOLUTIONS,
  type FamilyFacts,
  panelState,
  RETURN_SOLUTIONS,
  RISK_LEVELS,
  returnRefusal,
} from './durable-solution.ts';

const solution = fc.constantFrom(...DURABLE_SOLUTIONS);
const risk = fc.option(
  fc.record({ riskLevel: fc.constantFrom(...RISK_LEVELS), returnInBestInterests: fc.boolean() }),
  { nil: null },
);
const family = fc.array(fc.record({ familyMemberId: fc.uuid(), implicated: fc.boolean() }), { maxLength: 6 });
const target = (members: FamilyFacts[]) =>
  fc.option(members.length > 0 ? fc.constantFrom(...members.map((m) => m.familyMemberId)) : fc.uuid(), {
    nil: null,
  });

describe('best-interests rule: no return against the risk assessment', () => {
  it('never allows return or reunification unless the latest risk assessment says it is in the best interests', () => {
    fc.assert(
      fc.property(
        solution,
        risk,
        family.chain((f) => fc.tuple(fc.constant(f), target(f))),
        (s, r, [f, t]) => {
          const refusal = returnRefusal({ solution: s, reunificationTargetId: t }, r, f);
          if (RETURN_SOLUTIONS.includes(s) && (r === null || !r.returnInBestInterests))
            expect(refusal).not.toBeNull();
          if (!RETURN_SOLUTIONS.includes(s)) expect(refusal).toBeNull();
        },
      ),
    );
  });

  it('never reunifies the child with an implicated family member', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RETURN_SOLUTIONS),
        family.filter((f) => f.some((m) => m.implicated)),
        (s, f) => {
          const implicated = f.find((m) => m.implicated)!;
          const refusal = returnRefusal(
            { solution: s, reunificationTargetId: implicated.familyMemberId },
            { riskLevel: 'low', returnInBestInterests: true },
            f,
          );
          expect(refusal).toBe('target-implicated');
        },
      ),
    );
  });

  it('allows return to a family member not implicated when the assessment is positive', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RETURN_SOLUTIONS),
        fc.constantFrom(...RISK_LEVELS),
        fc.uuid(),
        (s, level, id) => {
          expect(
            returnRefusal(
              { solution: s, reunificationTargetId: id },
              { riskLevel: level, returnInBestInterests: true },
              [{ familyMemberId: id, implicated: false }],
            ),
          ).toBeNull();
        },
      ),
    );
    expect(
      returnRefusal(
        { solution: 'family-reunification', reunificationTargetId: null },
        { riskLevel: 'low', returnInBestInterests: true },
        [],
      ),
    ).toBe('target-required');
  });
});

describe('panel of at least two people', () => {
  it('is decided only when at least two different people have all confirmed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ userId: fc.constantFrom('a', 'b', 'c'), confirmed: fc.boolean() }), {
          maxLength: 5,
        }),
        (members) => {
          const state = panelState(
            members.map((m) => ({ userId: m.userId, confirmedAt: m.confirmed ? '2026-01-01' : null })),
          );
          const people = new Set(members.map((m) => m.userId)).size;
          expect(state === 'decided').toBe(people >= 2 && members.every((m) => m.confirmed));
          if (people < 2) expect(state).toBe('too-small');
        },
      ),
    );
  });
});
