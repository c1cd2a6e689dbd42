import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_UNITS, childrenOf, findUnit, isWithin } from '../../src/domain/geo/index.ts';
import { GeoFileError, parseUaCod } from '../../src/domain/geo/ua-cod.ts';
import { parseUnitsCsv } from '../../src/domain/geo/units-csv.ts';
import type { Database } from '../../src/server/db/database.ts';
import { bundledGeography, upsertUnits } from '../../src/server/reference/reference-sync.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// Ukraine's full list from reference/geo (the template database was synced from it in global setup), and
// `haven geo import`'s upsert: updated names, new units, retired ones kept.
const CSV = readFileSync(new URL('../../reference/geo/ua-admin-units.csv', import.meta.url), 'utf8');
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("Ukraine's full geography", () => {
  const units = bundledGeography();

  it('holds 27 first-level units, 139 raions and 1,769 hromadas, each under a known parent', () => {
    const count = (level: string) => units.filter((u) => u.level === level).length;
    expect([count('region'), count('district'), count('community')]).toEqual([27, 139, 1769]);
    for (const unit of units) expect(unit.parentCode && findUnit(unit.parentCode)).toBeTruthy();
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
  });

  it('keeps the codes and names of the units cases already use, and adds their P-codes', () => {
    const izmail = units.find((u) => u.pcode === 'UA5108')!;
    expect(izmail.code).toBe('UA-51-izmail');
    expect(izmail.names).toEqual(ADMIN_UNITS.find((u) => u.code === 'UA-51-izmail')!.names);
    expect(units.find((u) => u.code === 'UA-51-izmail-reni')?.pcode).toMatch(/^UA5108\d{3}$/);
    expect(units.find((u) => u.pcode === 'UA80')!.code).toBe('UA-30');
    for (const unit of ADMIN_UNITS.filter((u) => u.code.startsWith('UA-')))
      expect(findUnit(unit.code)).toBeDefined();
  });

  it('puts every new unit in the tree that authorisation reads', () => {
    const hromada = units.find((u) => u.pcode === 'UA5104003')!; // Дивізійська, Bilhorod-Dnistrovskyi raion
    expect(hromada.names.uk).toBe('Дивізійська громада');
    expect(hromada.parentCode).toBe('UA-51-bilhorod-dnistrovskyi');
    expect(isWithin(hromada.code, 'UA-51')).toBe(true);
    expect(isWithin(hromada.code, 'UA-46')).toBe(false);
    expect(childrenOf('UA-51-bilhorod-dnistrovskyi').length).toBeGreaterThan(5);
  });

  it('is in the database after the reference sync', async () => {
    const row = await database.db
      .selectFrom('admin_units')
      .select(['code', 'pcode', 'retired_at'])
      .where('pcode', '=', 'UA5104003')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ code: 'UA5104003', pcode: 'UA5104003', retired_at: null });
  });

  it('refuses a malformed file with the line', () => {
    expect(() => parseUaCod('level,pcode\n', ADMIN_UNITS)).toThrow(GeoFileError);
    expect(() =>
      parseUaCod('level,pcode,parent_pcode,name_uk,name_ru,name_en\nraion,UA9999,UA98,А,А,A\n', ADMIN_UNITS),
    ).toThrow(/line 2: unknown parent/);
  });

  it('imports an updated list: renamed and new units, dropped ones retired, cases untouched', async () => {
    const db = database.db;
    const cases = await db.selectFrom('cases').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const lines = CSV.trim().split('\n');
    const dropped = lines.find((l) => l.startsWith('hromada,UA5104005'))!;
    const updated = [
      ...lines
        .filter((l) => l !== dropped)
        .map((l) => (l.startsWith('hromada,UA5104003') ? l.replace('Дивізійська', 'Нова Дивізійська') : l)),
      'hromada,UA5104099,UA5104,Тестова,Тестовая,Testova,,',
    ].join('\n');
    const result = await upsertUnits(db, parseUaCod(updated, ADMIN_UNITS), { retireOthersOf: 'UA' });
    expect(result.retired).toBe(1);
    const rows = await db
      .selectFrom('admin_units')
      .select(['pcode', 'names', 'retired_at'])
      .where('pcode', 'in', ['UA5104003', 'UA5104005', 'UA5104099'])
      .orderBy('pcode')
      .execute();
    expect(rows.map((r) => [r.pcode, r.names.uk, r.retired_at !== null])).toEqual([
      ['UA5104003', 'Нова Дивізійська громада', false],
      ['UA5104005', 'Кароліно-Бугазька громада', true],
      ['UA5104099', 'Тестова громада', false],
    ]);
    // listed again, the unit is current again
    await upsertUnits(db, parseUaCod(CSV, ADMIN_UNITS), { retireOthersOf: 'UA' });
    const back = await db
      .selectFrom('admin_units')
      .select('retired_at')
      .where('pcode', '=', 'UA5104005')
      .executeTakeFirstOrThrow();
    expect(back.retired_at).toBeNull();
    expect(await db.selectFrom('cases').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(
      cases,
    );
  });

  it("loads Haven's own list for another country: new communes under a raion, nothing else retired", async () => {
    const db = database.db;
    const before = await db
      .selectFrom('admin_units')
      .select(db.fn.countAll().as('n'))
      .where('country', '=', 'MD')
      .where('retired_at', 'is', null)
      .executeTakeFirstOrThrow();
    const list = `level,code,parent_code,name_en,name_uk,name_ru,name_ro,name_be
community,MD-OR-susleni,MD-OR,Susleni,Сусляни,Суслены,Susleni,Сусланы
community,MD-OR-ghetlova,MD-OR,Ghetlova,Гетлова,Гетлова,Ghetlova,Гетлава
`;
    const { units } = parseUnitsCsv(list, ADMIN_UNITS);
    expect(await upsertUnits(db, units)).toEqual({ upserted: 2, retired: 0 });
    const rows = await db
      .selectFrom('admin_units')
      .select(['code', 'parent_code', 'names'])
      .where('code', 'in', ['MD-OR-susleni', 'MD-OR-ghetlova'])
      .orderBy('code')
      .execute();
    expect(rows.map((row) => [row.code, row.parent_code, row.names.ro])).toEqual([
      ['MD-OR-ghetlova', 'MD-OR', 'Ghetlova'],
      ['MD-OR-susleni', 'MD-OR', 'Susleni'],
    ]);
    const after = await db
      .selectFrom('admin_units')
      .select(db.fn.countAll().as('n'))
      .where('country', '=', 'MD')
      .where('retired_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 2);
  });
});
