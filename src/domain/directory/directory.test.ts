import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOf } from '../geo/index.ts';
import { LOCALES } from '../locales.ts';
import { SupportPlanType } from '../vocabularies/case.ts';
import { TypeOfExploitation } from '../vocabularies/exploitation.ts';
import { Gender } from '../vocabularies/person.ts';
import { accreditationState } from './accreditation.ts';
import { coverageDistance, covers, coveringCodes, gapRowsOf, searchCodes } from './coverage.ts';
import {
  type Eligibility,
  ineligibilityReasons,
  isEligible,
  type Need,
  OPEN_ELIGIBILITY,
  speaks,
} from './eligibility.ts';
import { computeGaps, type GapService } from './gaps.ts';
import {
  isOpenAt,
  isOpenAtLocal,
  localTimeIn,
  minutesOf,
  type OpeningHours,
  scheduleProblems,
  type Weekday,
} from './opening-hours.ts';
import { compareServices, type Rankable, rankServices } from './ranking.ts';
import { SERVICE_KINDS, supportPlanTypeOf } from './service-kinds.ts';

const eligibilityArb: fc.Arbitrary<Eligibility> = fc
  .record({
    a: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
    b: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
    genders: fc.subarray([...Gender]),
    exploitationTypes: fc.subarray([...TypeOfExploitation]),
  })
  .map(({ a, b, genders, exploitationTypes }) => ({
    ageMin: a !== null && b !== null ? Math.min(a, b) : a,
    ageMax: a !== null && b !== null ? Math.max(a, b) : b,
    genders,
    exploitationTypes,
  }));

const needArb: fc.Arbitrary<Need> = fc.record({
  age: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
  gender: fc.option(fc.constantFrom(...Gender), { nil: null }),
  exploitationTypes: fc.subarray([...TypeOfExploitation], { maxLength: 3 }),
});

describe('service kinds', () => {
  it('are 14, unique, each mapped to an HTCDS support-plan type and named in every locale', () => {
    expect(SERVICE_KINDS).toHaveLength(14);
    expect(new Set(SERVICE_KINDS.map((k) => k.kind)).size).toBe(14);
    for (const info of SERVICE_KINDS) {
      expect(SupportPlanType).toContain(supportPlanTypeOf(info.kind));
      for (const locale of LOCALES) expect(info.names[locale].trim()).not.toBe('');
      // Translated, not copied: the Cyrillic locales differ from English.
      expect(info.names.uk).not.toBe(info.names.en);
    }
  });

  it('leave no HTCDS support-plan type without a kind, except the two rehabilitation types', () => {
    const mapped = new Set<string>(SERVICE_KINDS.map((k) => k.supportPlanType));
    expect(SupportPlanType.filter((type) => !mapped.has(type))).toEqual([
      'LabourExploitationRehabilitation',
      'SexualExploitationRehabilitation',
    ]);
  });
});

describe('eligibility', () => {
  it('admits everyone when the service restricts nothing', () => {
    fc.assert(fc.property(needArb, (need) => isEligible(OPEN_ELIGIBILITY, need)));
  });

  it('never excludes a child about whom nothing is known', () => {
    fc.assert(fc.property(eligibilityArb, (eligibility) => isEligible(eligibility, {})));
  });

  it('forgetting a fact about the child never makes them ineligible', () => {
    fc.assert(
      fc.property(
        eligibilityArb,
        needArb,
        fc.constantFrom('age', 'gender', 'exploitationTypes'),
        (e, need, key) => {
          const less: Need = { ...need, [key]: key === 'exploitationTypes' ? [] : null };
          return !isEligible(e, need) || isEligible(e, less);
        },
      ),
    );
  });

  it('excludes exactly the ages outside the range', () => {
    fc.assert(
      fc.property(eligibilityArb, fc.integer({ min: 0, max: 25 }), (e, age) => {
        const outside = (e.ageMin !== null && age < e.ageMin) || (e.ageMax !== null && age > e.ageMax);
        return ineligibilityReasons(e, { age }).includes('age') === outside;
      }),
    );
  });

  it('needs one exploitation type in common, and the gender when one is listed', () => {
    const e: Eligibility = {
      ...OPEN_ELIGIBILITY,
      genders: ['Feminine'],
      exploitationTypes: ['SexualExploitation'],
    };
    expect(
      ineligibilityReasons(e, { gender: 'Masculine', exploitationTypes: ['ForcedCriminality'] }),
    ).toEqual(['gender', 'exploitation']);
    expect(
      isEligible(e, { gender: 'Feminine', exploitationTypes: ['ForcedCriminality', 'SexualExploitation'] }),
    ).toBe(true);
    expect(isEligible(e, { gender: 'NonSpecifiedUnknown' })).toBe(true);
  });

  it('treats a service listing no language as not excluding any', () => {
    expect(speaks([], 'ron')).toBe(true);
    expect(speaks(['ukr'], 'ron')).toBe(false);
    expect(speaks(['ukr', 'ron'], 'ron')).toBe(true);
    expect(speaks(['ukr'], undefined)).toBe(true);
  });
});

describe('opening hours', () => {
  const time = fc.integer({ min: 0, max: 1439 });
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const day = fc.constantFrom<Weekday>(1, 2, 3, 4, 5, 6, 7);

  it('round the clock is open at every instant in every zone', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true }),
        fc.constantFrom('Europe/Kyiv', 'Europe/Chisinau', 'Europe/Minsk'),
        (at, zone) => isOpenAt({ alwaysOpen: true, weekly: [] }, at, zone),
      ),
    );
  });

  it('an empty schedule is never open', () => {
    fc.assert(fc.property(day, time, (d, m) => !isOpenAtLocal({ alwaysOpen: false, weekly: [] }, d, m)));
  });

  it('is open from the opening minute up to, not including, the closing minute', () => {
    fc.assert(
      fc.property(day, time, time, time, (d, a, b, probe) => {
        fc.pre(a !== b);
        const hours: OpeningHours = {
          alwaysOpen: false,
          weekly: [{ day: d, opens: hhmm(a), closes: hhmm(b) }],
        };
        expect(isOpenAtLocal(hours, d, a)).toBe(true);
        if (a < b) {
          expect(isOpenAtLocal(hours, d, b)).toBe(false);
          expect(isOpenAtLocal(hours, d, probe)).toBe(probe >= a && probe < b);
        } else {
          // A night shift: open until `b` the next day (Sunday night runs into Monday).
          const next = ((d % 7) + 1) as Weekday;
          expect(isOpenAtLocal(hours, next, probe)).toBe(probe < b || (next === d && probe >= a));
        }
      }),
    );
  });

  it('reads the weekday and time in the country, not in UTC', () => {
    // Sunday 22:30 UTC in June is Monday 01:30 in Kyiv (UTC+3).
    expect(localTimeIn(new Date('2024-06-16T22:30:00Z'), 'Europe/Kyiv')).toEqual({ day: 1, minute: 90 });
    const weekdays: OpeningHours = {
      alwaysOpen: false,
      weekly: [{ day: 1, opens: '00:00', closes: '24:00' }],
    };
    expect(isOpenAt(weekdays, new Date('2024-06-16T22:30:00Z'), 'Europe/Kyiv')).toBe(true);
    expect(isOpenAt(weekdays, new Date('2024-06-16T22:30:00Z'), 'UTC')).toBe(false);
    expect(minutesOf('24:00')).toBe(1440);
  });

  it('finds problems in a schedule', () => {
    expect(
      scheduleProblems({ alwaysOpen: false, weekly: [{ day: 1, opens: '09:00', closes: '09:00' }] }),
    ).toEqual([{ index: 0, field: 'closes', message: expect.any(String) }]);
    expect(
      scheduleProblems({ alwaysOpen: false, weekly: [{ day: 2, opens: '25:00', closes: '10:00' }] })[0]
        ?.field,
    ).toBe('opens');
  });
});

describe('coverage and gaps', () => {
  const districts = childrenOf('UA-46').map((u) => u.code);
  const [first, second] = districts as [string, string];

  it('a region covers its districts; a district does not cover the region', () => {
    expect(covers(['UA-46'], first)).toBe(true);
    expect(covers(['UA'], first)).toBe(true);
    expect(covers([first], 'UA-46')).toBe(false);
    expect(covers([first], second)).toBe(false);
    expect(coveringCodes(first)).toEqual([first, 'UA-46', 'UA']);
    expect(coverageDistance([first, 'UA'], first)).toBe(0);
    expect(coverageDistance(['UA-46'], first)).toBe(1);
    expect(gapRowsOf('UA-46')).toEqual(districts);
    expect(searchCodes('UA-46')).toEqual(['UA-46', 'UA', ...districts]);
    expect(searchCodes(first)).toEqual([first, 'UA-46', 'UA']);
    expect(coverageDistance([first], 'UA-46')).toBe(2);
    expect(coverageDistance([second], first)).toBe(Number.POSITIVE_INFINITY);
  });

  const serviceArb: fc.Arbitrary<GapService> = fc.record({
    kind: fc.constantFrom('medical', 'guardianship'),
    active: fc.boolean(),
    freePlaces: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    units: fc.subarray(['UA', 'UA-46', ...districts], { minLength: 1, maxLength: 3 }),
  });

  it('a cell is a gap exactly when no active service of the kind covers the district', () => {
    fc.assert(
      fc.property(fc.array(serviceArb, { maxLength: 8 }), (services) => {
        const cells = computeGaps(districts, ['medical', 'guardianship'], services, covers);
        expect(cells).toHaveLength(districts.length * 2);
        for (const cell of cells) {
          const covering = services.filter(
            (s) => s.active && s.kind === cell.kind && covers(s.units, cell.unitCode),
          );
          expect(cell.services).toBe(covering.length);
          expect(cell.state === 'gap').toBe(covering.length === 0);
        }
      }),
    );
  });

  it('adding an active service never opens a gap', () => {
    fc.assert(
      fc.property(fc.array(serviceArb, { maxLength: 6 }), serviceArb, (services, extra) => {
        const gaps = (list: GapService[]) =>
          computeGaps(districts, ['medical', 'guardianship'], list, covers).filter((c) => c.state === 'gap')
            .length;
        return gaps([...services, extra]) <= gaps(services);
      }),
    );
  });
});

describe('accreditation and ranking', () => {
  it('is expired after its end date, accredited on it', () => {
    const a = { standard: 'MD GD 898/2015', number: '12', validUntil: '2025-03-31' };
    expect(accreditationState(a, '2025-03-31')).toBe('accredited');
    expect(accreditationState(a, '2025-04-01')).toBe('expired');
    expect(accreditationState({ ...a, validUntil: null }, '2099-01-01')).toBe('accredited');
    expect(accreditationState(null, '2025-01-01')).toBe('none');
  });

  const rankable: fc.Arbitrary<Rankable> = fc.record({
    name: fc.string({ maxLength: 5 }),
    coverageDistance: fc.integer({ min: 0, max: 2 }),
    openNow: fc.boolean(),
    freePlaces: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    accredited: fc.boolean(),
  });

  it('puts full services after every service with a place, whatever else', () => {
    fc.assert(
      fc.property(fc.array(rankable, { maxLength: 12 }), (list) => {
        const ranked = rankServices(list);
        const firstFull = ranked.findIndex((s) => s.freePlaces === 0);
        return firstFull === -1 || ranked.slice(firstFull).every((s) => s.freePlaces === 0);
      }),
    );
  });

  it('is a consistent order (antisymmetric)', () => {
    fc.assert(
      fc.property(
        rankable,
        rankable,
        (a, b) =>
          Math.sign(compareServices(a, b)) === -Math.sign(compareServices(b, a)) ||
          compareServices(a, b) === 0,
      ),
    );
  });
});
