import { canonicalGivenName } from '../names/given-names.ts';
import { splitPatronymic } from '../names/patronymic.ts';
import { blockingKeys } from '../model/blocking.ts';
import { type PreparedRecord, prepareRecord } from '../prepare.ts';
import type { PersonRecord } from '../record.ts';
import { type FeatureName, type FieldFilterSchema, type LinkageSchema, rawFilterBits } from './schema.ts';

/** The keyed primitives the encoder needs; the CLI passes node:crypto, keeping this module pure. */
export interface KeyedHashing {
  hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array;
  hkdfSha256(secret: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
}

export interface EncodedRecord {
  id: string;
  /** 1024-bit CLK, 128 bytes. */
  clk: Uint8Array;
  /** Keyed blocking tokens (hex): records are compared only when they share one. */
  blocks: string[];
  /**
   * Field-level filters (schema.haven.fieldFilters), back to back, bits/8 bytes each: a field's filter
   * has exactly bits/2 ones, or none when the field is missing. Absent when the schema has none.
   */
  fields?: Uint8Array;
}

const utf8 = new TextEncoder();
const KEY_BYTES = 64;

function bigrams(words: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const w of words) {
    const padded = `_${w}_`;
    for (let i = 0; i + 2 <= padded.length; i++) grams.add(padded.slice(i, i + 2));
  }
  return [...grams];
}

// Birth date as parts, so that one wrong digit, a day/month swap or a ±1 year keeps most tokens.
function dateTokens(r: PreparedRecord): string[] {
  const d = r.birthDate;
  if (!d) return [];
  const tokens = [`y:${d.year}`];
  if (d.month !== undefined) tokens.push(`m:${d.month}`);
  if (d.day !== undefined) tokens.push(`d:${d.day}`);
  if (d.month !== undefined && d.day !== undefined)
    tokens.push(`md:${[d.month, d.day].sort((a, b) => a - b).join('-')}`);
  return tokens;
}

/** The tokens of each feature, taken from Haven's normalised record. */
export function featureTokens(r: PreparedRecord, feature: FeatureName): string[] {
  switch (feature) {
    case 'given_name':
      return bigrams(r.names.given.map(canonicalGivenName));
    case 'family_name':
      return [...bigrams(r.names.family), ...r.names.familyPhonetic.map((c) => `dm:${c}`)];
    case 'patronymic': {
      const p = r.names.patronymic;
      if (!p) return [];
      return bigrams([r.names.patronymicGroups[0] ?? splitPatronymic(p).stem]);
    }
    case 'birth_date':
      return dateTokens(r);
    case 'sex':
      return r.sex ? [r.sex] : [];
    case 'birth_place':
      return bigrams([r.birthPlace.join('')].filter((w) => w.length > 0));
    case 'citizenship':
      return r.citizenship ? [r.citizenship] : [];
  }
}

function saltOf(r: PreparedRecord, schema: LinkageSchema): string {
  switch (schema.haven.saltField) {
    case 'sex':
      return r.sex ?? '';
    case 'citizenship':
      return r.citizenship ?? '';
    case 'birth_year':
      return r.birthDate ? String(r.birthDate.year) : '';
    default:
      return '';
  }
}

function base64Bytes(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** A keyed permutation of 0..n-1 (Fisher–Yates driven by HMAC output), shared by both nodes. */
function keyedPermutation(n: number, key: Uint8Array, hashing: KeyedHashing): Uint16Array {
  const perm = Uint16Array.from({ length: n }, (_, i) => i);
  let stream: Uint8Array = new Uint8Array(0);
  let used = 0;
  let counter = 0;
  const next32 = () => {
    if (used + 4 > stream.length) {
      stream = hashing.hmacSha256(key, utf8.encode(`perm:${counter++}`));
      used = 0;
    }
    const v =
      (stream[used]! << 24) | (stream[used + 1]! << 16) | (stream[used + 2]! << 8) | stream[used + 3]!;
    used += 4;
    return v >>> 0;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = next32() % (i + 1);
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  return perm;
}

export interface ClkEncoder {
  encode(record: PersonRecord): EncodedRecord;
}

export function createEncoder(schema: LinkageSchema, secret: Uint8Array, hashing: KeyedHashing): ClkEncoder {
  const { kdf, l } = schema.clkConfig;
  const rawBits = rawFilterBits(schema);
  const keyCount = schema.features.length + 2;
  const fieldFilters = schema.haven.fieldFilters;
  // field filters' keys (hash, permutation) come after the CLK's: HKDF output is prefix-stable, so the
  // CLK and blocking tokens are the same bytes as in a version 1 file
  const fieldKeyCount = 2 * (fieldFilters?.features.length ?? 0);
  const keys = hashing.hkdfSha256(
    secret,
    base64Bytes(kdf.salt),
    base64Bytes(kdf.info),
    KEY_BYTES * (keyCount + fieldKeyCount),
  );
  const keyAt = (i: number) => keys.subarray(i * KEY_BYTES, (i + 1) * KEY_BYTES);
  const permutation =
    schema.haven.hardening.type === 'balance' ? keyedPermutation(l, keyAt(keyCount - 2), hashing) : null;
  const blockingKey = keyAt(keyCount - 1);
  // Names repeat: the same bigram is hashed once per run, not once per record.
  const positionCache = new Map<string, Uint16Array>();

  const positions = (featureIndex: number, token: string, k: number): Uint16Array => {
    const cacheKey = `${featureIndex}\u0000${token}\u0000${k}`;
    const cached = positionCache.get(cacheKey);
    if (cached) return cached;
    const out = new Uint16Array(k);
    for (let block = 0; block * 16 < k; block++) {
      const digest = hashing.hmacSha256(keyAt(featureIndex), utf8.encode(`${token}\u0000${block}`));
      for (let i = 0; i < 16 && block * 16 + i < k; i++) {
        out[block * 16 + i] = ((digest[2 * i]! << 8) | digest[2 * i + 1]!) % rawBits;
      }
    }
    positionCache.set(cacheKey, out);
    return out;
  };

  const fieldFilter = fieldFilters && createFieldFilter(fieldFilters, keyCount, keyAt, hashing);

  return {
    encode(record) {
      const prepared = prepareRecord(record);
      const salt = saltOf(prepared, schema);
      const filter = new Uint8Array(rawBits / 8);
      schema.features.forEach((feature, fi) => {
        const tokens = featureTokens(prepared, feature.identifier);
        if (tokens.length === 0) return;
        const k = Math.max(1, Math.ceil(feature.hashing.strategy.bitsPerFeature / tokens.length));
        for (const token of tokens) {
          for (const p of positions(fi, salt ? `${token}\u0001${salt}` : token, k))
            filter[p >> 3]! |= 1 << (p & 7);
        }
      });
      const blocks = blockingKeys(prepared).map((key) => {
        const digest = hashing.hmacSha256(blockingKey, utf8.encode(key));
        return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
      });
      const encoded: EncodedRecord = { id: record.id, clk: harden(filter, schema, permutation), blocks };
      if (fieldFilter) encoded.fields = fieldFilter(prepared);
      return encoded;
    },
  };
}

/**
 * The field-level encoder: for each listed feature, its tokens (the same as in the CLK) set about
 * bitsPerFeature of bits/2 positions, hashed with the field's own key, and the filter is balanced with
 * its complement under the field's own keyed permutation, so that every present field shows exactly
 * bits/2 ones whatever its length. Dice of two such filters is 1 − (differing positions)/(bits/2).
 */
/** y, m, d and md: the tokens of a full birth date (dateTokens). */
const FULL_DATE_TOKENS = 4;

function createFieldFilter(
  config: FieldFilterSchema,
  firstKey: number,
  keyAt: (i: number) => Uint8Array,
  hashing: KeyedHashing,
): (r: PreparedRecord) => Uint8Array {
  const raw = config.bits / 2;
  const bytes = config.bits / 8;
  const permutations = config.features.map((_, f) =>
    keyedPermutation(config.bits, keyAt(firstKey + 2 * f + 1), hashing),
  );
  const cache = new Map<string, Uint16Array>();
  const positions = (f: number, token: string, k: number): Uint16Array => {
    const cacheKey = `${f}\u0000${token}\u0000${k}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const out = new Uint16Array(k);
    for (let block = 0; block * 16 < k; block++) {
      const digest = hashing.hmacSha256(keyAt(firstKey + 2 * f), utf8.encode(`${token}\u0000${block}`));
      for (let i = 0; i < 16 && block * 16 + i < k; i++) {
        out[block * 16 + i] = ((digest[2 * i]! << 8) | digest[2 * i + 1]!) % raw;
      }
    }
    cache.set(cacheKey, out);
    return out;
  };
  return (r) => {
    const out = new Uint8Array(bytes * config.features.length);
    config.features.forEach((feature, f) => {
      const tokens = featureTokens(r, feature);
      if (tokens.length === 0) return; // missing: no ones at all
      const filter = new Uint8Array(raw / 8);
      // a partial birth date hashes its tokens as a full date does (k per token fixed), so that its
      // filter is a subset of the full date's and "year only" is not read as "another date"
      const perToken = feature === 'birth_date' ? FULL_DATE_TOKENS : tokens.length;
      const k = Math.max(1, Math.ceil(config.bitsPerFeature / perToken));
      for (const token of tokens) for (const p of positions(f, token, k)) filter[p >> 3]! |= 1 << (p & 7);
      const bit = (i: number) =>
        (i < raw ? filter[i >> 3]! >> (i & 7) : ~filter[(i - raw) >> 3]! >> ((i - raw) & 7)) & 1;
      const at = f * bytes;
      permutations[f]!.forEach((source, i) => {
        if (bit(source)) out[at + (i >> 3)]! |= 1 << (i & 7);
      });
    });
    return out;
  };
}

function harden(filter: Uint8Array, schema: LinkageSchema, permutation: Uint16Array | null): Uint8Array {
  const bytes = schema.clkConfig.l / 8;
  const out = new Uint8Array(bytes);
  const hardening = schema.haven.hardening.type;
  if (hardening === 'none') out.set(filter);
  else if (hardening === 'xorFold') for (let i = 0; i < bytes; i++) out[i] = filter[i]! ^ filter[i + bytes]!;
  else {
    const half = filter.length * 8;
    const bit = (i: number) =>
      (i < half ? filter[i >> 3]! >> (i & 7) : ~filter[(i - half) >> 3]! >> ((i - half) & 7)) & 1;
    permutation!.forEach((source, i) => {
      if (bit(source)) out[i >> 3]! |= 1 << (i & 7);
    });
  }
  return out;
}
