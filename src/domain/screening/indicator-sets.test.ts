import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers.ts';
import { evaluateScreening } from './evaluate-screening.ts';
import { explainDimension, explainSuggestion } from './explain.ts';
import { CURRENT_INDICATOR_SET, INDICATOR_SETS, indicatorSetByVersion } from './indicator-sets.ts';
import { INDICATOR_SET_V1 as V1 } from './v1/set.ts';
import { INDICATOR_SET_V2 as V2 } from './v2/set.ts';

/** FNV-1a over the set's ids, grades and English labels: any edit to a published set changes it. */
function fingerprint(set: typeof V1): string {
  let hash = 0x811c9dc5;
  const text = set.indicators.map((i) => `${i.id}=${i.grade}=${i.label.en}`).join('\n');
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

describe('indicator set versions', () => {
  it('has exactly one current set, and every older one names its successor', () => {
    expect(INDICATOR_SETS.filter((set) => set.supersededBy === null)).toEqual([CURRENT_INDICATOR_SET]);
    expect(new Set(INDICATOR_SETS.map((set) => set.version)).size).toBe(INDICATOR_SETS.length);
    for (const set of INDICATOR_SETS.filter((s) => s.supersededBy !== null))
      expect(indicatorSetByVersion(set.supersededBy!), set.version).toBeDefined();
    expect(indicatorSetByVersion('ilo-ec-2009-children-v9')).toBeUndefined();
  });

  it('gives each set unique ids and marks any item without a checked page for verification', () => {
    for (const set of INDICATOR_SETS) {
      const ids = [...set.indicators, ...set.havenIndicators].map((i) => i.id);
      expect(new Set(ids).size, set.version).toBe(ids.length);
      for (const item of set.indicators) if (item.source.page === null) expect(item.source.verify).toBe(true);
    }
  });

  it('keeps the published v1 set exactly as it was', () => {
    expect(V1.indicators).toHaveLength(119);
    expect(fingerprint(V1)).toBe('94c1a6d1');
  });

  it('evaluates a v1 screening with v1 and a new one with v2, each explained in its own words', () => {
    const answers = ['child-labour.conditions.hazardous', 'child-labour.conditions.no-education'].map(
      (indicatorId) => ({ indicatorId, evidenceSource: 'document' as const, observedOn: '2024-01-10' }),
    );
    const old = evaluateScreening({ answers, movementOrRecruitmentRecorded: true }, V1);
    const now = evaluateScreening({ answers, movementOrRecruitmentRecorded: true }, V2);
    // v1 graded both strong (so exploitation was shown); the publication grades both medium.
    expect(old).toMatchObject({ indicatorSetVersion: V1.version, suggestion: 'identified-review' });
    expect(now).toMatchObject({ indicatorSetVersion: V2.version, suggestion: 'presumed' });
    expect(explainSuggestion(old, 'en')).toBe(old.text);
    expect(old.text).toContain('Recruitment or movement: a recorded recruitment or movement event;');
    expect(explainSuggestion(now, 'en')).toBe(now.text);
    expect(explainDimension(old.lists[0]!.dimensions[3]!, 'en', V1)).toContain('Hazardous work (harmful');
    expect(explainDimension(now.lists[0]!.dimensions[3]!, 'en', V2)).toContain('(Hazardous work)');
  });

  it('validates answers against the set they are for', () => {
    const parentalCare = [
      {
        indicatorId: 'child-labour.vulnerability.parental-care',
        evidenceSource: 'guardian' as const,
        observedOn: '2024-01-10',
      },
    ];
    expect(validateAnswers(parentalCare, '2024-06-01', V1)).toEqual([]);
    expect(validateAnswers(parentalCare, '2024-06-01', V2).map((p) => p.code)).toEqual(['unknown_indicator']);
    const haven = [{ ...parentalCare[0]!, indicatorId: 'haven.parental-care' }];
    expect(validateAnswers(haven, '2024-06-01', V2)).toEqual([]);
    expect(validateAnswers(haven, '2024-06-01', V1).map((p) => p.code)).toEqual(['unknown_indicator']);
  });

  it('refuses to explain a result of a version it does not know', () => {
    const result = evaluateScreening({ answers: [] }, V2);
    expect(() => explainSuggestion({ ...result, indicatorSetVersion: 'nope' }, 'en')).toThrow(
      /Unknown indicator set/,
    );
  });
});
