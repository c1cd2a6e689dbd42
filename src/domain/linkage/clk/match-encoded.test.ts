import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyOneToOne } from '../model/assignment.ts';
import { CLK_BYTES, type ClkSet, type EncodedPair, matchEncoded, scoreCandidates } from './match-encoded.ts';

const ones = (x: number) => {
  let n = 0;
  for (let v = x; v; v >>= 1) n += v & 1;
  return n;
};

/** Reference: every pair sharing a token, Dice by bytes in plain JavaScript. */
function reference(left: ClkSet, right: ClkSet, threshold: number, maxBucket: number): EncodedPair[] {
  const size = new Map<string, number>();
  for (const tokens of right.blocks) for (const t of new Set(tokens)) size.set(t, (size.get(t) ?? 0) + 1);
  const pairs: EncodedPair[] = [];
  left.blocks.forEach((lt, i) => {
    right.blocks.forEach((rt, j) => {
      if (!lt.some((t) => rt.includes(t) && size.get(t)! <= maxBucket)) return;
      let common = 0;
      let total = 0;
      for (let k = 0; k < CLK_BYTES; k++) {
        const a = left.clks[i * CLK_BYTES + k]!;
        const b = right.clks[j * CLK_BYTES + k]!;
        common += ones(a & b);
        total += ones(a) + ones(b);
      }
      const score = total === 0 ? 0 : (2 * common) / total;
      if (score >= threshold) pairs.push({ left: i, right: j, score });
    });
  });
  return pairs;
}

const byPair = (a: EncodedPair, b: EncodedPair) => a.left - b.left || a.right - b.right;

/** Random CLKs of random density (some all zero or all one), tokens from a small alphabet. */
const clkSet = (prefix: string) =>
  fc
    .array(
      fc.record({
        density: fc.constantFrom(0, 0.1, 0.5, 0.5, 0.9, 1),
        bits: fc.uint8Array({ minLength: CLK_BYTES, maxLength: CLK_BYTES }),
        other: fc.uint8Array({ minLength: CLK_BYTES, maxLength: CLK_BYTES }),
        tokens: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 4 }),
      }),
      { maxLength: 24 },
    )
    .map((records): ClkSet => {
      const clks = new Uint8Array(records.length * CLK_BYTES);
      records.forEach((r, i) => {
        for (let k = 0; k < CLK_BYTES; k++) {
          // density 0.5: random bytes; otherwise thinned (AND) or thickened (OR) random bytes
          const b = r.bits[k]!;
          const o = r.other[k]!;
          const byte = r.density === 0.5 ? b : r.density < 0.5 ? b & o & (r.density === 0 ? 0 : 0xff) : b | o;
          clks[i * CLK_BYTES + k] = r.density === 1 ? 0xff : byte;
        }
      });
      return { ids: records.map((_, i) => `${prefix}${i}`), clks, blocks: records.map((r) => r.tokens) };
    });

describe('block-by-block Dice scoring', () => {
  it('finds exactly the reference Dice scores of all candidate pairs (each once)', () => {
    fc.assert(
      fc.property(
        clkSet('l'),
        clkSet('r'),
        fc.constantFrom(0, 0.3, 0.5, 0.55, 0.75, 1),
        fc.constantFrom(3, 10_000),
        (left, right, threshold, maxBucket) => {
          const got = scoreCandidates(left, right, { threshold, maxBucket });
          const expected = reference(left, right, threshold, maxBucket);
          expect([...got].sort(byPair)).toEqual(expected.sort(byPair));
          // best first, as the one-to-one assignment takes them
          for (let x = 1; x < got.length; x++)
            expect(got[x - 1]!.score).toBeGreaterThanOrEqual(got[x]!.score);
          expect(matchEncoded(left, right, { threshold, maxBucket })).toEqual(greedyOneToOne(expected));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a pair sharing several tokens is scored once, and a token listed twice counts once', () => {
    const clk = new Uint8Array(CLK_BYTES).fill(0x0f);
    const left: ClkSet = { ids: ['l0'], clks: clk, blocks: [['x', 'y', 'x']] };
    const right: ClkSet = { ids: ['r0'], clks: clk, blocks: [['y', 'x', 'y']] };
    expect(scoreCandidates(left, right, { threshold: 0 })).toEqual([{ left: 0, right: 0, score: 1 }]);
  });
});
