import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, parsePartialDate } from './dates.ts';
import { jaro, jaroWinkler } from './jaro-winkler.ts';

const date = (s: string) => {
  const d = parsePartialDate(s);
  if ('error' in d) throw new Error(d.error);
  return d;
};

describe('Jaro–Winkler', () => {
  it('matches published values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('is symmetric, bounded and 1 on equal non-empty strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaro(a, b)).toBeCloseTo(jaro(b, a), 12);
        if (a.length > 0) expect(jaroWinkler(a, a)).toBe(1);
      }),
    );
  });
});

describe('dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parsePartialDate('2012')).toEqual({ year: 2012 });
    expect(parsePartialDate('2012-03')).toEqual({ year: 2012, month: 3 });
    expect(parsePartialDate('2012-02-29')).toEqual({ year: 2012, month: 2, day: 29 });
    expect(parsePartialDate('2013-02-29')).toHaveProperty('error');
    expect(parsePartialDate('12.03.2012')).toHaveProperty('error');
  });

  it.each([
    ['2012-03-04', '2012-03-04', 'exact'],
    ['2012-03-04', '2012-04-03', 'day-month-swapped'],
    ['2012-03-04', '2012-03-07', 'one-digit-off'],
    ['2012-03-04', '2013-03-04', 'one-digit-off'],
    ['2010-03-04', '2009-03-04', 'year-off-by-one'],
    ['2012', '2012-03-04', 'same-year-partial'],
    ['2012-03', '2012-03-04', 'same-year-partial'],
    ['2012-05', '2012-03-04', 'disagree'],
    ['2011-08-19', '2012-03-04', 'disagree'],
  ])('%s vs %s is %s', (a, b, expected) => {
    expect(compareDates(date(a), date(b))).toBe(expected);
    expect(compareDates(date(b), date(a))).toBe(expected);
  });

  it('reports missing dates', () => {
    expect(compareDates(undefined, date('2012'))).toBe('missing');
  });
});
