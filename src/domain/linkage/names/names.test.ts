import { describe, expect, it } from 'vitest';
import { daitchMokotoff } from './daitch-mokotoff.ts';
import { canonicalGivenName, givenNameGroups, shareGivenNameGroup } from './given-names.ts';
import { normaliseNames } from './person-name.ts';
import { normaliseCountry, normalisePlace } from './places.ts';
import { skeleton } from './transliterate.ts';

const groups = (name: string) => givenNameGroups(skeleton(name));

describe('given-name dictionary', () => {
  it.each([
    ['Олександр', 'Alexandru'],
    ['Александр', 'Аляксандр'],
    ['Дмитро', 'Dumitru'],
    ['Дзмітрый', 'Дмитрий'],
    ['Михайло', 'Mihai'],
    ['Іван', 'Ion'],
    ['Ганна', 'Anna'],
    ['Олена', 'Alena'],
    ['Юрій', 'Iurie'],
  ])('%s and %s are the same name', (a, b) => {
    expect(shareGivenNameGroup(groups(a), groups(b))).toBe(true);
  });

  it('keeps unrelated names apart and gives unknown names their skeleton', () => {
    expect(shareGivenNameGroup(groups('Олександр'), groups('Дмитро'))).toBe(false);
    expect(canonicalGivenName(skeleton('Zbigniew'))).toBe('zbignev');
  });
});

describe('person names', () => {
  it('moves a patronymic typed into the given-name cell into its own field', () => {
    const n = normaliseNames('Іван Петрович', 'Шевченко');
    expect(n.given).toEqual(['ivan']);
    expect(n.patronymic).toBe('petrovich');
  });

  it('links patronymics through the father’s name across languages', () => {
    const uk = normaliseNames('Олена', 'Ткач', 'Олександрівна');
    const ro = normaliseNames('Elena', 'Tcaci', 'Alexandrovna');
    expect(shareGivenNameGroup(uk.patronymicGroups, ro.patronymicGroups)).toBe(true);
    const ru = normaliseNames('Иван', 'Ткач', 'Николаевич');
    const ua = normaliseNames('Іван', 'Ткач', 'Миколайович');
    expect(shareGivenNameGroup(ru.patronymicGroups, ua.patronymicGroups)).toBe(true);
  });

  it('drops maiden-name markers but keeps both family names', () => {
    expect(normaliseNames(undefined, 'Popescu (născută Rusu)').family).toEqual([skeleton('Popescu'), 'rusu']);
  });
});

describe('Daitch–Mokotoff', () => {
  it.each([
    ['Moskowitz', ['645740']],
    ['Peters', ['739400', '734000']],
    ['Auerbach', ['097500', '097400']],
    ['Schwarzenegger', ['479465', '474659']],
  ])('codes %s as published', (name, codes) => {
    expect(daitchMokotoff(name).sort()).toEqual([...codes].sort());
  });
});

describe('places and countries', () => {
  it('maps language variants and drops settlement words', () => {
    expect(normalisePlace('м. Київ')).toEqual(normalisePlace('Kiev'));
    expect(normalisePlace('mun. Chişinău, Moldova')).toEqual(normalisePlace('Кишинёв'));
    expect(normaliseCountry('Україна')).toBe('UA');
    expect(normaliseCountry('Republica Moldova'.split(' ')[1])).toBe('MD');
  });
});
