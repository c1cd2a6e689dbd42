// Hand-assembled WebAssembly for CLK comparison (see popcount.wat beside this file for the text form).
// Only the handful of opcodes below are needed; their numbers are from the WebAssembly core spec
// (§5.4) and the fixed-width SIMD proposal (merged in 2.0).

const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  i64Load: 0x29,
  i64Store: 0x37,
  i32Store: 0x36,
  i32Const: 0x41,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Shl: 0x74,
  i32ShrU: 0x76,
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
  /** Writes only the records whose count reaches `min`, as (index, count) pairs, and returns how many. */
  above?: boolean;
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

/**
 * and_popcount_contiguous_above(a, b, n, out, min) → m: for k < n, c = popcount(a AND record k of b);
 * when c ≥ min, (k, c) is written as two i32 at out + 8·(its rank); returns the number written. Matching
 * passes the smallest count that can still reach the Dice threshold, so that only the pairs near it
 * leave WebAssembly. (Comparing two or four records per step, or AND-ing in v128 and counting the
 * halves with i64.popcnt, measured slower with V8 on this machine.)
 */
function aboveBody(): number[] {
  const [a, b, n, out, min] = [0, 1, 2, 3, 4];
  const [end, c, k, o] = [5, 6, 7, 8];
  const firstA = 9;
  const locals = [
    [4, TYPE.i32],
    [16, TYPE.i64],
  ];
  const code: number[] = [];
  for (let w = 0; w < 16; w++) code.push(...get(a), OP.i64Load, 3, ...uleb(w * 8), ...set(firstA + w));
  code.push(...get(b), ...get(n), ...i32(7), OP.i32Shl, OP.i32Add, ...set(end));
  code.push(...get(out), ...set(o), ...i32(0), ...set(k));
  code.push(OP.block, TYPE.void, OP.loop, TYPE.void);
  code.push(...get(b), ...get(end), OP.i32GeU, OP.brIf, 1);
  code.push(...recordPopcount({ simd: false, withAnd: true, indexed: false }, b, firstA, 0));
  code.push(OP.localTee, ...uleb(c), ...get(min), OP.i32GeU, OP.if, TYPE.void);
  code.push(...get(o), ...get(k), OP.i32Store, 2, 0);
  code.push(...get(o), ...get(c), OP.i32Store, 2, 4);
  code.push(...get(o), ...i32(8), OP.i32Add, ...set(o), OP.end);
  code.push(...get(b), ...i32(RECORD_BYTES), OP.i32Add, ...set(b));
  code.push(...get(k), ...i32(1), OP.i32Add, ...set(k), OP.br, 0, OP.end, OP.end);
  code.push(...get(o), ...get(out), OP.i32Sub, ...i32(3), OP.i32ShrU, OP.end);
  const body = [...vec(locals), ...code];
  return [...uleb(body.length), ...body];
}

/** gather(base, idx, n, dst): copies record idx[k] of base to record k of dst, for k < n. */
function gatherBody(): number[] {
  const [base, idx, n, dst] = [0, 1, 2, 3];
  const [end, from] = [4, 5];
  const code: number[] = [];
  code.push(...get(dst), ...get(n), ...i32(7), OP.i32Shl, OP.i32Add, ...set(end));
  code.push(OP.block, TYPE.void, OP.loop, TYPE.void);
  code.push(...get(dst), ...get(end), OP.i32GeU, OP.brIf, 1);
  code.push(...get(base), ...get(idx), OP.i32Load, 2, 0, ...i32(7), OP.i32Shl, OP.i32Add, ...set(from));
  for (let w = 0; w < 16; w++) {
    code.push(...get(dst), ...get(from), OP.i64Load, 3, ...uleb(w * 8), OP.i64Store, 3, ...uleb(w * 8));
  }
  code.push(...get(idx), ...i32(4), OP.i32Add, ...set(idx));
  code.push(...get(dst), ...i32(RECORD_BYTES), OP.i32Add, ...set(dst), OP.br, 0, OP.end, OP.end, OP.end);
  const body = [...vec([[2, TYPE.i32]]), ...code];
  return [...uleb(body.length), ...body];
}

export const KERNELS = {
  and_popcount_contiguous: { simd: false, withAnd: true, indexed: false },
  and_popcount_indexed: { simd: false, withAnd: true, indexed: true },
  and_popcount_contiguous_simd: { simd: true, withAnd: true, indexed: false },
  and_popcount_indexed_simd: { simd: true, withAnd: true, indexed: true },
  popcount_contiguous: { simd: false, withAnd: false, indexed: false },
  popcount_contiguous_simd: { simd: true, withAnd: false, indexed: false },
  and_popcount_contiguous_above: { simd: false, withAnd: true, indexed: false, above: true },
} as const satisfies Record<string, Variant>;
export type KernelName = keyof typeof KERNELS;

/** The module's bytes. */
export function popcountModuleBytes(): Uint8Array<ArrayBuffer> {
  const names = Object.keys(KERNELS) as KernelName[];
  const types = [
    [TYPE.func, ...vec([[TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32]]), 0], // indexed
    [TYPE.func, ...vec([[TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32]]), 0], // contiguous
    [TYPE.func, ...vec([[TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32], [TYPE.i32]]), 1, TYPE.i32], // above
  ];
  const spec = (n: KernelName): Variant => KERNELS[n];
  const exports = [
    ...names.map((n, i) => [...name(n), 0x00, ...uleb(i)]),
    [...name('gather'), 0x00, ...uleb(names.length)],
    [...name('memory'), 0x02, 0],
  ];
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
    ...section(3, vec([...names.map((n) => [spec(n).above ? 2 : spec(n).indexed ? 0 : 1]), [1]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec(exports)),
    ...section(
      10,
      vec([...names.map((n) => (spec(n).above ? aboveBody() : functionBody(spec(n)))), gatherBody()]),
    ),
  ]);
}

export type IndexedKernel = (a: number, base: number, idx: number, n: number, out: number) => void;
export type ContiguousKernel = (a: number, b: number, n: number, out: number) => void;
export type AboveKernel = (a: number, b: number, n: number, out: number, min: number) => number;

export interface PopcountModule {
  memory: WebAssembly.Memory;
  /** gather(base, idx, n, dst): copies the 128-byte records base[idx[k]] to dst[k], k < n. */
  gather: (base: number, idx: number, n: number, dst: number) => void;
  kernels: {
    [K in KernelName]: K extends 'and_popcount_contiguous_above'
      ? AboveKernel
      : (typeof KERNELS)[K]['indexed'] extends true
        ? IndexedKernel
        : ContiguousKernel;
  };
}

export function instantiatePopcount(): PopcountModule {
  const module = new WebAssembly.Module(popcountModuleBytes());
  const instance = new WebAssembly.Instance(module, {});
  const e = instance.exports as Record<string, unknown>;
  return {
    memory: e.memory as WebAssembly.Memory,
    gather: e.gather as PopcountModule['gather'],
    kernels: e as unknown as PopcountModule['kernels'],
  };
}
