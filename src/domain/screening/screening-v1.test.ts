import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { type IndicatorAnswer, validateAnswers } from './answers.ts';
import { type GradeCounts, matchingCombination } from './dimension-rule.ts';
import { DIMENSIONS, INDICATOR_LISTS } from './dimensions.ts';
import { evaluateScreening } from './evaluate-screening.ts';
import { explainDimension, explainSuggestion } from './explain.ts';
import { INDICATOR_SET_V1 as V1 } from './v1/set.ts';

// The first indicator set is superseded but never retired: screenings made with it must evaluate and
// read exactly as they did. These are its original expectations, run against it explicitly.

const INDICATORS = V1.indicators;

const answer = (indicatorId: string): IndicatorAnswer => ({
  indicatorId,
  evidenceSource: 'child-interview',
  observedOn: '2024-05-02',
});
const screen = (ids: string[], movementOrRecruitmentRecorded = false) =>
  evaluateScreening({ answers: ids.map(answer), movementOrRecruitmentRecorded }, V1);
const dimensionOf = (ids: string[], list: string, dimension: string) =>
  screen(ids)
    .lists.find((l) => l.list === list)!
    .dimensions.find((d) => d.dimension === dimension)!;

describe('v1 indicator set', () => {
  it('has stable unique ids and a label in every locale', () => {
    expect(V1.version).toBe('ilo-ec-2009-children-v1');
    expect(V1.supersededBy).toBe('ilo-ec-2009-children-v2');
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) {
      expect(indicator.id).toBe(
        `${indicator.id.split('.')[0]}.${indicator.dimension}.${indicator.id.split('.')[2]}`,
      );
      for (const locale of LOCALES) expect(indicator.label[locale].trim()).not.toBe('');
    }
  });

  it('covers all six dimensions in both children’s lists', () => {
    for (const list of INDICATOR_LISTS) {
      for (const dimension of DIMENSIONS) {
        expect(INDICATORS.some((i) => i.list === list && i.dimension === dimension)).toBe(true);
      }
    }
  });

  it('includes the child-specific items of DOMAIN §4', () => {
    const ids = new Set(INDICATORS.map((i) => i.id));
    for (const id of [
      'child-labour.deceptive.education',
      'child-labour.deceptive.marriage-adoption',
      'child-labour.coercive.sold',
      'child-labour.coercive.debt',
      'child-labour.vulnerability.family-situation',
      'child-labour.vulnerability.parental-care',
      'child-labour.vulnerability.institutional-care',
      'child-labour.vulnerability.disability',
      'child-labour.vulnerability.out-of-school',
      'child-labour.vulnerability.dependency',
      'child-labour.conditions.hazardous',
      'child-labour.conditions.no-education',
      'child-labour.coercion-destination.illicit-activities',
      'child-labour.coercion-destination.against-peers',
      'child-sexual.conditions.sexual-exploitation',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('v1 dimension rule', () => {
  const cases: [Partial<GradeCounts>, boolean][] = [
    [{ strong: 2 }, true],
    [{ strong: 1, medium: 1 }, true],
    [{ strong: 1, weak: 1 }, true],
    [{ medium: 3 }, true],
    [{ medium: 2, weak: 1 }, true],
    [{ strong: 1 }, false],
    [{ medium: 2 }, false],
    [{ medium: 1, weak: 2 }, false],
    [{ weak: 5 }, false],
    [{}, false],
  ];
  it.each(cases)('%o → positive %s', (counts, positive) => {
    const full = { strong: 0, medium: 0, weak: 0, ...counts };
    expect(matchingCombination(full, V1.combinations) !== null).toBe(positive);
  });

  it('explains a positive dimension with the indicators that made it', () => {
    const result = dimensionOf(
      ['child-labour.coercive.violence', 'child-labour.coercive.debt'],
      'child-labour',
      'coercive',
    );
    expect(result.positive).toBe(true);
    expect(result.text).toBe(
      'Coercive recruitment — Positive: 1 strong (Violence against the child) and 1 medium ' +
        '(Debt bondage of the child or the family) indicators.',
    );
    expect(explainDimension(result, 'uk', V1)).toContain('Позитивний результат');
    expect(explainDimension(result, 'uk', V1)).toContain('«Боргова залежність дитини або родини»');
  });

  it('says what a negative dimension lacks, in every locale', () => {
    const result = dimensionOf(['child-labour.coercive.debt'], 'child-labour', 'coercive');
    expect(result.positive).toBe(false);
    expect(result.text).toContain('Positive needs: 2 strong, or 1 strong + 1 medium');
    for (const locale of LOCALES) {
      const text = explainDimension(result, locale, V1);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|\[object/);
    }
  });
});

describe('v1 overall suggestion', () => {
  it('suggests nothing when nothing is recorded', () => {
    const result = screen([]);
    expect(result).toMatchObject({
      suggestion: 'no-indication',
      suggestedTraffickingStatus: null,
      isDecision: false,
    });
  });

  it('suggests presumption (protection at once) on any indicator short of identification', () => {
    const result = screen(['child-labour.vulnerability.out-of-school']);
    expect(result).toMatchObject({
      suggestion: 'presumed',
      suggestedTraffickingStatus: 'PossibleVictimOfTrafficking',
    });
    expect(result.text).toContain('a person decides the status');
  });

  it('needs no means for a child: a recorded movement and exploitation suffice', () => {
    const exploitation = ['child-labour.conditions.hazardous', 'child-labour.conditions.no-education'];
    expect(screen(exploitation).suggestion).toBe('presumed');
    const result = screen(exploitation, true);
    expect(result).toMatchObject({
      suggestion: 'identified-review',
      suggestedTraffickingStatus: 'ActualVictimOfTrafficking',
      decisiveLists: ['child-labour'],
      isDecision: false,
    });
    expect(result.text).toContain('Palermo Protocol Art. 3(c)');
    for (const locale of LOCALES) expect(explainSuggestion(result, locale)).not.toMatch(/undefined/);
  });

  it('counts each list on its own', () => {
    const mixed = [
      'child-labour.coercive.sold',
      'child-labour.coercive.debt',
      'child-sexual.conditions.sexual-exploitation',
      'child-sexual.conditions.no-education',
    ];
    expect(screen(mixed).suggestion).toBe('presumed');
    const sexual = [
      'child-sexual.coercive.sold',
      'child-sexual.coercive.debt',
      'child-sexual.conditions.sexual-exploitation',
      'child-sexual.conditions.no-education',
    ];
    expect(screen(sexual).decisiveLists).toEqual(['child-sexual']);
  });

  it('refuses an unknown indicator id', () => {
    expect(() => screen(['child-labour.deceptive.nope'])).toThrow();
  });
});

describe('v1 answer validation', () => {
  it('reports unknown ids, duplicates, bad sources and dates', () => {
    const problems = validateAnswers(
      [
        answer('child-labour.deceptive.job'),
        answer('child-labour.deceptive.job'),
        { ...answer('x'), evidenceSource: 'rumour' as never, observedOn: '2024-02-30' },
        { ...answer('child-labour.deceptive.wages'), observedOn: '2030-01-01' },
      ],
      '2024-06-01',
      V1,
    );
    expect(problems.map((p) => p.code)).toEqual([
      'duplicate_indicator',
      'unknown_indicator',
      'invalid_evidence_source',
      'invalid_date',
      'date_in_future',
    ]);
  });
});

describe('v1 monotonicity', () => {
  const counts = fc.record({ strong: fc.nat(4), medium: fc.nat(4), weak: fc.nat(4) });
  it('the rule never turns negative when one more indicator of any grade is added', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom('strong', 'medium', 'weak' as const), (before, grade) => {
        const after = { ...before, [grade]: before[grade] + 1 };
        if (matchingCombination(before, V1.combinations))
          expect(matchingCombination(after, V1.combinations)).not.toBeNull();
      }),
    );
  });

  const ids = fc.constantFrom(...INDICATORS.map((i) => i.id));
  it('adding an indicator never turns a positive dimension negative, nor lowers the suggestion', () => {
    const rank = { 'no-indication': 0, presumed: 1, 'identified-review': 2 } as const;
    fc.assert(
      fc.property(fc.uniqueArray(ids, { maxLength: 15 }), ids, fc.boolean(), (base, extra, movement) => {
        const before = screen(base, movement);
        const after = screen([...new Set([...base, extra])], movement);
        for (const [l, list] of before.lists.entries()) {
          for (const [d, dimension] of list.dimensions.entries()) {
            if (dimension.positive) expect(after.lists[l]!.dimensions[d]!.positive).toBe(true);
          }
        }
        expect(rank[after.suggestion]).toBeGreaterThanOrEqual(rank[before.suggestion]);
      }),
      { numRuns: 300 },
    );
  });
});
