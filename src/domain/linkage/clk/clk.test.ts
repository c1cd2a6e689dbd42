import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../record.ts';
import { createEncoder, type KeyedHashing } from './encode.ts';
import { CLK_BYTES, type ClkSet, matchEncoded } from './match-encoded.ts';
import { defaultSchema } from './schema.ts';

// Tests may use node:crypto; the module under test only sees the injected functions.
const hashing: KeyedHashing = {
  hmacSha256: (key, message) => createHmac('sha256', key).update(message).digest(),
  hkdfSha256: (secret, salt, info, length) => new Uint8Array(hkdfSync('sha256', secret, salt, info, length)),
};
const secret = new TextEncoder().encode('a test secret of sufficient size');
const ones = (clk: Uint8Array) => clk.reduce((n, b) => n + b.toString(2).replaceAll('0', '').length, 0);

const child = (id: string, givenName: string, familyName: string, date: string): PersonRecord => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { id, givenName, familyName, birthDate: { year, month, day }, sex: 'm' };
};

function pack(encoded: ReturnType<ReturnType<typeof createEncoder>['encode']>[]): ClkSet {
  const clks = new Uint8Array(encoded.length * CLK_BYTES);
  encoded.forEach((e, i) => {
    clks.set(e.clk, i * CLK_BYTES);
  });
  return { ids: encoded.map((e) => e.id), clks, blocks: encoded.map((e) => e.blocks) };
}

describe('CLK encoding', () => {
  const encoder = createEncoder(defaultSchema(), secret, hashing);

  it('balanced CLKs are 1024 bits with exactly half set', () => {
    const e = encoder.encode(child('1', 'Олександр', 'Гордейчук', '2012-03-04'));
    expect(e.clk).toHaveLength(CLK_BYTES);
    expect(ones(e.clk)).toBe(512);
  });

  it('the same child in another script encodes identically; another key gives unrelated bits', () => {
    const a = encoder.encode(child('1', 'Олександр', 'Гордейчук', '2012-03-04'));
    const b = encoder.encode(child('2', 'Alexandru', 'Gordeiciuc', '2012-03-04'));
    expect(Buffer.from(a.clk).equals(Buffer.from(b.clk))).toBe(true);
    const other = createEncoder(
      defaultSchema(),
      new TextEncoder().encode('another secret entirely, 32 b'),
      hashing,
    );
    expect(
      Buffer.from(other.encode(child('1', 'Олександр', 'Гордейчук', '2012-03-04')).clk).equals(
        Buffer.from(a.clk),
      ),
    ).toBe(false);
  });

  it('xor-folded and unhardened schemas also produce 1024-bit CLKs', () => {
    for (const type of ['xorFold', 'none'] as const) {
      const e = createEncoder(defaultSchema({ type }), secret, hashing).encode(
        child('1', 'Іван', 'Шевченко', '2010-01-02'),
      );
      expect(e.clk).toHaveLength(CLK_BYTES);
    }
  });

  it('matches one-to-one and releases only pairs above the threshold', () => {
    const left = pack([
      encoder.encode(child('a1', 'Дмитро', 'Шевченко', '2011-05-06')),
      encoder.encode(child('a2', 'Марія', 'Ковальчук', '2015-09-10')),
    ]);
    const right = pack([
      encoder.encode(child('b1', 'Марія', 'Kovalchuk', '2015-10-09')),
      encoder.encode(child('b2', 'Dumitru', 'Shevchenko', '2011-05-06')),
      encoder.encode(child('b3', 'Oleg', 'Rusu', '2008-01-01')),
    ]);
    const pairs = matchEncoded(left, right, { threshold: 0.75 });
    expect(pairs.map((p) => [left.ids[p.left], right.ids[p.right]]).sort()).toEqual([
      ['a1', 'b2'],
      ['a2', 'b1'],
    ]);
    expect(pairs.every((p) => p.score >= 0.75)).toBe(true);
  });
});
