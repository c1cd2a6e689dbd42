import { refreshSearchKeys } from './cases/search-keys-refresh.ts';
import { readFileSync } from 'node:fs';
import { isWithin } from '../domain/geo/index.ts';
// Areas register their approval kinds and inbox sources at module load. The composition root imports
// the hubs so that every entry point (the server, and CLI commands such as seed-demo that never load
// the routes) has them registered before the first request or seed.
import './approvals/approval-kinds.ts';
import './inbox/inbox-registry.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { FieldCipher } from './crypto/field-cipher.ts';
import { loadOrCreateKeyRing, parseKeyRing } from './crypto/key-ring.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { readSetting, writeSetting } from './db/node-settings.ts';
import { loadUnitsFromDatabase, syncReferenceData } from './reference/reference-sync.ts';

// The composition root: the only place that decides which database, keys and geography the services
// get. Everything below receives an AppContext and never reads the environment itself.

export class NodeMismatchError extends Error {}

/** Refuses to run a database that belongs to another country's node under this configuration. */
async function bindCountry(database: Database, country: string): Promise<void> {
  const stored = await readSetting<string>(database.db, 'country');
  if (stored === undefined) await writeSetting(database.db, 'country', country);
  else if (stored !== country) {
    throw new NodeMismatchError(
      `This database belongs to the ${stored} node, but HAVEN_COUNTRY is ${country}. ` +
        `Set HAVEN_COUNTRY=${stored}, or use another HAVEN_DATA_DIR / DATABASE_URL.`,
    );
  }
}

export async function openContext(
  config: Config,
  options: { database?: Database } = {},
): Promise<AppContext & { keyRingCreated: boolean }> {
  // The database (and with it the data folder's lock) comes first, so a second opener fails before it
  // touches anything else in the folder.
  const database = options.database ?? (await openDatabase(config));
  let keyRing: ReturnType<typeof loadOrCreateKeyRing>['keyRing'];
  let created: boolean;
  try {
    ({ keyRing, created } = config.keyRingJson
      ? { keyRing: parseKeyRing(config.keyRingJson, 'HAVEN_KEYS'), created: false }
      : loadOrCreateKeyRing(config.keyFile));
    await migrate(database);
    // The hub's database is bound to the hub: a country's database can never be opened as the hub.
    await bindCountry(database, config.role === 'hub' ? 'HUB' : config.country);
    await syncReferenceData(database.db);
    await loadUnitsFromDatabase(database.db);
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
  // A key file can be read again after a rotation; a ring given as HAVEN_KEYS cannot change under us.
  const reload = config.keyRingJson
    ? undefined
    : () => parseKeyRing(readFileSync(config.keyFile, 'utf8'), config.keyFile);
  const cipher = new FieldCipher(keyRing, reload);
  await refreshSearchKeys(database.db, cipher);
  return { config, database, cipher, isWithin, keyRingCreated: created };
}
