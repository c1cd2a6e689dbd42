import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.service.ts';
import { hashPassword, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../auth/passwords.ts';
import type { AppContext } from '../context.ts';
import { insertUser, replaceGrants, usernameTaken } from './users.repository.ts';

/** The first account of a production node: an administrator with country scope and no agency. */
export async function createAdministrator(
  ctx: AppContext,
  input: { username: string; displayName: string; password: string },
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{2,62}$/.test(input.username)) {
    return {
      ok: false,
      message: 'the user name must be 3 to 63 lower-case letters, digits, dot, dash or underscore',
    };
  }
  const problem = passwordProblem(input.password, input.username);
  if (problem) return { ok: false, message: PASSWORD_PROBLEM_MESSAGES[problem] };
  const db = ctx.database.db;
  if (await usernameTaken(db, input.username))
    return { ok: false, message: `the user name ${input.username} is already taken` };
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      agencyId: null,
    });
    await replaceGrants(trx, id, [{ role: 'admin', scope: 'country', unitCode: null }]);
    await audit(
      trx,
      { userId: null, agencyId: null, requestId: 'cli' },
      { action: 'user.create', entityType: 'user', entityId: id, details: { via: 'cli' } },
    );
  });
  return { ok: true, id };
}
