import { createAdministrator } from '../../server/users/create-admin.ts';
import { parseConfig } from '../../server/config.ts';
import { openContext } from '../../server/main.ts';
import { fail, readSecret } from '../output.ts';

const USAGE =
  'usage: haven create-admin <username> [--name "Display Name"]   (password from a prompt or stdin)';

export async function createAdminCommand(args: string[]): Promise<number> {
  const username = args[0];
  if (!username || username.startsWith('-')) return fail(USAGE, 2);
  const nameIndex = args.indexOf('--name');
  const displayName = nameIndex >= 0 ? args[nameIndex + 1] : username;
  if (!displayName) return fail(USAGE, 2);
  if (args.some((a) => a.startsWith('--password')))
    return fail(
      'passwords are never taken from the command line; type it at the prompt or pipe it on stdin',
      2,
    );

  const password = await readSecret('Password for the new administrator: ');
  if (process.stdin.isTTY) {
    const again = await readSecret('Repeat the password: ');
    if (again !== password) return fail('the two passwords differ');
  }
  const ctx = await openContext(parseConfig());
  try {
    const outcome = await createAdministrator(ctx, { username, displayName, password });
    if (!outcome.ok) return fail(outcome.message);
    process.stdout.write(
      `Created administrator ${username}. Two-step verification is set up at first sign-in.\n`,
    );
    return 0;
  } finally {
    await ctx.database.close();
  }
}
