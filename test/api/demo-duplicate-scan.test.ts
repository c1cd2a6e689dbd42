import { describe, expect, it } from 'vitest';
import { dedupeRecords } from '../../src/domain/linkage/link-records.ts';
import { toPersonRecord } from '../../src/server/cases/case-identity.ts';
import { type ChildPlan, planDemoChildren } from '../../src/server/demo/children/plan.ts';

// The duplicate scan over the demo children, as `POST /api/duplicates/scan` runs it (the same record
// conversion and de-duplication), on the plan the demo seeds: 300 children per country, of which 6
// are deliberate second registrations in another script or transliteration. The review queue must
// hold those and few others — not every pair of children who happen to share a birth date.
const MAX_PAIRS = 15;

function scan(plans: ChildPlan[]) {
  const records = plans.map((plan) =>
    toPersonRecord(
      `c${plan.index}`,
      { names: plan.names, birthDate: plan.birthDate } as never,
      plan.identity.gender,
    ),
  );
  return dedupeRecords(records).map((p) => [p.idA, p.idB].sort().join('|'));
}

describe.each(['UA', 'MD', 'BY'] as const)('demo duplicate scan, %s', (country) => {
  it(`flags the seeded duplicates and at most ${MAX_PAIRS} pairs in all`, () => {
    const plans = planDemoChildren(country, { count: 300, today: '2026-12-01' });
    const seeded = plans
      .filter((p) => p.duplicateOf !== null)
      .map((p) => [`c${p.duplicateOf}`, `c${p.index}`].sort().join('|'));
    expect(seeded.length).toBe(6);
    const pairs = scan(plans);
    expect(pairs).toEqual(expect.arrayContaining(seeded));
    expect(pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
  });
});
