import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../../../test/helpers/test-server.ts';
import { parseKeyRing } from './key-ring.ts';

const ring = () => ({
  currentKeyId: 'k-env',
  keys: { 'k-env': randomBytes(32).toString('base64') },
  indexKey: randomBytes(32).toString('base64'),
});

describe('key ring', () => {
  it('refuses malformed rings with a message naming the source', () => {
    expect(() => parseKeyRing('not json', 'HAVEN_KEYS')).toThrow(/HAVEN_KEYS is not valid JSON/);
    expect(() => parseKeyRing(JSON.stringify({ ...ring(), currentKeyId: 'missing' }), 'keys.json')).toThrow(
      /names current key missing/,
    );
    expect(() =>
      parseKeyRing(JSON.stringify({ ...ring(), keys: { 'k-env': 'short' } }), 'keys.json'),
    ).toThrow(/32 bytes/);
  });

  it('can come from the HAVEN_KEYS environment variable instead of a file', async () => {
    const server = await startTestServer({ HAVEN_KEYS: JSON.stringify(ring()) });
    try {
      const sealed = server.ctx.cipher.encrypt('x', 'c');
      expect(server.ctx.cipher.keyIdOf(sealed)).toBe('k-env');
    } finally {
      await server.close();
    }
    await expect(startTestServer({ HAVEN_KEYS: '{"currentKeyId":"x"}' })).rejects.toThrow(
      /HAVEN_KEYS is not valid/,
    );
  });
});
