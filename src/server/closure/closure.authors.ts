import type { Kysely } from 'kysely';
import { caseActions } from '../cases/cases.repository.ts';
import type { DatabaseSchema } from '../db/schema.ts';

// Who wrote a closure: everyone who ever asked for this case to be closed (each request is a version of
// the closure, with its reason and evidence). None of them may approve a closure of the case, whether
// through the approvals page or the case's own approve-closure action.
export async function closureAuthors(db: Kysely<DatabaseSchema>, caseId: string): Promise<string[]> {
  return (await caseActions(db, caseId)).flatMap((action) =>
    action.type === 'request-closure' && action.actor_id ? [action.actor_id] : [],
  );
}
