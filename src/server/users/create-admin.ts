import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit.service.ts';
import { hashPassword, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../auth/passwords.ts';
import type { AppContext } from '../context.ts';
import { activeCountryAdministrators, insertUser, replaceGrants, usernameTaken } from './users.repository.ts';

/**
 * Four eyes needs two: a country administrator's grants (and every grant that opens case data) take
 * effect only when a second administrator approves them, so a new node gets its first two country
 * administrators from the command line. After that the command refuses: every further grant goes
 * through the web app and a second administrator (docs/access-control.md).
 */
export const BOOTSTRAP_ADMINISTRATORS = 2;

/** One of the first two accounts of a production node: an administrator with country scope and no agency. */
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
  if ((await activeCountryAdministrators(db)) >= BOOTSTRAP_ADMINISTRATORS)
    return {
      ok: false,
      message:
        'this node already has its first two administrators: ask one of them to create the account in the web app, and the other to approve its grants',
    };
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
      { action: 'user.create', entityType: 'user', entityId: id, details: { via: 'cli', bootstrap: true } },
    );
  });
  return { ok: true, id };
}
