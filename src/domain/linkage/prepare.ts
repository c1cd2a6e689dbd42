import type { PartialDate } from './compare/dates.ts';
import { type NormalisedNames, normaliseNames } from './names/person-name.ts';
import { normaliseCountry, normalisePlace } from './names/places.ts';
import type { PersonRecord, Sex } from './record.ts';

/** A record with every field folded once, so that comparing two records does no string rewriting. */
export interface PreparedRecord {
  id: string;
  names: NormalisedNames;
  givenJoined: string;
  familyJoined: string;
  sex: Sex | undefined;
  birthDate: PartialDate | undefined;
  birthPlace: string[];
  citizenship: string | undefined;
}

export function prepareRecord(record: PersonRecord): PreparedRecord {
  const names = normaliseNames(record.givenName, record.familyName, record.patronymic);
  return {
    id: record.id,
    names,
    givenJoined: names.given.join(''),
    familyJoined: names.family.join(''),
    sex: record.sex,
    birthDate: record.birthDate,
    birthPlace: normalisePlace(record.birthPlace),
    citizenship: normaliseCountry(record.citizenship),
  };
}
