import { resolve } from 'node:path';
import { parseConfig } from '../../server/config.ts';
import { BackupError, restoreBackup, writeBackup } from '../../server/db/backup.ts';
import { openContext } from '../../server/main.ts';
import { fail } from '../output.ts';

function progress(verb: string) {
  const tty = process.stderr.isTTY;
  return (table: string, rows: number) => {
    if (tty) process.stderr.write(`\r${verb} ${table}: ${rows} rows`.padEnd(60));
  };
}

export async function backupCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) return fail('usage: haven backup <file.haven.gz>', 2);
  const ctx = await openContext(parseConfig());
  try {
    const counts = await writeBackup(ctx.database.db, resolve(file), progress('Backing up'));
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(
      `Backup written to ${file}: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}\n`,
    );
    process.stdout.write(
      `The encryption key file (${ctx.config.keyFile}) is not in the backup: keep a copy of it apart.\n`,
    );
    return 0;
  } finally {
    await ctx.database.close();
  }
}

export async function restoreCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) return fail('usage: haven restore <file.haven.gz>   (into an empty database or data folder)', 2);
  const ctx = await openContext(parseConfig());
  try {
    const counts = await restoreBackup(ctx.database.db, resolve(file), progress('Restoring'));
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(
      `Restored from ${file}: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) return fail(error.message);
    throw error;
  } finally {
    await ctx.database.close();
  }
}
