import type { z } from 'zod';
import { ancestorsOf } from '../../domain/geo/index.ts';
import type { PersonRecord } from '../../domain/linkage/record.ts';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import { nameBirthKey, nameKeys } from './name-search.ts';
import { type AGE_BANDS, sensitiveIdentity } from './cases.schemas.ts';

// Turning the identity a worker typed into what the database keeps: ciphertext, blind-index keys and
// the few coarse values (birth years, gender, place) that lists filter on.

export type SensitiveIdentity = z.infer<typeof sensitiveIdentity>;
export const SENSITIVE_CONTEXT = 'cases.sensitive_identity';

export function sealIdentity(cipher: FieldCipher, identity: SensitiveIdentity) {
  const exactBirth = identity.birthDate.kind === 'exact' ? identity.birthDate.date : null;
  const key = nameBirthKey(identity.names, exactBirth);
  return {
    sensitiveIdentity: cipher.encrypt(JSON.stringify(identity), SENSITIVE_CONTEXT),
    nameCount: identity.names.length,
    nameKeys: nameKeys(identity.names).map((k) => cipher.blindIndex(k, 'case-name')),
    documentKeys: identity.documents.map((d) =>
      cipher.blindIndex(normaliseDocumentNumber(d.number), 'case-document'),
    ),
    nameBirthKey: key ? cipher.blindIndex(key, 'case-name-birth') : null,
    ...birthYears(identity.birthDate),
  };
}

export function openSealedIdentity(cipher: FieldCipher, sealed: string): SensitiveIdentity {
  return sensitiveIdentity.parse(JSON.parse(cipher.decrypt(sealed, SENSITIVE_CONTEXT)));
}

/** Documents are typed with spaces, dashes and mixed case: "АВ 123456" = "ab-123456". */
export function normaliseDocumentNumber(number: string): string {
  return number.toUpperCase().replace(/[^0-9A-ZА-ЯІЇЄҐЎ]/g, '');
}

export function birthYears(birthDate: SensitiveIdentity['birthDate']): {
  birthYearFrom: number | null;
  birthYearTo: number | null;
} {
  if (birthDate.kind === 'exact') {
    const year = Number(birthDate.date.slice(0, 4));
    return { birthYearFrom: year, birthYearTo: year };
  }
  if (birthDate.kind === 'estimated')
    return {
      birthYearFrom: Number(birthDate.from.slice(0, 4)),
      birthYearTo: Number(birthDate.to.slice(0, 4)),
    };
  return { birthYearFrom: null, birthYearTo: null };
}

export type AgeBand = (typeof AGE_BANDS)[number];

/** Age bands of the child protection system; an estimated range counts by its middle. */
export function ageBandOf(from: number | null, to: number | null, today = new Date()): AgeBand {
  if (from === null || to === null) return 'unknown';
  const age = today.getUTCFullYear() - Math.round((from + to) / 2);
  if (age <= 8) return '0-8';
  if (age <= 13) return '9-13';
  if (age <= 17) return '14-17';
  return '18+';
}

/** Birth years whose middle falls in a band, for list filters. */
export function birthYearsOfBand(
  band: Exclude<AgeBand, 'unknown'>,
  today = new Date(),
): { from: number; to: number } {
  const year = today.getUTCFullYear();
  const [low, high] = band === '18+' ? [18, 150] : band.split('-').map(Number);
  return { from: year - (high ?? 150), to: year - (low ?? 0) };
}

export function regionOf(unitCode: string): string | null {
  return ancestorsOf(unitCode).find((unit) => unit.level === 'region')?.code ?? null;
}

/** The linkage engine's view of one child, for duplicate checks. */
export function toPersonRecord(
  id: string,
  identity: SensitiveIdentity,
  gender: string | undefined,
): PersonRecord {
  const name = identity.names[0];
  const birth = identity.birthDate;
  const date =
    birth.kind === 'exact'
      ? birth.date
      : birth.kind === 'estimated' && birth.from.slice(0, 4) === birth.to.slice(0, 4)
        ? birth.from.slice(0, 4)
        : null;
  return {
    id,
    givenName: name?.given || undefined,
    familyName: name?.family || undefined,
    patronymic: name?.patronymic,
    sex: gender === 'Masculine' ? 'm' : gender === 'Feminine' ? 'f' : undefined,
    birthDate: date
      ? {
          year: Number(date.slice(0, 4)),
          ...(date.length === 10 ? { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) } : {}),
        }
      : undefined,
  };
}
