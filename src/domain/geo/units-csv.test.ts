import { describe, expect, it } from 'vitest';
import { ADMIN_UNITS } from './index.ts';
import { GeoFileError } from './ua-cod.ts';
import { isUnitsCsv, parseUnitsCsv } from './units-csv.ts';

const HEADER = 'level,code,parent_code,name_en,name_uk,name_ru,name_ro,name_be';
// Two Moldovan communes of Orhei raion, one with a quoted name holding a comma.
const COMMUNES = `${HEADER}
community,MD-OR-peresecina-test,MD-OR,Peresecina,Пересічина,Пересечина,Peresecina,Перасечына
community,MD-OR-susleni,MD-OR,"Susleni, commune",Сусляни,Суслены,Susleni,Сусланы
`;

describe("Haven's own list of units", () => {
  it('is told apart from the P-code table by its header', () => {
    expect(isUnitsCsv(COMMUNES)).toBe(true);
    expect(isUnitsCsv('level,pcode,parent_pcode,name_uk,name_ru,name_en\n')).toBe(false);
  });

  it('reads units of one country with their five names under known parents', () => {
    const { country, units } = parseUnitsCsv(COMMUNES, ADMIN_UNITS);
    expect(country).toBe('MD');
    expect(units).toHaveLength(2);
    expect(units[1]).toEqual({
      code: 'MD-OR-susleni',
      parentCode: 'MD-OR',
      level: 'community',
      names: { en: 'Susleni, commune', uk: 'Сусляни', ru: 'Суслены', ro: 'Susleni', be: 'Сусланы' },
    });
  });

  it('accepts a parent listed later in the same file', () => {
    const text = `${HEADER}
community,BY-MI-minsk-test-sel,BY-MI-test,Test selsoviet,Тест,Тест,Test,Тэст
district,BY-MI-test,BY-MI,Test Raion,Тестовий район,Тестовый район,Raionul Test,Тэставы раён
`;
    expect(parseUnitsCsv(text, ADMIN_UNITS).units.map((unit) => unit.code)).toEqual([
      'BY-MI-minsk-test-sel',
      'BY-MI-test',
    ]);
  });

  it('refuses, with the line, what would break the tree', () => {
    const refused = (body: string) => () => parseUnitsCsv(`${HEADER}\n${body}\n`, ADMIN_UNITS);
    expect(() => parseUnitsCsv('level,code\n', ADMIN_UNITS)).toThrow(/missing columns/);
    expect(refused('village,MD-OR-x,MD-OR,X,X,X,X,X')).toThrow(/line 2: unknown level/);
    expect(refused('community,MD-OR-x,MD-ZZ,X,X,X,X,X')).toThrow(/line 2: unknown parent "MD-ZZ"/);
    expect(refused('community,MD-OR-x,MD-OR,X,X,X,,X')).toThrow(/line 2: the name in ro is missing/);
    expect(refused('community,md or x,MD-OR,X,X,X,X,X')).toThrow(/bad code/);
    expect(refused('community,MD-OR-x,MD-OR,X,X,X,X,X\ncommunity,BY-MI-x,BY-MI,X,X,X,X,X')).toThrow(
      /line 3: BY-MI-x is not in MD/,
    );
    expect(refused('community,MD-OR-x,MD-OR,X,X,X,X,X\ncommunity,MD-OR-x,MD-OR,X,X,X,X,X')).toThrow(
      /line 3: MD-OR-x is listed twice/,
    );
    expect(refused('')).toThrow(GeoFileError);
  });
});
