import { readFileSync } from 'node:fs';
import { parsePartialDate } from '../../../domain/linkage/compare/dates.ts';
import { type PersonRecord, parseSex } from '../../../domain/linkage/record.ts';
import { type CsvCell, parseCsv } from './csv.ts';
import { InputError } from './errors.ts';

export const RECORD_COLUMNS = [
  'id',
  'given_name',
  'family_name',
  'patronymic',
  'sex',
  'birth_date',
  'birth_place',
  'citizenship',
] as const;
type Column = (typeof RECORD_COLUMNS)[number];

export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code;
    throw new InputError(`cannot read input: ${reason ?? 'unknown error'}`, file);
  }
}

function header(cells: CsvCell[], file: string): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((cell, index) => {
    const name = cell.value.trim().toLowerCase();
    if (!(RECORD_COLUMNS as readonly string[]).includes(name)) {
      throw new InputError(
        `unknown column "${cell.value}"; expected some of: ${RECORD_COLUMNS.join(', ')}`,
        file,
        cell.line,
        cell.column,
      );
    }
    if (columns.has(name as Column))
      throw new InputError(`column "${name}" appears twice`, file, cell.line, cell.column);
    columns.set(name as Column, index);
  });
  if (!columns.has('id')) throw new InputError('the header has no "id" column', file, 1, 1);
  return columns;
}

/** Reads a Haven person CSV; throws InputError pointing at the first bad cell. */
export function readRecordsCsv(file: string): PersonRecord[] {
  const rows = parseCsv(readText(file), file);
  if (rows.length === 0) throw new InputError('the file is empty (a header line is required)', file, 1, 1);
  const columns = header(rows[0]!, file);
  const seenIds = new Map<string, number>();
  return rows.slice(1).map((row) => {
    const first = row[0]!;
    if (row.length !== rows[0]!.length) {
      throw new InputError(
        `expected ${rows[0]!.length} cells, found ${row.length}`,
        file,
        first.line,
        first.column,
      );
    }
    const cell = (c: Column) => {
      const index = columns.get(c);
      return index === undefined ? undefined : row[index]!;
    };
    const text = (c: Column) => cell(c)?.value.trim() || undefined;
    const idCell = cell('id')!;
    const id = idCell.value.trim();
    if (!id) throw new InputError('empty id', file, idCell.line, idCell.column);
    const earlier = seenIds.get(id);
    if (earlier !== undefined) {
      throw new InputError(`id "${id}" already used on line ${earlier}`, file, idCell.line, idCell.column);
    }
    seenIds.set(id, idCell.line);
    const record: PersonRecord = { id };
    const set = <K extends keyof PersonRecord>(key: K, value: PersonRecord[K] | undefined) => {
      if (value !== undefined) record[key] = value;
    };
    set('givenName', text('given_name'));
    set('familyName', text('family_name'));
    set('patronymic', text('patronymic'));
    set('birthPlace', text('birth_place'));
    set('citizenship', text('citizenship'));
    const sexText = text('sex');
    if (sexText) {
      const sex = parseSex(sexText);
      const at = cell('sex')!;
      if (sex === undefined)
        throw new InputError(`unrecognised sex "${sexText}" (use m or f)`, file, at.line, at.column);
      if (sex !== null) record.sex = sex;
    }
    const dateText = text('birth_date');
    if (dateText) {
      const date = parsePartialDate(dateText);
      const at = cell('birth_date')!;
      if ('error' in date) throw new InputError(date.error, file, at.line, at.column);
      record.birthDate = date;
    }
    return record;
  });
}
