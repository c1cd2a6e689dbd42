import { forbidden } from '../errors.ts';
import type { FieldGroup } from '../policy/policy.ts';

// Notes and attachments carry a confidentiality class bound to a field group: a health note is read
// and written only by those who hold the health group (never the police), and so on.

export const RECORD_CLASSES = ['general', 'health', 'justice', 'exploitation'] as const;
export type RecordClass = (typeof RECORD_CLASSES)[number];

/**
 * Classes the caller may read and write on one case: `general` for any case reader, the rest by the
 * field groups held on that case (fieldGroupsOnCase), never by groups held through another grant.
 */
export function classesOf(groups: ReadonlyArray<FieldGroup>): RecordClass[] {
  return RECORD_CLASSES.filter((c) => c === 'general' || (groups as ReadonlyArray<string>).includes(c));
}

export function assertClassAllowed(groups: ReadonlyArray<FieldGroup>, recordClass: RecordClass): void {
  if (!classesOf(groups).includes(recordClass)) throw forbidden();
}
