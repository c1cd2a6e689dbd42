// The linkage schema both nodes agree on, shaped like clkhash's linkage schema v3
// (https://clkhash.readthedocs.io/en/stable/schema.html): clkConfig { l, kdf: HKDF-SHA256 } and one
// feature per field with comparison (bigrams), strategy (bitsPerFeature: the field's bit budget) and
// hash. Haven's extensions, marked "haven", are: the tokens come from Haven's normalisation (skeletons,
// given-name headwords, date parts) rather than the raw string; the hash is HMAC-SHA256; and a
// hardening step that keeps the released CLK at 1024 bits.

export type FeatureName =
  | 'given_name'
  | 'family_name'
  | 'patronymic'
  | 'sex'
  | 'birth_date'
  | 'birth_place'
  | 'citizenship';

export interface FeatureSchema {
  identifier: FeatureName;
  hashing: {
    comparison: { type: 'ngram'; n: 2; positional: false } | { type: 'exact' };
    strategy: { bitsPerFeature: number };
    hash: { type: 'hmacSha256' };
  };
}

export type Hardening =
  | { type: 'none' } // the filter is the CLK
  | { type: 'balance' } // l/2-bit filter plus its permuted complement: every CLK has l/2 ones
  | { type: 'xorFold' }; // 2l-bit filter folded in half by XOR

export interface FieldFilterSchema {
  /** Released bits per field: a bits/2 filter plus its keyed, permuted complement (a multiple of 64). */
  bits: number;
  /** Bits set in each field's bits/2 filter before balancing, spread over the field's tokens. */
  bitsPerFeature: number;
  features: FeatureName[];
}

/** The fields that get a field-level filter by default (see docs/linkage.md, "Field-level filters"). */
export const FIELD_FILTER_FEATURES: readonly FeatureName[] = [
  'given_name',
  'family_name',
  'patronymic',
  'birth_date',
  'sex',
];

export interface LinkageSchema {
  version: 3;
  clkConfig: {
    l: 1024;
    kdf: { type: 'HKDF'; hash: 'SHA256'; salt: string; info: string; keySize: 64 };
  };
  haven: {
    hardening: Hardening;
    /** A field whose value is mixed into every token's hash (record-level salt); none by default. */
    saltField?: 'sex' | 'citizenship' | 'birth_year';
    /**
     * Field-level filters released beside the CLK (format version 2): one balanced Bloom filter of
     * `bits` bits per listed feature, each from its own key, so that the matcher can tell which fields
     * of a pair agree (a twin's given name, a namesake's birth date). Absent in version 1 files.
     */
    fieldFilters?: FieldFilterSchema;
  };
  features: FeatureSchema[];
}

const bigrams = (bitsPerFeature: number) => ({
  comparison: { type: 'ngram', n: 2, positional: false } as const,
  strategy: { bitsPerFeature },
  hash: { type: 'hmacSha256' } as const,
});
const exact = (bitsPerFeature: number) => ({
  comparison: { type: 'exact' } as const,
  strategy: { bitsPerFeature },
  hash: { type: 'hmacSha256' } as const,
});

/**
 * Default schema. Bit budgets follow how much each field tells apart children (names and birth date
 * most, sex and citizenship least) and sum to about 0.9 × the filter length so that the filter is not
 * saturated; see docs/linkage.md for the measurements behind them.
 */
export function defaultSchema(hardening: Hardening = { type: 'balance' }): LinkageSchema {
  const rawBits = hardening.type === 'balance' ? 512 : hardening.type === 'xorFold' ? 2048 : 1024;
  const scale = rawBits / 512;
  const b = (n: number) => Math.round(n * scale);
  return {
    version: 3,
    clkConfig: {
      l: 1024,
      kdf: {
        type: 'HKDF',
        hash: 'SHA256',
        salt: 'aGF2ZW4tbGlua2FnZS12Mw==',
        info: 'aGF2ZW4tY2xr',
        keySize: 64,
      },
    },
    haven: {
      hardening,
      fieldFilters: { bits: 256, bitsPerFeature: 48, features: [...FIELD_FILTER_FEATURES] },
    },
    features: [
      { identifier: 'given_name', hashing: bigrams(b(110)) },
      { identifier: 'family_name', hashing: bigrams(b(140)) },
      { identifier: 'patronymic', hashing: bigrams(b(60)) },
      { identifier: 'birth_date', hashing: exact(b(100)) },
      { identifier: 'sex', hashing: exact(b(10)) },
      { identifier: 'birth_place', hashing: bigrams(b(40)) },
      { identifier: 'citizenship', hashing: exact(b(10)) },
    ],
  };
}

/** Length in bits of the Bloom filter before hardening. */
export function rawFilterBits(schema: LinkageSchema): number {
  const t = schema.haven.hardening.type;
  return t === 'balance'
    ? schema.clkConfig.l / 2
    : t === 'xorFold'
      ? schema.clkConfig.l * 2
      : schema.clkConfig.l;
}
