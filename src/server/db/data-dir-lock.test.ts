import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';

describe('data folder lock', () => {
  it('refuses a second holder while the first is alive, and frees the folder on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-lock-'));
    const release = acquireDataDirLock(dir);
    // Pretend another live process (our parent) holds it.
    writeFileSync(join(dir, 'haven.lock'), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    writeFileSync(join(dir, 'haven.lock'), String(process.pid));
    release();
    expect(existsSync(join(dir, 'haven.lock'))).toBe(false);
    acquireDataDirLock(dir)();
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-lock-'));
    writeFileSync(join(dir, 'haven.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    expect(existsSync(join(dir, 'haven.lock'))).toBe(true);
    release();
  });
});
