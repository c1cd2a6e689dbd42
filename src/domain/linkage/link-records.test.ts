import { describe, expect, it } from 'vitest';
import { dedupeRecords, findPossibleDuplicates, matchRecords, THRESHOLDS } from './link-records.ts';
import { boundM, defaultModel, MAX_WEIGHT, scoreVector } from './model/fellegi-sunter.ts';
import type { PersonRecord } from './record.ts';

const records: PersonRecord[] = [
  {
    id: '1',
    givenName: 'Олександр',
    familyName: 'Гордейчук',
    patronymic: 'Іванович',
    sex: 'm',
    birthDate: { year: 2012, month: 3, day: 4 },
    birthPlace: 'м. Київ',
  },
  {
    id: '2',
    givenName: 'Alexandru',
    familyName: 'Gordeiciuc',
    patronymic: 'Ivanovici',
    sex: 'm',
    birthDate: { year: 2012, month: 4, day: 3 },
    birthPlace: 'Chiev',
  },
  {
    id: '3',
    givenName: 'Дмитро',
    familyName: 'Шевченко',
    sex: 'm',
    birthDate: { year: 2010 },
    birthPlace: 'Львів',
  },
  {
    id: '4',
    givenName: 'Maria',
    familyName: 'Popescu',
    sex: 'f',
    birthDate: { year: 2015, month: 6, day: 1 },
  },
  {
    id: '5',
    givenName: 'Марія',
    familyName: 'Попеску',
    sex: 'f',
    birthDate: { year: 2015, month: 6, day: 1 },
  },
  {
    id: '6',
    givenName: 'Ганна',
    familyName: 'Попеску',
    sex: 'f',
    birthDate: { year: 2013, month: 2, day: 9 },
  },
  { id: '7', givenName: 'Ion', familyName: 'Rusu', sex: 'm', birthDate: { year: 2009, month: 11, day: 30 } },
];

describe('Fellegi–Sunter linkage', () => {
  it('finds cross-script duplicates and explains every pair field by field', () => {
    const pairs = dedupeRecords(records);
    const found = pairs.map((p) => [p.idA, p.idB].sort().join('-'));
    expect(found).toContain('1-2');
    expect(found).toContain('4-5');
    expect(found).not.toContain('5-6'); // siblings share a surname, not an identity
    const explained = pairs.find((p) => p.idA === '1' && p.idB === '2')!;
    const date = explained.fields.find((f) => f.field === 'birthDate')!;
    expect(date.level).toBe('day-month-swapped');
    expect(explained.fields.find((f) => f.field === 'givenName')!.level).toBe('equivalent');
    expect(explained.totalWeight).toBeGreaterThan(0);
  });

  it('matches two files one-to-one', () => {
    const left = [records[0]!, records[3]!];
    const right = records.filter((r) => !left.includes(r));
    const pairs = matchRecords(left, right);
    const ids = pairs.map((p) => `${p.idA}-${p.idB}`).sort();
    expect(ids).toEqual(['1-2', '4-5']);
  });

  it('lists possible duplicates of a new record, probable ones first', () => {
    const candidate: PersonRecord = {
      id: 'new',
      givenName: 'Oleksandr',
      familyName: 'Hordeichuk',
      birthDate: { year: 2012, month: 3, day: 4 },
    };
    const found = findPossibleDuplicates(candidate, records);
    expect(found[0]!.idB).toBe('1');
    expect(found[0]!.classification).toBe('probable');
    expect(found.map((p) => p.idB)).not.toContain('7');
  });

  // Two hundred children, a few registered twice; many of the rest share a birth date and sex with
  // another child. EM over blocked pairs must not learn "same birth date = same child" from them.
  const crowd: PersonRecord[] = [];
  const given = [
    'Олена',
    'Марія',
    'Ірина',
    'Софія',
    'Анна',
    'Дарина',
    'Вікторія',
    'Катерина',
    'Юлія',
    'Поліна',
  ];
  const family = [
    'Бондар',
    'Ткаченко',
    'Мельник',
    'Шевчук',
    'Поліщук',
    'Коваль',
    'Лисенко',
    'Савчук',
    'Гнатюк',
    'Рудь',
    'Климчук',
    'Остапенко',
  ];
  for (let i = 0; i < 200; i++) {
    crowd.push({
      id: `c${i}`,
      givenName: given[i % given.length]!,
      familyName: family[(i * 7) % family.length]!,
      sex: 'f',
      birthDate: { year: 2012, month: 1 + (i % 3), day: 1 + (i % 5) },
    });
  }
  crowd.push({
    id: 'dup0',
    givenName: 'Olena',
    familyName: 'Bondar',
    sex: 'f',
    birthDate: { year: 2012, month: 1, day: 1 },
  });

  it('does not match on a birth date and sex alone, however many children share them', () => {
    const pairs = dedupeRecords(crowd, { threshold: 0 });
    const byIds = (a: string, b: string) =>
      pairs.find((p) => [p.idA, p.idB].sort().join() === [a, b].sort().join());
    expect(byIds('c0', 'dup0')!.classification).toBe('probable');
    for (const p of pairs) {
      const level = (f: string) => p.fields.find((x) => x.field === f)!.level;
      if (level('givenName') === 'disagree' && level('familyName') === 'disagree')
        expect(p.score).toBeLessThanOrEqual(0.1);
      if (level('birthDate') === 'disagree' || level('givenName') === 'disagree')
        expect(p.score).toBeLessThanOrEqual(0.45);
    }
    // the same date and sex with nothing in common in the names: never shown
    expect(byIds('c0', 'c15')).toBeDefined();
    expect(byIds('c0', 'c15')!.score).toBeLessThanOrEqual(0.1);
  });

  it('keeps a namesake born years apart and a twin below the batch cut', () => {
    const family: PersonRecord[] = [
      {
        id: 'a',
        givenName: 'Данило',
        familyName: 'Савчук',
        patronymic: 'Петрович',
        sex: 'm',
        birthDate: { year: 2016, month: 3, day: 16 },
      },
      {
        id: 'b',
        givenName: 'Данило',
        familyName: 'Савчук',
        patronymic: 'Петрович',
        sex: 'm',
        birthDate: { year: 2011, month: 9, day: 2 },
      },
      {
        id: 'c',
        givenName: 'Богдан',
        familyName: 'Савчук',
        patronymic: 'Петрович',
        sex: 'm',
        birthDate: { year: 2016, month: 3, day: 16 },
      },
      {
        id: 'd',
        givenName: 'Danylo',
        familyName: 'Savchuk',
        patronymic: 'Petrovych',
        sex: 'm',
        birthDate: { year: 2016, month: 3, day: 16 },
      },
    ];
    const pairs = dedupeRecords(family, { threshold: 0 });
    const score = (x: string, y: string) => pairs.find((p) => p.idA === x && p.idB === y)?.score ?? 0;
    expect(score('a', 'd')).toBeGreaterThanOrEqual(THRESHOLDS.probable);
    expect(score('a', 'b')).toBeLessThan(THRESHOLDS.batchDefault);
    expect(score('a', 'c')).toBeLessThan(THRESHOLDS.batchDefault);
    const lenient = dedupeRecords(family, { threshold: 0, allowContradictions: true });
    expect(lenient.find((p) => p.idA === 'a' && p.idB === 'c')!.score).toBeGreaterThan(score('a', 'c'));
  });
});

describe('weights and m stay bounded', () => {
  it('caps each weight and the m of an outright disagreement', () => {
    const model = defaultModel();
    model.fields.birthDate.u = [1e-9, 0.0001, 0.003, 0.05, 0.0006, 0.946];
    const v = Int8Array.of(5, 5, -1, 0, 0, -1, -1);
    const s = scoreVector(model, v);
    expect(s.fields.find((f) => f.field === 'birthDate')!.weight).toBe(MAX_WEIGHT.birthDate);
    expect(boundM('givenName', [0.2, 0.1, 0.05, 0.05, 0.1, 0.5])).toEqual([
      expect.closeTo(0.352, 3),
      expect.closeTo(0.176, 3),
      expect.closeTo(0.088, 3),
      expect.closeTo(0.088, 3),
      expect.closeTo(0.176, 3),
      0.12,
    ]);
    expect(boundM('givenName', [0.6, 0.1, 0.1, 0.1, 0.05, 0.05])).toEqual([0.6, 0.1, 0.1, 0.1, 0.05, 0.05]);
  });
});
