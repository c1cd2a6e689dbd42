import type { FieldFilters } from './match-encoded.ts';

/**
 * Field-level evidence on encoded records: a pair whose field-level filters disagree outright on the
 * given name, the family name, the patronymic, sex or the birth date is not released, whatever its
 * record-level Dice — the same contradiction rule as names-visible matching (docs/linkage.md). That is
 * the pattern of a twin (everything but the given name), a sibling, or a namesake born years apart,
 * which one record-level threshold cannot tell from a duplicate with a mistyped given name.
 *
 * A field filter is balanced (bits/2 ones), so two of them score 1 − (differing positions)/(bits/2):
 * unrelated values score about 0.5–0.65 (bigrams such as "_a" or a shared birth year are common), the
 * same value 1, one typo in a given name about 0.85. A field missing on either side (no ones) is no
 * evidence either way.
 */
export const DISAGREE_BELOW: Readonly<Record<string, number>> = {
  given_name: 0.65,
  family_name: 0.65,
  // the same date scores 1, a wrong year 0.8, a partial date about 0.8, a day/month swap or a wrong day
  // about 0.7; unrelated dates score 0.55–0.65 (one shared part: a year one time in 18)
  birth_date: 0.7,
  // sex is one token: the same (1) or not (about 0.5)
  sex: 0.9,
  // a patronymic is rarely mistyped in the registers and tells siblings' fathers from others'
  patronymic: 0.8,
};

function popcount32(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Dice of two field filters from their bytes; NaN when either is empty (the field is missing). */
export function fieldDice(a: Uint8Array, b: Uint8Array): number {
  let common = 0;
  let onesA = 0;
  let onesB = 0;
  for (let k = 0; k < a.length; k++) {
    common += popcount32(a[k]! & b[k]!);
    onesA += popcount32(a[k]!);
    onesB += popcount32(b[k]!);
  }
  return onesA === 0 || onesB === 0 ? Number.NaN : (2 * common) / (onesA + onesB);
}

/** The filter of field f of record i. */
export function fieldFilterOf(set: FieldFilters, i: number, f: number): Uint8Array {
  const at = (i * set.names.length + f) * set.bytes;
  return set.data.subarray(at, at + set.bytes);
}

/**
 * A test of "does this pair contradict itself on a field", for two sets encoded with the same schema.
 * Works on 32-bit words: filters are a multiple of 64 bits (checked when a file is read).
 */
export function createContradictionTest(
  left: FieldFilters,
  right: FieldFilters,
): (i: number, j: number) => boolean {
  if (left.bytes !== right.bytes || left.names.join() !== right.names.join() || left.bytes % 8 !== 0) {
    throw new Error('the two sets were encoded with different field-level filters');
  }
  const checked = left.names
    .map((name, f) => ({ f, below: DISAGREE_BELOW[name] }))
    .filter((c): c is { f: number; below: number } => c.below !== undefined);
  const words = left.bytes / 4;
  const view = (data: Uint8Array) =>
    data.byteOffset % 4 === 0
      ? new Uint32Array(data.buffer, data.byteOffset, data.byteLength / 4)
      : new Uint32Array(data.slice().buffer);
  const a32 = view(left.data);
  const b32 = view(right.data);
  const ones = (data: Uint32Array, records: number) => {
    const counts = new Uint16Array(records * left.names.length);
    for (let x = 0; x < counts.length; x++) {
      let n = 0;
      for (let k = 0; k < words; k++) n += popcount32(data[x * words + k]!);
      counts[x] = n;
    }
    return counts;
  };
  const onesA = ones(a32, left.data.byteLength / left.bytes / left.names.length);
  const onesB = ones(b32, right.data.byteLength / right.bytes / right.names.length);
  const stride = left.names.length;
  return (i, j) => {
    for (const { f, below } of checked) {
      const x = i * stride + f;
      const y = j * stride + f;
      const total = onesA[x]! + onesB[y]!;
      if (onesA[x] === 0 || onesB[y] === 0) continue; // missing: no evidence
      let common = 0;
      for (let k = 0; k < words; k++) common += popcount32(a32[x * words + k]! & b32[y * words + k]!);
      if ((2 * common) / total < below) return true;
    }
    return false;
  };
}
