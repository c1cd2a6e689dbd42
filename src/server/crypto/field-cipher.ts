import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { KeyRing } from './key-ring.ts';

// AES-256-GCM with the key id stored beside each value: "v1.<keyId>.<iv>.<ciphertext+tag>" (base64url).
// The associated data binds a value to its column, so a ciphertext copied into another field fails.

export class FieldCipher {
  /**
   * `reload` reads the key ring again. `haven keys rotate` may run while app servers run (PostgreSQL):
   * it re-seals values under a new key these servers do not hold yet, so a value sealed with an unknown
   * key makes the server read its key file once more before it gives up (the key rotation docs).
   */
  constructor(
    private keyRing: KeyRing,
    private readonly reload?: () => KeyRing,
  ) {}

  encrypt(plaintext: string, context: string): string {
    const keyId = this.keyRing.currentKeyId;
    const key = this.keyRing.keys.get(keyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return ['v1', keyId, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(stored: string, context: string): string {
    const [version, keyId, ivText, bodyText] = stored.split('.');
    if (version !== 'v1' || !keyId || !ivText || !bodyText) throw new Error('Unrecognised ciphertext format');
    if (!this.keyRing.keys.has(keyId) && this.reload) this.keyRing = this.reload();
    const key = this.keyRing.keys.get(keyId);
    if (!key) throw new Error(`Key ${keyId} is not in the key ring`);
    const body = Buffer.from(bodyText, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  }

  keyIdOf(stored: string): string | undefined {
    return stored.split('.')[1];
  }

  /** Keyed blind index: equal inputs give equal tokens, but a dump cannot be searched without the key. */
  blindIndex(value: string, purpose: string): string {
    return createHmac('sha256', this.keyRing.indexKey).update(`${purpose}\u0000${value}`).digest('base64url');
  }
}
