import type { AdminLevel, AdminUnit } from './admin-unit.ts';
import { UA_REGIONS } from './ua-regions.ts';

// Ukraine's full list of units from the OCHA COD-AB P-code table (reference/geo/ua-admin-units.csv). Pure:
// the caller reads the file. Units Haven already had keep their codes (cases reference them): the
// first level by ISO 3166-2, raions and hromadas of the earlier subset by their Ukrainian name under
// the same parent. Every other unit's code is its P-code, which is stable and official.

export type CodUnit = AdminUnit & { pcode: string };

export class GeoFileError extends Error {}

const COLUMNS = ['level', 'pcode', 'parent_pcode', 'name_uk', 'name_ru', 'name_en'] as const;
const LEVELS: Record<string, AdminLevel> = { oblast: 'region', raion: 'district', hromada: 'community' };

// P-codes of the first level follow KOATUU, which ISO 3166-2:UA follows too, except for these five.
const ISO_OF_PCODE: Record<string, string> = {
  UA01: 'UA-43',
  UA44: 'UA-09',
  UA73: 'UA-77',
  UA80: 'UA-30',
  UA85: 'UA-40',
};

function isoOf(pcode: string): string {
  return ISO_OF_PCODE[pcode] ?? `UA-${pcode.slice(2)}`;
}

const WORDS = {
  district: {
    uk: 'район',
    ru: 'район',
    en: (s: string) => `${s} Raion`,
    ro: (s: string) => `Raionul ${s}`,
    be: 'раён',
  },
  community: {
    uk: 'громада',
    ru: 'громада',
    en: (s: string) => `${s} hromada`,
    ro: (s: string) => `Comunitatea ${s}`,
    be: 'грамада',
  },
} as const;

/** Names in Haven's five locales. Romanian uses the national Latin name, Belarusian the Ukrainian one
 * (no published Belarusian list exists); both are proper names, not translations. */
function namesOf(level: 'district' | 'community', uk: string, ru: string, en: string): AdminUnit['names'] {
  const w = WORDS[level];
  return { en: w.en(en), uk: `${uk} ${w.uk}`, ru: `${ru || uk} ${w.ru}`, ro: w.ro(en), be: `${uk} ${w.be}` };
}

/** The first word of a Ukrainian name, folded, for matching the earlier subset ("Ізмаїльська міська"). */
function stem(name: string): string {
  return (name.split(/\s+/)[0] ?? '').toLowerCase().replace(/[’'ʼ]/g, '');
}

export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') cells.push(cell), (cell = '');
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * Parses the P-code table. `existing` are the units Haven already knows (their codes are kept).
 * Throws GeoFileError with the line number on a malformed file.
 */
export function parseUaCod(text: string, existing: readonly AdminUnit[]): CodUnit[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = parseCsvLine(lines[0] ?? '');
  const at = COLUMNS.map((c) => header.indexOf(c));
  const missing = COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length > 0) throw new GeoFileError(`line 1: missing columns ${missing.join(', ')}`);
  const codeOfPcode = new Map<string, string>();
  const known = new Map<string, AdminUnit>(); // parent code + Ukrainian stem → existing unit
  for (const unit of existing)
    if (unit.parentCode) known.set(`${unit.parentCode}|${stem(unit.names.uk)}`, unit);
  const units: CodUnit[] = [];
  const order: Record<AdminLevel, number> = { country: 0, region: 1, district: 2, community: 3 };
  const rows = lines.slice(1).map((line, i) => {
    const cells = parseCsvLine(line);
    const [level, pcode, parent, uk, ru, en] = at.map((j) => (cells[j] ?? '').trim());
    const adminLevel = LEVELS[level!];
    if (!adminLevel) throw new GeoFileError(`line ${i + 2}: unknown level "${level}"`);
    if (!/^UA\d{2}(\d{2}(\d{3})?)?$/.test(pcode!))
      throw new GeoFileError(`line ${i + 2}: bad P-code "${pcode}"`);
    return { line: i + 2, level: adminLevel, pcode: pcode!, parent: parent!, uk: uk!, ru: ru!, en: en! };
  });
  rows.sort((a, b) => order[a.level] - order[b.level]);
  for (const row of rows) {
    if (row.level === 'region') {
      const code = isoOf(row.pcode);
      const region = UA_REGIONS.find((r) => r.code === code);
      if (!region) throw new GeoFileError(`line ${row.line}: no first-level unit ${code} for ${row.pcode}`);
      codeOfPcode.set(row.pcode, code);
      units.push({ ...region, pcode: row.pcode });
      continue;
    }
    const parentCode = codeOfPcode.get(row.parent);
    if (!parentCode) throw new GeoFileError(`line ${row.line}: unknown parent "${row.parent}"`);
    if (!row.uk || !row.en)
      throw new GeoFileError(`line ${row.line}: a name in Ukrainian and English is required`);
    const earlier = known.get(`${parentCode}|${stem(row.uk)}`);
    codeOfPcode.set(row.pcode, earlier?.code ?? row.pcode);
    units.push({
      code: earlier?.code ?? row.pcode,
      parentCode,
      level: row.level,
      // the earlier subset's names were written by hand in five languages: keep them
      names: earlier?.names ?? namesOf(row.level as 'district' | 'community', row.uk, row.ru, row.en),
      pcode: row.pcode,
    });
  }
  return units;
}
