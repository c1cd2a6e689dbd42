import { readFileSync } from 'node:fs';
import { parsePartialDate } from '../../src/domain/linkage/compare/dates.ts';
import type { PersonRecord } from '../../src/domain/linkage/record.ts';

// FEBRL's columns are not Haven's: map given_name → givenName, surname → familyName, date_of_birth
// (YYYYMMDD, sometimes invalid) → birthDate, suburb → birthPlace (the only place-like field). Street
// address, postcode, state and social security number have no Haven counterpart and are not used.
export interface FebrlRecord extends PersonRecord {
  entity: string;
}

export function loadFebrl(path: string, limit = Number.POSITIVE_INFINITY): FebrlRecord[] {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0);
  const header = lines[0]!.split(',').map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  const records: FebrlRecord[] = [];
  for (const line of lines.slice(1, Number.isFinite(limit) ? limit + 1 : undefined)) {
    const cells = line.split(',').map((c) => c.trim());
    const id = cells[col('rec_id')]!;
    const dob = cells[col('date_of_birth')] ?? '';
    const parsed =
      dob.length === 8
        ? parsePartialDate(`${dob.slice(0, 4)}-${dob.slice(4, 6)}-${dob.slice(6)}`)
        : undefined;
    records.push({
      id,
      entity: id.replace(/-(org|dup-\d+)$/, ''),
      givenName: cells[col('given_name')] || undefined,
      familyName: cells[col('surname')] || undefined,
      birthDate: parsed && !('error' in parsed) ? parsed : undefined,
      birthPlace: cells[col('suburb')] || undefined,
    });
  }
  return records;
}
