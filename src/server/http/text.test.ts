import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStorableText, text } from './text.ts';

const SERVER = new URL('../', import.meta.url).pathname;
// Not request or response schemas: the environment and the key file are read by the node itself.
const ALLOWED = new Set(['config.ts', 'crypto/key-ring.ts', 'federation/node-keys.ts', 'http/text.ts']);

function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return sourceFiles(dir, path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the shared text schema', () => {
  it('refuses NUL and lone surrogates, keeps every other string', () => {
    expect(isStorableText('Олександр Гордейчук, Gordeiciuc ș ț 😀')).toBe(true);
    for (const bad of ['a\u0000b', '\uD800', 'x\uDC00', '\uDBFF\uDBFF\uDC00\uDC00', '\uDC00\uD800'])
      expect(isStorableText(bad)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(isStorableText(value)).toBe(!value.includes('\u0000'));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const wellFormed = (value as string & { isWellFormed(): boolean }).isWellFormed();
        expect(isStorableText(value)).toBe(wellFormed && !value.includes('\u0000'));
      }),
    );
  });

  it('answers with the invalid_characters code, and chains like z.string()', () => {
    const schema = text().trim().min(1).max(5);
    const result = schema.safeParse('ab\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'invalid_characters' } });
    expect(schema.safeParse(' ab ').data).toBe('ab');
  });

  it('is the only string schema of the server (no z.string() in any route or schema file)', () => {
    const offenders = sourceFiles(SERVER).filter(
      (file) => !ALLOWED.has(file) && /\bz\.string\(/.test(readFileSync(join(SERVER, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
