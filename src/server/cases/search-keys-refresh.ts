import type { Kysely } from 'kysely';
import type { FieldCipher } from '../crypto/field-cipher.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import { openSealedIdentity, sealIdentity } from './case-identity.ts';
import * as repo from './cases.repository.ts';
import { NAME_KEYS_VERSION } from './name-search.ts';

// Search keys are derived from the sealed names with the node's index key, which SQL migrations do not
// hold. When nameKeys() learns a new kind of key (NAME_KEYS_VERSION), the server recomputes the keys of
// the cases already stored once, at start, so an old case is found the same way as a new one. A case
// keeps the keys of the records merged into it (what the merge decision gave it).

const SETTING_KEY = 'case-name-keys-version';
const BATCH = 200;

export async function refreshSearchKeys(db: Kysely<DatabaseSchema>, cipher: FieldCipher): Promise<number> {
  const done = await readSetting<number>(db, SETTING_KEY);
  if (typeof done === 'number' && done >= NAME_KEYS_VERSION) return 0;
  const keysOf = (sealed: string) => sealIdentity(cipher, openSealedIdentity(cipher, sealed)).nameKeys;
  let after = '00000000-0000-0000-0000-000000000000';
  let refreshed = 0;
  for (;;) {
    const rows = await repo.identitiesAfter(db, after, BATCH);
    if (rows.length === 0) break;
    const merged = await repo.mergedIdentities(
      db,
      rows.map((row) => row.id),
    );
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const keys = new Set(keysOf(row.sensitive_identity));
        for (const m of merged)
          if (m.merged_into === row.id) for (const key of keysOf(m.sensitive_identity)) keys.add(key);
        await repo.replaceNameKeys(trx, row.id, [...keys]);
      }
    });
    refreshed += rows.length;
    after = rows[rows.length - 1]!.id;
  }
  await writeSetting(db, SETTING_KEY, NAME_KEYS_VERSION);
  return refreshed;
}
