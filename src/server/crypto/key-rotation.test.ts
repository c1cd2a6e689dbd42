import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../../test/helpers/factories.ts';
import { startTestServer, type TestServer } from '../../../test/helpers/test-server.ts';
import { FieldCipher } from './field-cipher.ts';
import { rotateKeys } from './key-rotation.ts';
import { parseKeyRing } from './key-ring.ts';

let server: TestServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-keys-'));
  server = await startTestServer({ HAVEN_KEY_FILE: join(dir, 'keys.json') });
});
afterAll(() => server.close());

describe('haven keys rotate', () => {
  it('re-encrypts every encrypted value under a new key that the old ring cannot read', async () => {
    const db = server.ctx.database.db;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const user = await makeUser(server.ctx, { role: 'caseworker' });
      await sql`update users set mfa_secret = ${server.ctx.cipher.encrypt(`SECRET${i}`, 'users.mfa_secret')} where id = ${user.id}`.execute(
        db,
      );
      ids.push(user.id);
    }
    const keyFile = server.ctx.config.keyFile;
    const before = parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile);
    const result = await rotateKeys(db, keyFile);
    expect(result.reencrypted).toBe(3);
    const after = parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile);
    expect(after.currentKeyId).toBe(result.keyId);
    expect(after.keys.has(before.currentKeyId)).toBe(true);
    const rows = await sql<{
      id: string;
      mfa_secret: string;
    }>`select id, mfa_secret from users where id in (${sql.join(ids)})`.execute(db);
    const cipher = new FieldCipher(after);
    const onlyOldKey = new FieldCipher({ ...before });
    for (const row of rows.rows) {
      expect(cipher.keyIdOf(row.mfa_secret)).toBe(result.keyId);
      expect(cipher.decrypt(row.mfa_secret, 'users.mfa_secret')).toMatch(/^SECRET\d$/);
      expect(() => onlyOldKey.decrypt(row.mfa_secret, 'users.mfa_secret')).toThrow();
    }
    expect((await rotateKeys(db, keyFile)).reencrypted).toBe(3);
  });
});
