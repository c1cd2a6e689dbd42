import type { SignedInUser } from '../auth/authenticate.ts';
import { forbidden } from '../errors.ts';
import { fieldGroupsOf } from '../policy/policy.ts';

// Notes and attachments carry a confidentiality class bound to a field group: a health note is read
// and written only by those who hold the health group (never the police), and so on.

export const RECORD_CLASSES = ['general', 'health', 'justice', 'exploitation'] as const;
export type RecordClass = (typeof RECORD_CLASSES)[number];

/** Classes the principal may read and write: `general` for any case reader, the rest by field group. */
export function classesOf(principal: SignedInUser): RecordClass[] {
  const groups: string[] = fieldGroupsOf(principal);
  return RECORD_CLASSES.filter((c) => c === 'general' || groups.includes(c));
}

export function assertClassAllowed(principal: SignedInUser, recordClass: RecordClass): void {
  if (!classesOf(principal).includes(recordClass)) throw forbidden();
}
