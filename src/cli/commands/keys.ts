import { parseConfig } from '../../server/config.ts';
import { rotateKeys } from '../../server/crypto/key-rotation.ts';
import { openContext } from '../../server/main.ts';
import { fail } from '../output.ts';

export async function keysCommand(args: string[]): Promise<number> {
  if (args[0] !== 'rotate') return fail('usage: haven keys rotate', 2);
  const ctx = await openContext(parseConfig());
  try {
    const result = await rotateKeys(ctx.database.db, ctx.config.keyFile, (column, done) => {
      if (process.stderr.isTTY) process.stderr.write(`\rRe-encrypting ${column}: ${done}`.padEnd(60));
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(
      `New current key ${result.keyId}; ${result.reencrypted} values re-encrypted. Restart running app servers so they load the new key.\n`,
    );
    return 0;
  } finally {
    await ctx.database.close();
  }
}
