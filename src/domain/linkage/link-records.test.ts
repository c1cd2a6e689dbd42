import { describe, expect, it } from 'vitest';
import { dedupeRecords, findPossibleDuplicates, matchRecords } from './link-records.ts';
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
});
