import { instantiatePopcount, type KernelName } from '../../src/domain/linkage/clk/popcount-wasm.ts';

const RECORD = 128;

export interface KernelRate {
  kernel: KernelName;
  comparisonsPerSecond: number;
}

/**
 * Comparisons (or bare popcounts) per second on one core for each kernel, over a block of B records
 * that stays in cache, so that the figure is the kernel's, not the memory system's.
 */
export function measureKernels(blockRecords = 16_384, seconds = 1): KernelRate[] {
  const m = instantiatePopcount();
  const dataBytes = blockRecords * RECORD;
  const idxAt = dataBytes;
  const outAt = idxAt + blockRecords * 4;
  m.memory.grow(Math.ceil((outAt + blockRecords * 4) / 65536));
  const bytes = new Uint8Array(m.memory.buffer);
  for (let i = 0; i < dataBytes; i++) bytes[i] = (Math.imul(i + 1, 2654435761) >>> 13) & 0xff;
  const idx = new Uint32Array(m.memory.buffer, idxAt, blockRecords);
  for (let i = 0; i < blockRecords; i++) idx[i] = Math.imul(i, 40503) % blockRecords;
  const kernels: KernelName[] = [
    'popcount_contiguous',
    'popcount_contiguous_simd',
    'and_popcount_contiguous',
    'and_popcount_contiguous_simd',
    'and_popcount_indexed',
    'and_popcount_indexed_simd',
  ];
  return kernels.map((kernel) => {
    const f = m.kernels[kernel] as (...args: number[]) => void;
    const call = (a: number) =>
      kernel.includes('indexed') ? f(a, 0, idxAt, blockRecords, outAt) : f(a, 0, blockRecords, outAt);
    for (let w = 0; w < 20; w++) call(0);
    let calls = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) {
      for (let r = 0; r < 16; r++) call(((calls + r) % blockRecords) * RECORD);
      calls += 16;
    }
    const elapsed = (performance.now() - start) / 1000;
    return { kernel, comparisonsPerSecond: (calls * blockRecords) / elapsed };
  });
}
