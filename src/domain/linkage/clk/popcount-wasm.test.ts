import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantiatePopcount, KERNELS, type KernelName, popcountModuleBytes } from './popcount-wasm.ts';

const RECORD = 128;

function popcountJs(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) {
    let x = b;
    while (x) {
      count += x & 1;
      x >>= 1;
    }
  }
  return count;
}

describe('hand-encoded popcount module', () => {
  it('validates as WebAssembly (with SIMD)', () => {
    expect(WebAssembly.validate(popcountModuleBytes())).toBe(true);
  });

  it('every kernel agrees with a JavaScript popcount', () => {
    const module = instantiatePopcount();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: RECORD * 9, maxLength: RECORD * 9 }), (data) => {
        const memory = new Uint8Array(module.memory.buffer);
        memory.set(data, 0);
        const a = data.subarray(0, RECORD);
        const records = Array.from({ length: 8 }, (_, r) =>
          data.subarray(RECORD * (r + 1), RECORD * (r + 2)),
        );
        const idxAt = RECORD * 9;
        const outAt = idxAt + 64;
        const order = [7, 0, 3, 3, 5, 1, 6, 2];
        new Uint32Array(module.memory.buffer, idxAt, 8).set(order);
        for (const name of Object.keys(KERNELS) as KernelName[]) {
          const spec: { indexed: boolean; withAnd: boolean; above?: boolean } = KERNELS[name];
          if (spec.above) continue;
          const kernel = module.kernels[name] as (...args: number[]) => void;
          if (spec.indexed) kernel(0, RECORD, idxAt, 8, outAt);
          else kernel(0, RECORD, 8, outAt);
          const got = Array.from(new Uint32Array(module.memory.buffer, outAt, 8));
          const targets = spec.indexed ? order.map((i) => records[i]!) : records;
          const expected = targets.map((b) => popcountJs(spec.withAnd ? b.map((x, i) => x & a[i]!) : b));
          expect(got, name).toEqual(expected);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('the threshold kernel returns (index, count) of the records reaching min, and gather copies records', () => {
    const module = instantiatePopcount();
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: RECORD * 12, maxLength: RECORD * 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 1100 }),
        (data, n, min) => {
          new Uint8Array(module.memory.buffer).set(data, 0);
          const a = data.subarray(0, RECORD);
          const outAt = RECORD * 13;
          const found = module.kernels.and_popcount_contiguous_above(0, RECORD, n, outAt, min);
          const expected = Array.from({ length: n }, (_, k) =>
            popcountJs(data.subarray(RECORD * (k + 1), RECORD * (k + 2)).map((x, i) => x & a[i]!)),
          ).flatMap((c, k) => (c >= min ? [k, c] : []));
          expect(Array.from(new Uint32Array(module.memory.buffer, outAt, 2 * found))).toEqual(expected);

          const idxAt = RECORD * 14;
          const order = [5, 0, 11, 3, 3];
          new Uint32Array(module.memory.buffer, idxAt, order.length).set(order);
          const dst = RECORD * 15;
          module.gather(0, idxAt, order.length, dst);
          const copied = new Uint8Array(module.memory.buffer, dst, RECORD * order.length);
          order.forEach((r, k) => {
            expect(Array.from(copied.subarray(RECORD * k, RECORD * (k + 1)))).toEqual(
              Array.from(data.subarray(RECORD * r, RECORD * (r + 1))),
            );
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
