import { readFileSync } from 'node:fs';
import { ADMIN_UNITS } from '../../domain/geo/index.ts';
import { GeoFileError, parseUaCod } from '../../domain/geo/ua-cod.ts';
import { isUnitsCsv, parseUnitsCsv } from '../../domain/geo/units-csv.ts';
import { parseConfig } from '../../server/config.ts';
import { openContext } from '../../server/main.ts';
import { upsertUnits } from '../../server/reference/reference-sync.ts';
import { createProgress } from './link/progress.ts';

const USAGE = `usage:
  haven geo import <file.csv> [--full] [--quiet]
Loads an updated list of units. Two formats, told apart by the header:
- Ukraine's P-code table, the columns of reference/geo/ua-admin-units.csv (level, pcode, parent_pcode,
  name_uk, name_ru, name_en): the whole country; units missing from it are retired.
- Haven's own list for any member country (level, code, parent_code, name_en, name_uk, name_ru, name_ro,
  name_be; level region, district or community): adds and renames units, e.g. Moldova's communes. With
  --full the file is the country's whole list and units missing from it are retired.
Cases are not touched; a retired unit is kept for the records that point at it. Restart the server to
use the new list.`;

export async function geoCommand(args: string[]): Promise<number> {
  const [sub, file, ...rest] = args;
  if (
    sub !== 'import' ||
    !file ||
    file.startsWith('--') ||
    rest.some((a) => a !== '--quiet' && a !== '--full')
  ) {
    process.stderr.write(`${USAGE}\n`);
    return sub === '--help' ? 0 : 2;
  }
  let units: ReturnType<typeof parseUaCod> | ReturnType<typeof parseUnitsCsv>['units'];
  let retireOthersOf: 'UA' | 'MD' | 'BY' | undefined = 'UA';
  try {
    const text = readFileSync(file, 'utf8');
    if (isUnitsCsv(text)) {
      const parsed = parseUnitsCsv(text, ADMIN_UNITS);
      units = parsed.units;
      retireOthersOf = rest.includes('--full') ? parsed.country : undefined;
    } else units = parseUaCod(text, ADMIN_UNITS);
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
      retireOthersOf,
      onProgress: progress.update,
    });
    progress.finish(`${upserted} units loaded from ${file}, ${retired} retired (kept for old records)`);
  } finally {
    await ctx.database.close();
  }
  return 0;
}
