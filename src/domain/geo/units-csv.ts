import type { AdminLevel, AdminUnit } from './admin-unit.ts';
import { GeoFileError, parseCsvLine } from './ua-cod.ts';

// Haven's own list format, for any member country: one unit per line with its code, its parent's code
// and its name in the five languages (Moldova's communes, Belarus's selsoviets, or corrections). Ukraine's
// official P-code table has its own parser (ua-cod.ts). Pure: the caller reads the file.

export const UNITS_CSV_COLUMNS = [
  'level',
  'code',
  'parent_code',
  'name_en',
  'name_uk',
  'name_ru',
  'name_ro',
  'name_be',
] as const;

const LEVELS: ReadonlySet<string> = new Set<AdminLevel>(['region', 'district', 'community']);
const CODE = /^(UA|MD|BY)-[A-Za-z0-9][A-Za-z0-9-]*$/;

/** Is this the header of Haven's own format (rather than Ukraine's P-code table)? */
export function isUnitsCsv(text: string): boolean {
  const header = parseCsvLine(text.split(/\r?\n/, 1)[0] ?? '').map((cell) => cell.trim());
  return UNITS_CSV_COLUMNS.every((column) => header.includes(column));
}

/**
 * Parses the list. Every unit's parent is in the file (earlier lines or later: order does not matter)
 * or among the units Haven already knows, of the same country; a file holds one country. Throws
 * GeoFileError with the line number on anything else.
 */
export function parseUnitsCsv(
  text: string,
  existing: readonly AdminUnit[],
): { country: 'UA' | 'MD' | 'BY'; units: AdminUnit[] } {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = parseCsvLine(lines[0] ?? '').map((cell) => cell.trim());
  const at = UNITS_CSV_COLUMNS.map((column) => header.indexOf(column));
  const missing = UNITS_CSV_COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length > 0) throw new GeoFileError(`line 1: missing columns ${missing.join(', ')}`);
  const rows = lines.slice(1).map((line, i) => {
    const [level, code, parent, en, uk, ru, ro, be] = at.map((j) => (parseCsvLine(line)[j] ?? '').trim());
    return {
      line: i + 2,
      level: level!,
      code: code!,
      parent: parent!,
      names: { en: en!, uk: uk!, ru: ru!, ro: ro!, be: be! },
    };
  });
  if (rows.length === 0) throw new GeoFileError('the file lists no unit');
  const country = rows[0]!.code.slice(0, 2) as 'UA' | 'MD' | 'BY';
  const inFile = new Set<string>();
  for (const row of rows) {
    if (!LEVELS.has(row.level)) throw new GeoFileError(`line ${row.line}: unknown level "${row.level}"`);
    if (!CODE.test(row.code)) throw new GeoFileError(`line ${row.line}: bad code "${row.code}"`);
    if (!row.code.startsWith(`${country}-`))
      throw new GeoFileError(`line ${row.line}: ${row.code} is not in ${country}; one country per file`);
    if (inFile.has(row.code)) throw new GeoFileError(`line ${row.line}: ${row.code} is listed twice`);
    const empty = Object.entries(row.names).find(([, name]) => name === '');
    if (empty) throw new GeoFileError(`line ${row.line}: the name in ${empty[0]} is missing`);
    inFile.add(row.code);
  }
  const known = new Set(existing.filter((unit) => unit.code.startsWith(country)).map((unit) => unit.code));
  for (const row of rows) {
    if (row.parent !== country && !inFile.has(row.parent) && !known.has(row.parent))
      throw new GeoFileError(`line ${row.line}: unknown parent "${row.parent}"`);
    if (row.parent === row.code) throw new GeoFileError(`line ${row.line}: ${row.code} is its own parent`);
  }
  return {
    country,
    units: rows.map((row) => ({
      code: row.code,
      parentCode: row.parent,
      level: row.level as AdminLevel,
      names: row.names,
    })),
  };
}
