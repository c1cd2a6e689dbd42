import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { DIMENSIONS, GRADES, INDICATOR_LISTS } from './dimensions.ts';
import { evaluateScreening } from './evaluate-screening.ts';
import { explainSuggestion } from './explain.ts';
import { CURRENT_INDICATOR_SET, INDICATOR_SET_VERSION } from './indicator-sets.ts';
import { INDICATOR_SET_V2 as V2 } from './v2/set.ts';

// The v2 transcription against the table in docs/screening.md, and the ILO/EC rule for children by
// example. Properties of the rule are in screening-v2-properties.test.ts.

const answer = (indicatorId: string) => ({
  indicatorId,
  evidenceSource: 'child-interview' as const,
  observedOn: '2024-05-02',
});
const screen = (ids: string[], movementOrRecruitmentRecorded = false) =>
  evaluateScreening({ answers: ids.map(answer), movementOrRecruitmentRecorded }, V2);
const labour = (dimension: string, item: string) => `child-labour.${dimension}.${item}`;

/** Strong / medium / weak per dimension, as transcribed (docs/screening.md, "Counts"). */
const TRANSCRIBED_COUNTS = {
  deceptive: [2, 8, 0],
  coercive: [4, 6, 0],
  vulnerability: [0, 15, 0],
  conditions: [1, 7, 0],
  'coercion-destination': [8, 7, 0],
  'vulnerability-destination': [0, 7, 0],
} as const;

describe('v2: the children’s lists as transcribed', () => {
  it('is the set new screenings use', () => {
    expect(INDICATOR_SET_VERSION).toBe('ilo-ec-2009-children-v2');
    expect(CURRENT_INDICATOR_SET).toBe(V2);
    expect(V2.supersededBy).toBeNull();
  });

  it.each(INDICATOR_LISTS)(
    '%s has the transcribed count per dimension and grade: 65 items, none weak',
    (list) => {
      const items = V2.indicators.filter((i) => i.list === list);
      expect(items).toHaveLength(65);
      for (const dimension of DIMENSIONS) {
        const counts = GRADES.map(
          (grade) => items.filter((i) => i.dimension === dimension && i.grade === grade).length,
        );
        expect(counts, dimension).toEqual(TRANSCRIBED_COUNTS[dimension]);
      }
    },
  );

  it('has the published items Haven lacked before, and abduction/sale as one strong item', () => {
    const grade = (dimension: string, item: string) =>
      V2.indicators.find((i) => i.id === labour(dimension, item))?.grade;
    expect(grade('vulnerability', 'control-exploiters')).toBe('medium');
    expect(grade('vulnerability', 'false-migration-info')).toBe('medium');
    expect(grade('vulnerability', 'past-difficulties')).toBe('medium');
    expect(grade('vulnerability', 'travel-difficulty')).toBe('medium');
    expect(grade('vulnerability', 'beliefs')).toBe('medium');
    expect(grade('conditions', 'wage-manipulation')).toBe('medium');
    expect(grade('conditions', 'labour-law')).toBe('medium');
    expect(grade('coercion-destination', 'threat-worse-conditions')).toBe('medium');
    expect(grade('coercive', 'abduction-sale')).toBe('strong');
    const abduction = V2.indicators.filter((i) => i.list === 'child-labour' && /abduction|sold/.test(i.id));
    expect(abduction.map((i) => i.id)).toEqual([labour('coercive', 'abduction-sale')]);
    // The grades issue 11 found different from the publication.
    expect(grade('deceptive', 'education')).toBe('strong');
    expect(grade('coercive', 'debt')).toBe('strong');
    expect(grade('coercive', 'threat-violence')).toBe('strong');
    expect(grade('conditions', 'hazardous')).toBe('medium');
    expect(grade('conditions', 'no-education')).toBe('medium');
    expect(grade('coercion-destination', 'forced-tasks')).toBe('strong');
    expect(grade('vulnerability', 'general-context')).toBe('medium');
    expect(grade('vulnerability', 'lack-information')).toBe('medium');
  });

  it('keeps the publication’s English wording and labels every item in five languages', () => {
    expect(V2.wording).toEqual({
      en: 'original',
      uk: 'translated-not-reviewed',
      ru: 'translated-not-reviewed',
      ro: 'translated-not-reviewed',
      be: 'translated-not-reviewed',
    });
    expect(
      V2.indicators.find((i) => i.id === labour('coercion-destination', 'threat-worse-conditions'))!.label.en,
    ).toBe('Threat to impose even worse working conditions');
    for (const item of [...V2.indicators, ...V2.havenIndicators])
      for (const locale of LOCALES) expect(item.label[locale].trim(), `${item.id} ${locale}`).not.toBe('');
  });

  it('never prints a page it has not checked: every item of this transcription is marked for verification', () => {
    for (const item of V2.indicators) {
      expect(item.source, item.id).toEqual({ page: null, verify: true });
    }
    expect(V2.source).toMatchObject({ reference: 'ILO WCMS_105023', rulePage: null, verify: true });
    expect(V2.lists['child-labour'].basis).toBe('secondary');
    expect(V2.lists['child-sexual'].basis).toBe('provisional');
  });

  it('keeps Haven’s own items in a list of their own, outside the ILO/EC lists', () => {
    expect(V2.havenIndicators.length).toBeGreaterThanOrEqual(9);
    const ilo = new Set(V2.indicators.map((i) => i.id));
    for (const item of V2.havenIndicators) {
      expect(item.id).toMatch(/^haven\.[a-z-]+$/);
      expect(ilo.has(item.id)).toBe(false);
      expect(item.basis.length).toBeGreaterThan(10);
    }
    for (const old of [
      'parental-care',
      'institutional-care',
      'out-of-school',
      'no-rest-or-play',
      'too-hard-for-age',
    ])
      expect(
        [...ilo].some((id) => id.endsWith(`.${old}`)),
        old,
      ).toBe(false);
  });
});

describe('v2: the ILO/EC rule for a child', () => {
  const hours = labour('conditions', 'excessive-hours');
  const pay = labour('conditions', 'low-or-no-pay');
  const deceivedJob = labour('deceptive', 'job');
  const deceivedEducation = labour('deceptive', 'education');

  it('identifies on the act plus exploitation, without any means, when the movement is on record', () => {
    const result = screen([hours, pay], true);
    expect(result).toMatchObject({
      suggestion: 'identified-review',
      suggestedTraffickingStatus: 'ActualVictimOfTrafficking',
      decisiveLists: ['child-labour'],
      isDecision: false,
    });
    expect(result.text).toBe(
      'Suggestion: put the case forward for formal identification (Child trafficking for labour exploitation). ' +
        'The act (recruitment or movement): a recorded recruitment or movement event. Exploitation: exploitative conditions. ' +
        'For a child no means need to be shown (Palermo Protocol Art. 3(c)): coercion or abuse of vulnerability at destination is not required. ' +
        'This is a suggestion; a person decides the status.',
    );
  });

  it('identifies on a positive recruitment dimension plus exploitation', () => {
    const result = screen([deceivedJob, deceivedEducation, hours, pay]);
    expect(result.suggestion).toBe('identified-review');
    expect(result.lists[0]!.positiveRecruitmentDimensions).toEqual(['deceptive']);
    expect(result.text).toContain('The act (recruitment or movement): deceptive recruitment.');
  });

  it('does not take coercion at destination for exploitation: presumes, and says exploitation is missing', () => {
    const coercion = ['violence', 'debt', 'documents'].map((item) => labour('coercion-destination', item));
    const result = screen([...coercion, pay], true);
    const byDimension = Object.fromEntries(result.lists[0]!.dimensions.map((d) => [d.dimension, d.positive]));
    expect(byDimension).toMatchObject({ 'coercion-destination': true, conditions: false });
    expect(result.suggestion).toBe('presumed');
    expect(result.text).toContain(
      'Not yet shown: exploitation (a positive result for exploitative conditions).',
    );
    expect(result.text).toContain('Indicators recorded: 4 from the ILO/EC list, 0 of Haven’s own.');
  });

  it('says the act is missing when exploitation stands alone', () => {
    const result = screen([hours, pay]);
    expect(result.suggestion).toBe('presumed');
    expect(result.text).toContain('Not yet shown: the act (a positive recruitment dimension or a recorded');
  });

  it('counts Haven’s own items for protection only, never for the ILO/EC rule', () => {
    const haven = ['haven.no-rest-or-play', 'haven.too-hard-for-age', 'haven.no-health-care'];
    const alone = screen(haven, true);
    expect(alone).toMatchObject({ suggestion: 'presumed', decisiveLists: [], havenIndicatorIds: haven });
    for (const list of alone.lists) expect(list.indicatorCount).toBe(0);
    expect(alone.text).toContain(
      'Haven’s own indicators, not counted by the ILO/EC rule: (The child had no time for rest',
    );
    const withIlo = screen([hours, ...haven], true);
    expect(withIlo.suggestion).toBe('presumed');
    expect(withIlo.lists[0]!.dimensions.find((d) => d.dimension === 'conditions')!.positive).toBe(false);
  });

  it('explains every outcome in all five languages', () => {
    const results = [
      screen([]),
      screen([pay]),
      screen(['haven.disability']),
      screen([hours, pay, 'haven.sexual-exploitation'], true),
      screen([
        'child-sexual.coercive.violence',
        'child-sexual.coercive.debt',
        'child-sexual.conditions.excessive-hours',
        'child-sexual.conditions.hazardous',
      ]),
    ];
    expect(results.map((r) => r.suggestion)).toEqual([
      'no-indication',
      'presumed',
      'presumed',
      'identified-review',
      'identified-review',
    ]);
    for (const result of results)
      for (const locale of LOCALES) {
        const text = explainSuggestion(result, locale);
        expect(text, locale).not.toMatch(/undefined|\[object|NaN/);
        expect(text.length).toBeGreaterThan(30);
      }
    expect(explainSuggestion(results[3]!, 'uk')).toContain('Власні індикатори Haven');
    expect(explainSuggestion(results[1]!, 'ro')).toContain('Încă nu este demonstrat');
  });

  it('refuses an id the set does not know, including v1-only items', () => {
    expect(() => screen(['child-labour.vulnerability.parental-care'])).toThrow(/Unknown indicator/);
  });
});
