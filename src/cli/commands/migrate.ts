import { parseConfig } from '../../server/config.ts';
import { openContext } from '../../server/main.ts';

export async function migrateCommand(): Promise<number> {
  // Opening the context applies pending migrations and syncs the reference geography.
  const ctx = await openContext(parseConfig());
  await ctx.database.close();
  process.stdout.write('The database schema is up to date.\n');
  return 0;
}
