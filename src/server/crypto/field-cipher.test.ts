import { describe, expect, it } from 'vitest';
import { FieldCipher } from './field-cipher.ts';
import type { KeyRing } from './key-ring.ts';

function ring(currentKeyId = 'k1', ids = ['k1']): KeyRing {
  return {
    currentKeyId,
    keys: new Map(ids.map((id, i) => [id, Buffer.alloc(32, i + 1)])),
    indexKey: Buffer.alloc(32, 9),
  };
}

describe('field cipher (AES-256-GCM)', () => {
  it('round-trips text in any script and stores the key id with the value', () => {
    const cipher = new FieldCipher(ring());
    const sealed = cipher.encrypt('Олександр Гордейчук — Alexandru Gordeiciuc', 'children.name');
    expect(sealed.startsWith('v1.k1.')).toBe(true);
    expect(sealed).not.toContain('Олександр');
    expect(cipher.decrypt(sealed, 'children.name')).toBe('Олександр Гордейчук — Alexandru Gordeiciuc');
  });

  it('reads the key ring again when a value was sealed with a key it does not hold (rotation while running)', () => {
    const rotated = new FieldCipher(ring('k2', ['k1', 'k2']));
    const sealed = rotated.encrypt('Ганна', 'cases.name');
    let reloads = 0;
    const running = new FieldCipher(ring(), () => {
      reloads++;
      return ring('k2', ['k1', 'k2']);
    });
    expect(running.decrypt(sealed, 'cases.name')).toBe('Ганна');
    expect(reloads).toBe(1);
    // From now on it seals with the new current key, and knows it without reading again.
    expect(running.encrypt('x', 'c').startsWith('v1.k2.')).toBe(true);
    running.decrypt(sealed, 'cases.name');
    expect(reloads).toBe(1);
    expect(() => new FieldCipher(ring()).decrypt(sealed, 'cases.name')).toThrow('not in the key ring');
  });

  it('uses a fresh IV each time', () => {
    const cipher = new FieldCipher(ring());
    expect(cipher.encrypt('same', 'c')).not.toBe(cipher.encrypt('same', 'c'));
  });

  it('detects tampering, a wrong column and a missing key', () => {
    const cipher = new FieldCipher(ring());
    const sealed = cipher.encrypt('secret value', 'users.mfa_secret');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    const tampered = [...parts.slice(0, 3), body.toString('base64url')].join('.');
    expect(() => cipher.decrypt(tampered, 'users.mfa_secret')).toThrow();
    expect(() => cipher.decrypt(sealed, 'another.column')).toThrow();
    expect(() => new FieldCipher(ring('k2', ['k2'])).decrypt(sealed, 'users.mfa_secret')).toThrow(/k1/);
  });

  it('reads values sealed under an older key after rotation', () => {
    const old = new FieldCipher(ring('k1', ['k1']));
    const sealed = old.encrypt('kept', 'c');
    const rotated = new FieldCipher(ring('k2', ['k1', 'k2']));
    expect(rotated.decrypt(sealed, 'c')).toBe('kept');
    expect(rotated.keyIdOf(rotated.encrypt('new', 'c'))).toBe('k2');
  });

  it('gives a keyed blind index: equal for equal input, different per purpose and per key', () => {
    const a = new FieldCipher(ring());
    expect(a.blindIndex('AB123456', 'document')).toBe(a.blindIndex('AB123456', 'document'));
    expect(a.blindIndex('AB123456', 'document')).not.toBe(a.blindIndex('AB123456', 'name'));
    const other: KeyRing = { ...ring(), indexKey: Buffer.alloc(32, 7) };
    expect(new FieldCipher(other).blindIndex('AB123456', 'document')).not.toBe(
      a.blindIndex('AB123456', 'document'),
    );
  });
});
