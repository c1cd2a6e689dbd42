import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_ITEMS,
  addMonths,
  atOrBelowThreshold,
  closureReadiness,
  compareWithThreshold,
  DEFAULT_MONITORING_SETTINGS as S,
  type DomainScores,
  domainsNeedingPlanAction,
  domainTotals,
  fraction,
  fractionValue,
  isWorsening,
  type ItemScores,
  itemProblems,
  itemsOfDomain,
  MONITORING_DOMAINS,
  monitoringSettingsFor,
  reachesThreshold,
  reviewSchedule,
  type Score,
  safetyAlertItems,
  scoreAssessment,
  visitTiming,
} from './index.ts';

const score = fc.constantFrom<Score>(1, 2, 3, 4);
const itemScores: fc.Arbitrary<ItemScores> = fc.record(
  Object.fromEntries(ASSESSMENT_ITEMS.map((item) => [item.id, score])) as Record<string, fc.Arbitrary<Score>>,
);
const allScored = (value: Score): ItemScores =>
  Object.fromEntries(ASSESSMENT_ITEMS.map((item) => [item.id, value])) as ItemScores;
const domainScores = fc.record(
  Object.fromEntries(
    MONITORING_DOMAINS.map((d) => [d, fc.double({ min: 0, max: 1, noNaN: true })]),
  ) as Record<string, fc.Arbitrary<number>>,
) as fc.Arbitrary<DomainScores>;

describe('assessment items (DOMAIN §5)', () => {
  it('has the items of every domain, each with four anchors in five languages', () => {
    expect(MONITORING_DOMAINS.map((d) => itemsOfDomain(d).length)).toEqual([3, 3, 3, 3, 2, 2, 2]);
    for (const item of ASSESSMENT_ITEMS) {
      expect(item.anchors).toHaveLength(4);
      for (const text of [item.label, ...item.anchors])
        for (const locale of ['en', 'uk', 'ru', 'ro', 'be'] as const)
          expect(text[locale].trim()).not.toBe('');
    }
    expect(JSON.stringify(ASSESSMENT_ITEMS)).not.toMatch(/[şţŞŢ]/);
  });

  it('reports unscored, out-of-range and unknown items', () => {
    const { 'health.srh': _missing, ...rest } = allScored(3);
    expect(itemProblems({ ...rest, 'safety.safety-plan': 5, 'made.up': 2 })).toEqual([
      'safety.safety-plan: must be 1–4',
      'health.srh: not scored',
      'made.up: unknown item',
    ]);
    expect(itemProblems(allScored(2))).toEqual([]);
  });
});

describe('scoring', () => {
  it('normalises the item mean: all 1 → 0, all 4 → 1, all 3 → 0.6667', () => {
    expect(scoreAssessment(allScored(1)).overall).toBe(0);
    expect(scoreAssessment(allScored(4)).overall).toBe(1);
    expect(scoreAssessment(allScored(3)).domains.safety).toBe(0.6667);
  });

  it('a domain score is (mean of its items − 1) / 3; overall is the mean of domains', () => {
    fc.assert(
      fc.property(itemScores, (scores) => {
        const result = scoreAssessment(scores);
        for (const domain of MONITORING_DOMAINS) {
          const values = itemsOfDomain(domain).map((item) => scores[item.id] as number);
          const mean = values.reduce((a, b) => a + b, 0) / values.length;
          expect(result.domains[domain]).toBeCloseTo((mean - 1) / 3, 4);
          expect(result.domains[domain]).toBeGreaterThanOrEqual(0);
          expect(result.domains[domain]).toBeLessThanOrEqual(1);
        }
        const mean = MONITORING_DOMAINS.reduce((sum, d) => sum + result.domains[d], 0) / 7;
        expect(result.overall).toBeCloseTo(mean, 3);
      }),
    );
  });

  it('is monotone: raising one item never lowers any score', () => {
    fc.assert(
      fc.property(itemScores, fc.constantFrom(...ASSESSMENT_ITEMS.map((i) => i.id)), (scores, id) => {
        const current = scores[id] as Score;
        fc.pre(current < 4);
        const before = scoreAssessment(scores);
        const after = scoreAssessment({ ...scores, [id]: (current + 1) as Score });
        expect(after.overall).toBeGreaterThan(before.overall);
        for (const d of MONITORING_DOMAINS)
          expect(after.domains[d]).toBeGreaterThanOrEqual(before.domains[d]);
      }),
    );
  });
});

describe('rules', () => {
  it('alerts exactly when a safety item is scored 1', () => {
    fc.assert(
      fc.property(itemScores, (scores) => {
        const expected = itemsOfDomain('safety')
          .filter((item) => scores[item.id] === 1)
          .map((i) => i.id);
        expect(safetyAlertItems(scores, S)).toEqual(expected);
      }),
    );
    expect(safetyAlertItems({ ...allScored(4), 'safety.abuse-in-care': 1 }, S)).toEqual([
      'safety.abuse-in-care',
    ]);
  });

  it('requires a plan action exactly for domains at or below 1/3 (a mean of 2 on the item scale)', () => {
    fc.assert(
      fc.property(itemScores, (scores) => {
        const flagged = domainsNeedingPlanAction(scores, S);
        for (const d of MONITORING_DOMAINS) {
          const values = itemsOfDomain(d).map((item) => scores[item.id]!);
          const mean = values.reduce((a, b) => a + b, 0) / values.length;
          expect(flagged.includes(d)).toBe(mean <= 2);
        }
      }),
    );
    // Items 2,2,1 in safety: mean 5/3; items 2,2,2: mean 2 — both need a plan action; 2,2,3 does not.
    const scores = {
      ...allScored(4),
      'safety.retrafficking-risk': 2,
      'safety.abuse-in-care': 2,
      'safety.safety-plan': 2,
    } as ItemScores;
    expect(domainsNeedingPlanAction(scores, S)).toEqual(['safety']);
    expect(domainsNeedingPlanAction({ ...scores, 'safety.safety-plan': 3 }, S)).toEqual([]);
  });

  it('closure needs every domain at 2/3 or more at the two latest reviews: 3 on every item is enough', () => {
    const good = allScored(4);
    const onlyThrees = allScored(3);
    const justUnder = { ...allScored(3), 'safety.safety-plan': 2 } as ItemScores;
    expect(closureReadiness([], S)).toMatchObject({
      ready: false,
      code: 'TOO_FEW_REVIEWS',
      have: 0,
      need: 2,
    });
    expect(closureReadiness([{ assessedOn: '2025-01-01', items: good }], S)).toMatchObject({
      code: 'TOO_FEW_REVIEWS',
    });
    // The audit's child: 3 on every item at two reviews (0.6667 shown) meets the threshold.
    expect(
      closureReadiness(
        [
          { assessedOn: '2025-01-01', items: onlyThrees },
          { assessedOn: '2025-03-01', items: onlyThrees },
        ],
        S,
      ),
    ).toEqual({ ready: true });
    expect(
      closureReadiness(
        [
          { assessedOn: '2025-01-01', items: good },
          { assessedOn: '2025-03-01', items: justUnder },
          { assessedOn: '2025-06-01', items: good },
        ],
        S,
      ),
    ).toMatchObject({
      ready: false,
      code: 'DOMAINS_BELOW_THRESHOLD',
      below: [{ assessedOn: '2025-03-01', domains: ['safety'] }],
    });
  });

  it('closure readiness property: ready iff the latest two reviews have every domain mean ≥ 3', () => {
    fc.assert(
      fc.property(fc.array(itemScores, { maxLength: 5 }), (series) => {
        const reviews = series.map((items, i) => ({ assessedOn: `2025-0${i + 1}-01`, items }));
        const result = closureReadiness(reviews, S);
        const mean = (items: ItemScores, d: (typeof MONITORING_DOMAINS)[number]) => {
          const values = itemsOfDomain(d).map((item) => items[item.id]!);
          return values.reduce((a, b) => a + b, 0) / values.length;
        };
        const expected =
          reviews.length >= 2 &&
          reviews.slice(-2).every((r) => MONITORING_DOMAINS.every((d) => mean(r.items, d) >= 3));
        expect(result.ready).toBe(expected);
      }),
    );
  });

  it('thresholds are configurable', () => {
    const lenient = {
      ...S,
      closureAtLeast: fraction(1, 2),
      closureConsecutiveReviews: 1,
      planActionAtOrBelow: fraction(1, 10),
    };
    const twos = { ...allScored(3), 'safety.safety-plan': 2 } as ItemScores;
    expect(closureReadiness([{ assessedOn: '2025-01-01', items: twos }], lenient)).toEqual({
      ready: true,
    });
    expect(domainsNeedingPlanAction(allScored(2), lenient)).toEqual([]);
    expect(isWorsening(0.5, 0.6, S)).toBe(true);
    expect(isWorsening(0.58, 0.6, S)).toBe(false);
    expect(isWorsening(0.5, null, S)).toBe(false);
  });
});

describe('exact thresholds (issue 11 item 7)', () => {
  const totals = fc
    .integer({ min: 1, max: 12 })
    .chain((count) =>
      fc.record({ count: fc.constant(count), sum: fc.integer({ min: count, max: 4 * count }) }),
    );
  const threshold = fc
    .integer({ min: 1, max: 30 })
    .chain((denominator) => fc.integer({ min: 0, max: denominator }).map((n) => fraction(n, denominator)));

  it('agrees with exact rational arithmetic for every reachable score and threshold', () => {
    fc.assert(
      fc.property(totals, threshold, ({ sum, count }, t) => {
        // (sum/count − 1)/3 − p/q has the sign of q(sum − count) − 3p·count (count, q > 0).
        const sign = Math.sign(t.denominator * (sum - count) - 3 * t.numerator * count);
        expect(compareWithThreshold({ sum, count }, t)).toBe(sign);
        expect(reachesThreshold({ sum, count }, t)).toBe(sign >= 0);
        expect(atOrBelowThreshold({ sum, count }, t)).toBe(sign <= 0);
      }),
    );
  });

  it('a score exactly on the threshold reaches it; one item point less does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (count) => {
        // Mean 3 on `count` items is exactly 2/3, whatever the rounding of the shown score.
        expect(compareWithThreshold({ sum: 3 * count, count }, fraction(2, 3))).toBe(0);
        expect(reachesThreshold({ sum: 3 * count - 1, count }, fraction(2, 3))).toBe(false);
        expect(atOrBelowThreshold({ sum: 2 * count, count }, fraction(1, 3))).toBe(true);
        expect(atOrBelowThreshold({ sum: 2 * count + 1, count }, fraction(1, 3))).toBe(false);
      }),
    );
    expect(domainTotals(allScored(3), 'safety')).toEqual({ sum: 9, count: 3 });
    expect(fractionValue(S.closureAtLeast)).toBeCloseTo(0.6667, 4);
  });

  it('refuses a threshold that is not a fraction between 0 and 1', () => {
    expect(() => fraction(0.67, 1)).toThrow(RangeError);
    expect(() => fraction(4, 3)).toThrow(RangeError);
    expect(() => fraction(1, 0)).toThrow(RangeError);
  });
});

describe('schedule', () => {
  it('defaults to 1, 3, 6, 12, 18 and 24 months after the start', () => {
    expect(monitoringSettingsFor('UA').scheduleMonths).toEqual([1, 3, 6, 12, 18, 24]);
    expect(reviewSchedule('2025-01-15', S).map((v) => v.dueOn)).toEqual([
      '2025-02-15',
      '2025-04-15',
      '2025-07-15',
      '2026-01-15',
      '2026-07-15',
      '2027-01-15',
    ]);
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });

  it('every due date is a real date after the start, in order', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
        (start, months) => {
          const visits = reviewSchedule(start, { scheduleMonths: months });
          expect(visits).toHaveLength(months.length);
          let previous = start;
          for (const visit of visits) {
            expect(new Date(`${visit.dueOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(visit.dueOn);
            expect(visit.dueOn > previous).toBe(true);
            previous = visit.dueOn;
          }
        },
      ),
    );
  });

  it('a visit is due soon within 7 days and overdue after its day', () => {
    expect(visitTiming('2025-03-10', '2025-03-11', 7)).toBe('overdue');
    expect(visitTiming('2025-03-10', '2025-03-10', 7)).toBe('due-soon');
    expect(visitTiming('2025-03-17', '2025-03-10', 7)).toBe('due-soon');
    expect(visitTiming('2025-03-18', '2025-03-10', 7)).toBe('later');
  });
});
