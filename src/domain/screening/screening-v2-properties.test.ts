import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorAnswer } from './answers.ts';
import { matchingCombination } from './dimension-rule.ts';
import { RECRUITMENT_DIMENSIONS } from './dimensions.ts';
import { evaluateScreening, type ScreeningResult } from './evaluate-screening.ts';
import { INDICATOR_SET_V2 as V2 } from './v2/set.ts';

// Properties of the v2 rule over random screenings: monotone, no means needed for a child, exploitation
// never stood in for by means, Haven's own items never counted, and never a decision.

const answer = (indicatorId: string): IndicatorAnswer => ({
  indicatorId,
  evidenceSource: 'observation',
  observedOn: '2024-05-02',
});
const screen = (ids: readonly string[], movement: boolean) =>
  evaluateScreening({ answers: ids.map(answer), movementOrRecruitmentRecorded: movement }, V2);

const iloIds = fc.constantFrom(...V2.indicators.map((i) => i.id));
const havenIds = fc.constantFrom(...V2.havenIndicators.map((i) => i.id));
const anyIds = fc.oneof(iloIds, havenIds);
const screening = fc.uniqueArray(anyIds, { maxLength: 24 });
const rank = { 'no-indication': 0, presumed: 1, 'identified-review': 2 } as const;

const positive = (result: ScreeningResult) =>
  result.lists.flatMap((list) =>
    list.dimensions.filter((d) => d.positive).map((d) => `${list.list}.${d.dimension}`),
  );
const conditionsPositive = (result: ScreeningResult, list = 0) =>
  result.lists[list]!.dimensions.find((d) => d.dimension === 'conditions')!.positive;
const recruitmentPositive = (result: ScreeningResult, list = 0) =>
  result.lists[list]!.dimensions.some(
    (d) => d.positive && (RECRUITMENT_DIMENSIONS as readonly string[]).includes(d.dimension),
  );

describe('v2 rule properties', () => {
  it('adding an indicator never turns a positive dimension negative, nor lowers the suggestion', () => {
    fc.assert(
      fc.property(screening, anyIds, fc.boolean(), (base, extra, movement) => {
        const before = screen(base, movement);
        const after = screen([...new Set([...base, extra])], movement);
        for (const dimension of positive(before)) expect(positive(after)).toContain(dimension);
        expect(rank[after.suggestion]).toBeGreaterThanOrEqual(rank[before.suggestion]);
      }),
      { numRuns: 300 },
    );
  });

  it('the dimension rule is monotone in every grade', () => {
    const counts = fc.record({ strong: fc.nat(4), medium: fc.nat(4), weak: fc.nat(4) });
    fc.assert(
      fc.property(counts, fc.constantFrom('strong', 'medium', 'weak' as const), (before, grade) => {
        if (matchingCombination(before, V2.combinations))
          expect(
            matchingCombination({ ...before, [grade]: before[grade] + 1 }, V2.combinations),
          ).not.toBeNull();
      }),
    );
  });

  it('never needs means for a child: with the movement on record, exploitation alone decides identification', () => {
    fc.assert(
      fc.property(screening, (ids) => {
        const result = screen(ids, true);
        const exploited = result.lists.some((_, index) => conditionsPositive(result, index));
        expect(result.suggestion === 'identified-review').toBe(exploited);
      }),
      { numRuns: 400 },
    );
  });

  it('without a recorded movement, identification needs a positive recruitment dimension and exploitation in one list', () => {
    fc.assert(
      fc.property(screening, (ids) => {
        const result = screen(ids, false);
        const expected = result.lists.some(
          (_, index) => recruitmentPositive(result, index) && conditionsPositive(result, index),
        );
        expect(result.suggestion === 'identified-review').toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('Haven’s own items change no dimension and no identification, only lift “nothing” to “protect”', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(iloIds, { maxLength: 20 }),
        fc.uniqueArray(havenIds, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (ilo, haven, movement) => {
          const without = screen(ilo, movement);
          const withHaven = screen([...ilo, ...haven], movement);
          expect(withHaven.lists).toEqual(without.lists);
          expect(withHaven.havenIndicatorIds).toEqual(haven);
          expect(withHaven.suggestion).toBe(
            without.suggestion === 'no-indication' ? 'presumed' : without.suggestion,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is always a suggestion: isDecision is false and the text says a person decides', () => {
    fc.assert(
      fc.property(screening, fc.boolean(), (ids, movement) => {
        const result = screen(ids, movement);
        expect(result.isDecision).toBe(false);
        expect(result.text.endsWith('This is a suggestion; a person decides the status.')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
