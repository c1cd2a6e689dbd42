import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { ENCRYPTED_COLUMNS } from './encrypted-columns.ts';
import { FieldCipher } from './field-cipher.ts';
import { newKeyId, parseKeyRing } from './key-ring.ts';

/**
 * Adds a new current key to the key file (written atomically), then re-encrypts every encrypted value
 * under it, one batch per transaction. Old keys stay in the file so that older backups remain readable;
 * remove them by hand once no backup needs them. Safe to re-run after an interruption.
 */
export async function rotateKeys(
  db: Kysely<DatabaseSchema>,
  keyFile: string,
  onProgress?: (column: string, done: number) => void,
): Promise<{ keyId: string; reencrypted: number }> {
  const text = readFileSync(keyFile, 'utf8');
  parseKeyRing(text, keyFile);
  const body = JSON.parse(text) as { currentKeyId: string; keys: Record<string, string>; indexKey: string };
  const keyId = newKeyId();
  body.keys[keyId] = randomBytes(32).toString('base64');
  body.currentKeyId = keyId;
  const temporary = `${keyFile}.rotating`;
  writeFileSync(temporary, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, keyFile);

  const cipher = new FieldCipher(parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile));
  let reencrypted = 0;
  for (const target of ENCRYPTED_COLUMNS) {
    let done = 0;
    const ids = target.idColumns as readonly string[];
    for (;;) {
      const rows = await sql<Record<string, unknown> & { value: string }>`
        select ${sql.join(ids.map((c) => sql.ref(c)))}, ${sql.ref(target.column)} as value from ${sql.table(target.table)}
        where ${sql.ref(target.column)} is not null and ${sql.ref(target.column)} not like ${`v1.${keyId}.%`}
        limit ${'batchSize' in target ? target.batchSize : 500}`.execute(db);
      if (rows.rows.length === 0) break;
      await db.transaction().execute(async (trx) => {
        for (const row of rows.rows) {
          const fresh = cipher.encrypt(cipher.decrypt(row.value, target.context), target.context);
          const where = sql.join(
            ids.map((c) => sql`${sql.ref(c)} = ${row[c]}`),
            sql` and `,
          );
          await sql`update ${sql.table(target.table)} set ${sql.ref(target.column)} = ${fresh} where ${where}`.execute(
            trx,
          );
        }
      });
      done += rows.rows.length;
      reencrypted += rows.rows.length;
      onProgress?.(`${target.table}.${target.column}`, done);
    }
  }
  return { keyId, reencrypted };
}
