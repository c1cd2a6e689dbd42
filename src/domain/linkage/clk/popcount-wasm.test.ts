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
          const spec = KERNELS[name];
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
});
