import { readFileSync } from 'node:fs';
import { ADMIN_UNITS } from '../../domain/geo/index.ts';
import { GeoFileError, parseUaCod } from '../../domain/geo/ua-cod.ts';
import { parseConfig } from '../../server/config.ts';
import { openContext } from '../../server/main.ts';
import { upsertUnits } from '../../server/reference/reference-sync.ts';
import { createProgress } from './link/progress.ts';

const USAGE = `usage:
  haven geo import <file.csv> [--quiet]
Loads an updated list of Ukraine's units in the columns of reference/geo/ua-admin-units.csv (level, pcode,
parent_pcode, name_uk, name_ru, name_en). Cases are not touched; units missing from the new list are
kept and marked retired, for the records that point at them. Restart the server to use the new list.`;

export async function geoCommand(args: string[]): Promise<number> {
  const [sub, file, ...rest] = args;
  if (sub !== 'import' || !file || file.startsWith('--') || rest.some((a) => a !== '--quiet')) {
    process.stderr.write(`${USAGE}\n`);
    return sub === '--help' ? 0 : 2;
  }
  let units: ReturnType<typeof parseUaCod>;
  try {
    units = parseUaCod(readFileSync(file, 'utf8'), ADMIN_UNITS);
  } catch (error) {
    if (error instanceof GeoFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`haven geo import: ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
  const progress = createProgress(process.stderr, rest.includes('--quiet'));
  const ctx = await openContext(parseConfig());
  try {
    const { upserted, retired } = await upsertUnits(ctx.database.db, units, {
      retireOthersOf: 'UA',
      onProgress: progress.update,
    });
    progress.finish(`${upserted} units loaded from ${file}, ${retired} retired (kept for old records)`);
  } finally {
    await ctx.database.close();
  }
  return 0;
}
