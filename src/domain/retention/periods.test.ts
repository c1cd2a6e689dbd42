import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_RECORD_TYPES,
  decideRetention,
  effectivePeriods,
  RETENTION_COUNTRIES,
  recordTypeOf,
  retentionEndsAt,
} from './periods.ts';

const closedAt = new Date('2020-02-29T10:00:00.000Z');

describe('retention periods', () => {
  it('has a default for every record type in every country', () => {
    for (const country of RETENTION_COUNTRIES)
      expect(effectivePeriods(country, {}).map((p) => p.source)).toEqual(
        CASE_RECORD_TYPES.map(() => 'default'),
      );
  });

  it('lets the node override one type, including keeping it for life', () => {
    const periods = effectivePeriods('MD', { 'case.closed': 7, 'case.justice': null });
    expect(periods.find((p) => p.recordType === 'case.closed')).toEqual({
      recordType: 'case.closed',
      years: 7,
      source: 'node-setting',
    });
    expect(periods.find((p) => p.recordType === 'case.justice')?.years).toBeNull();
    expect(periods.find((p) => p.recordType === 'case.not-a-victim')?.source).toBe('default');
  });

  it('counts whole years from closure, a leap day ending on 1 March', () => {
    expect(retentionEndsAt(closedAt, 3)?.toISOString()).toBe('2023-03-01T10:00:00.000Z');
    expect(retentionEndsAt(closedAt, null)).toBeNull();
  });

  it('puts proceedings before the stage', () => {
    expect(recordTypeOf({ stage: 'not-a-victim', hasProceedings: true })).toBe('case.justice');
    expect(recordTypeOf({ stage: 'not-a-victim', hasProceedings: false })).toBe('case.not-a-victim');
    expect(recordTypeOf({ stage: 'closed', hasProceedings: false })).toBe('case.closed');
  });
});

describe('the retention decision', () => {
  const base = { terminal: true, closedAt, years: 3, activeHold: false, openProceedings: false };
  const later = new Date('2024-01-01T00:00:00Z');

  it('anonymises only a closed case past its period, never one on hold or in open proceedings', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 30 })),
        fc.integer({ min: 0, max: 40 * 365 }),
        (terminal, activeHold, openProceedings, years, daysLater) => {
          const now = new Date(closedAt.getTime() + daysLater * 86_400_000);
          const decision = decideRetention({ terminal, closedAt, years, activeHold, openProceedings }, now);
          const ends = retentionEndsAt(closedAt, years);
          const due = terminal && ends !== null && ends.getTime() <= now.getTime();
          expect(decision.kind === 'anonymise').toBe(due && !activeHold && !openProceedings);
          if (decision.kind === 'refuse') expect(due && (activeHold || openProceedings)).toBe(true);
        },
      ),
    );
  });

  it('names why it keeps or refuses', () => {
    expect(decideRetention({ ...base, terminal: false }, later)).toMatchObject({ reason: 'not-closed' });
    expect(decideRetention({ ...base, years: null }, later)).toMatchObject({ reason: 'kept-for-life' });
    expect(decideRetention(base, new Date('2021-01-01T00:00:00Z'))).toMatchObject({ reason: 'not-due' });
    expect(decideRetention({ ...base, activeHold: true, openProceedings: true }, later)).toMatchObject({
      kind: 'refuse',
      reason: 'legal-hold',
    });
    expect(decideRetention({ ...base, openProceedings: true }, later)).toMatchObject({
      reason: 'open-proceedings',
    });
    expect(decideRetention(base, later).kind).toBe('anonymise');
  });
});
