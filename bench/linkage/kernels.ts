import { instantiatePopcount, type KernelName } from '../../src/domain/linkage/clk/popcount-wasm.ts';

const RECORD = 128;

export interface KernelRate {
  kernel: KernelName;
  comparisonsPerSecond: number;
}

const KERNELS: KernelName[] = [
  'popcount_contiguous',
  'popcount_contiguous_simd',
  'and_popcount_contiguous',
  'and_popcount_contiguous_above',
  'and_popcount_contiguous_simd',
  'and_popcount_indexed',
  'and_popcount_indexed_simd',
];

/**
 * Comparisons (or bare popcounts) per second on one core for each kernel, over a block of B records
 * that stays in cache, so that the figure is the kernel's, not the memory system's. Rates are per
 * second of this process's CPU time (cpuSeconds), and the kernels take turns in short slices, each
 * keeping its best slice, so that other processes on the machine lower every kernel alike.
 */
export const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export function measureKernels(blockRecords = 16_384, rounds = 40, sliceMs = 25): KernelRate[] {
  const m = instantiatePopcount();
  const dataBytes = blockRecords * RECORD;
  const idxAt = dataBytes;
  const outAt = idxAt + blockRecords * 4;
  m.memory.grow(Math.ceil((outAt + blockRecords * 8) / 65536));
  const bytes = new Uint8Array(m.memory.buffer);
  for (let i = 0; i < dataBytes; i++) bytes[i] = (Math.imul(i + 1, 2654435761) >>> 13) & 0xff;
  const idx = new Uint32Array(m.memory.buffer, idxAt, blockRecords);
  for (let i = 0; i < blockRecords; i++) idx[i] = Math.imul(i, 40503) % blockRecords;
  const calls = KERNELS.map((kernel) => {
    const f = m.kernels[kernel] as (...args: number[]) => void;
    // the threshold kernel with an unreachable minimum: all the work, nothing written
    if (kernel === 'and_popcount_contiguous_above') return (a: number) => f(a, 0, blockRecords, outAt, -1);
    if (kernel.includes('indexed')) return (a: number) => f(a, 0, idxAt, blockRecords, outAt);
    return (a: number) => f(a, 0, blockRecords, outAt);
  });
  for (const call of calls) for (let w = 0; w < 20; w++) call(0);
  const best = KERNELS.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    calls.forEach((call, k) => {
      let n = 0;
      const start = performance.now();
      const cpuStart = cpuSeconds();
      while (performance.now() - start < sliceMs) call((n++ % blockRecords) * RECORD);
      const rate = (n * blockRecords) / (cpuSeconds() - cpuStart);
      best[k] = Math.max(best[k]!, rate);
    });
  }
  return KERNELS.map((kernel, k) => ({ kernel, comparisonsPerSecond: best[k]! }));
}
