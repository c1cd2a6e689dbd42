// Hand-assembled WebAssembly for CLK comparison (see popcount.wat beside this file for the text form).
// Only the handful of opcodes below are needed; their numbers are from the WebAssembly core spec
// (§5.4) and the fixed-width SIMD proposal (merged in 2.0).

const OP = {
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i64Load: 0x29,
  i32Store: 0x36,
  i32Const: 0x41,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Shl: 0x74,
  i64Popcnt: 0x7b,
  i64Add: 0x7c,
  i64And: 0x83,
  i32WrapI64: 0xa7,
  simd: 0xfd,
} as const;
const SIMD = {
  v128Load: 0x00,
  i32x4ExtractLane: 0x1b,
  v128And: 0x4e,
  i8x16Popcnt: 0x62,
  i8x16Add: 0x6e,
  i16x8ExtaddPairwiseI8x16U: 0x7d,
  i32x4ExtaddPairwiseI16x8U: 0x7f,
} as const;
const TYPE = { i32: 0x7f, i64: 0x7e, v128: 0x7b, func: 0x60, void: 0x40 } as const;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const get = (i: number) => [OP.localGet, ...uleb(i)];
const set = (i: number) => [OP.localSet, ...uleb(i)];
const i32 = (n: number) => [OP.i32Const, ...sleb(n)];
const simd = (op: number, ...imm: number[]) => [OP.simd, ...uleb(op), ...imm];

const RECORD_BYTES = 128;

interface Variant {
  simd: boolean;
  withAnd: boolean;
  indexed: boolean;
}

/** popcount(a & b) (or popcount(b)) of the record at local `b`, leaving one i32 on the stack. */
function recordPopcount(v: Variant, b: number, firstA: number, tmp: number): number[] {
  const code: number[] = [];
  if (!v.simd) {
    for (let w = 0; w < 16; w++) {
      if (v.withAnd) code.push(...get(firstA + w));
      code.push(...get(b), OP.i64Load, 3, ...uleb(w * 8));
      if (v.withAnd) code.push(OP.i64And);
      code.push(OP.i64Popcnt);
      if (w > 0) code.push(OP.i64Add);
    }
    return [...code, OP.i32WrapI64];
  }
  for (let w = 0; w < 8; w++) {
    if (v.withAnd) code.push(...get(firstA + w));
    code.push(...get(b), ...simd(SIMD.v128Load, 4, ...uleb(w * 16)));
    if (v.withAnd) code.push(...simd(SIMD.v128And));
    code.push(...simd(SIMD.i8x16Popcnt));
    if (w > 0) code.push(...simd(SIMD.i8x16Add)); // at most 8 × 8 = 64 per byte lane: no overflow
  }
  code.push(...simd(SIMD.i16x8ExtaddPairwiseI8x16U), ...simd(SIMD.i32x4ExtaddPairwiseI16x8U));
  code.push(OP.localTee, ...uleb(tmp), ...simd(SIMD.i32x4ExtractLane, 0));
  for (let lane = 1; lane < 4; lane++)
    code.push(...get(tmp), ...simd(SIMD.i32x4ExtractLane, lane), OP.i32Add);
  return code;
}

function functionBody(v: Variant): number[] {
  // params: indexed (a, base, idx, n, out) | contiguous (a, b, n, out); then locals end, b, a-words, tmp
  const [a, n, out] = v.indexed ? [0, 3, 4] : [0, 2, 3];
  const end = v.indexed ? 5 : 4;
  const b = v.indexed ? 6 : 1;
  const firstA = v.indexed ? 7 : 5;
  const aWords = v.simd ? 8 : 16;
  const tmp = firstA + aWords;
  const locals = [
    [...uleb(v.indexed ? 2 : 1), TYPE.i32],
    [...uleb(aWords), v.simd ? TYPE.v128 : TYPE.i64],
    [1, TYPE.v128],
  ];
  const code: number[] = [];
  if (v.withAnd) {
    for (let w = 0; w < aWords; w++) {
      code.push(...get(a));
      code.push(...(v.simd ? simd(SIMD.v128Load, 4, ...uleb(w * 16)) : [OP.i64Load, 3, ...uleb(w * 8)]));
      code.push(...set(firstA + w));
    }
  }
  code.push(...get(out), ...get(n), ...i32(2), OP.i32Shl, OP.i32Add, ...set(end));
  code.push(OP.block, TYPE.void, OP.loop, TYPE.void);
  code.push(...get(out), ...get(end), OP.i32GeU, OP.brIf, 1);
  code.push(...get(out));
  if (v.indexed) {
    const [base, idx] = [1, 2];
    code.push(...get(base), ...get(idx), OP.i32Load, 2, 0, ...i32(7), OP.i32Shl, OP.i32Add, ...set(b));
    code.push(...get(idx), ...i32(4), OP.i32Add, ...set(idx));
  }
  code.push(...recordPopcount(v, b, firstA, tmp));
  code.push(OP.i32Store, 2, 0);
  if (!v.indexed) code.push(...get(b), ...i32(RECORD_BYTES), OP.i32Add, ...set(b));
  code.push(...get(out), ...i32(4), OP.i32Add, ...set(out), OP.br, 0, OP.end, OP.end, OP.end);
  const body = [...vec(locals), ...code];
  return [...uleb(body.length), ...body];
}

export const KERNELS = {
  and_popcount_contiguous: { simd: false, withAnd: true, indexed: false },
  and_popcount_indexed: { simd: false, withAnd: true, indexed: true },
  and_popcount_contiguous_simd: { simd: true, withAnd: true, indexed: false },
  and_popcount_indexed_simd: { simd: true, withAnd: true, indexed: true },
  popcount_contiguous: { simd: false, withAnd: false, indexed: false },
  popcount_contiguous_simd: { simd: true, withAnd: false, indexed: false },
} as const satisfies Record<string, Variant>;
export type KernelName = keyof typeof KERNELS;

/** The module's bytes. */
export function popcountModuleBytes(): Uint8Array<ArrayBuffer> {
  const names = Object.keys(KERNELS) as KernelName[];
  const types = [
    [TYPE.func, ...vec([[TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32]]), 0], // indexed
    [TYPE.func, ...vec([[TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32]]), 0], // contiguous
  ];
  const exports = [...names.map((n, i) => [...name(n), 0x00, ...uleb(i)]), [...name('memory'), 0x02, 0]];
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec(types)),
    ...section(3, vec(names.map((n) => [KERNELS[n].indexed ? 0 : 1]))),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec(exports)),
    ...section(10, vec(names.map((n) => functionBody(KERNELS[n])))),
  ]);
}

export type IndexedKernel = (a: number, base: number, idx: number, n: number, out: number) => void;
export type ContiguousKernel = (a: number, b: number, n: number, out: number) => void;

export interface PopcountModule {
  memory: WebAssembly.Memory;
  kernels: {
    [K in KernelName]: (typeof KERNELS)[K]['indexed'] extends true ? IndexedKernel : ContiguousKernel;
  };
}

export function instantiatePopcount(): PopcountModule {
  const module = new WebAssembly.Module(popcountModuleBytes());
  const instance = new WebAssembly.Instance(module, {});
  const e = instance.exports as Record<string, unknown>;
  return { memory: e.memory as WebAssembly.Memory, kernels: e as unknown as PopcountModule['kernels'] };
}
