import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { verifyPassword } from './passwords.ts';
import { accountCap } from './sign-in-limits.ts';
import { claimAttempt, settleSuccess } from './throttle.ts';

// Step-up: changing how an account proves itself (adding, replacing or removing a second factor)
// asks for the password again. A stolen session cookie alone must not be enough to plant the thief's
// own authenticator, or to remove the owner's and so lock the owner out.

export async function requirePasswordAgain(
  ctx: AppContext,
  actor: Actor & { userId: string },
  password: string,
  purpose: string,
): Promise<void> {
  const db = ctx.database.db;
  const limit = accountCap(ctx, 'step-up', actor.userId);
  await claimAttempt(db, [limit]);
  const user = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, password))) {
    await audit(db, actor, {
      action: 'auth.step-up',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
      details: { purpose },
    });
    throw new AppError('invalid_credentials', 'The password is not correct.', [
      { path: 'body.password', message: 'The password is not correct.', code: 'wrong_password' },
    ]);
  }
  await settleSuccess(db, [limit.key]);
}
