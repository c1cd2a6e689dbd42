import { parseConfig } from '../../server/config.ts';
import { rotateKeys } from '../../server/crypto/key-rotation.ts';
import { openContext } from '../../server/main.ts';
import { fail } from '../output.ts';

export async function keysCommand(args: string[]): Promise<number> {
  if (args[0] !== 'rotate') return fail('usage: haven keys rotate', 2);
  const config = parseConfig();
  if (config.keyRingJson) {
    return fail(
      'the keys come from HAVEN_KEYS, which this command cannot rewrite: copy its value to a file, run ' +
        '`HAVEN_KEYS= HAVEN_KEY_FILE=<file> haven keys rotate`, then put the file’s new content into HAVEN_KEYS',
    );
  }
  const ctx = await openContext(config);
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
