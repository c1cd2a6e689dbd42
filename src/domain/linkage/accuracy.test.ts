import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadFebrl } from '../../../bench/linkage/febrl.ts';
import { quality, toPersonRecord, truePairs } from '../../../bench/linkage/evaluate.ts';
import { generateLinkageSet } from '../../../bench/linkage/generator/generate.ts';
import { createEncoder } from './clk/encode.ts';
import { CLK_BYTES, type ClkSet, matchEncoded } from './clk/match-encoded.ts';
import { defaultSchema } from './clk/schema.ts';
import { matchRecords } from './link-records.ts';
import type { PersonRecord } from './record.ts';

// Regression guard on subsets; full-size figures come from `npm run eval:linkage`. The thresholds sit
// a little under the full-size results so that sampling noise does not fail the suite.
const FEBRL = new URL('../../../test/fixtures/febrl/', import.meta.url).pathname;

function encodeAll(records: readonly PersonRecord[]): ClkSet {
  const schema = defaultSchema();
  const filters = schema.haven.fieldFilters!;
  const encoder = createEncoder(schema, new TextEncoder().encode('accuracy test secret, 32 bytes!!'), {
    hmacSha256: (key, message) => createHmac('sha256', key).update(message).digest(),
    hkdfSha256: (secret, salt, info, length) =>
      new Uint8Array(hkdfSync('sha256', secret, salt, info, length)),
  });
  const clks = new Uint8Array(records.length * CLK_BYTES);
  const width = (filters.bits / 8) * filters.features.length;
  const data = new Uint8Array(records.length * width);
  const blocks = records.map((r, i) => {
    const e = encoder.encode(r);
    clks.set(e.clk, i * CLK_BYTES);
    data.set(e.fields!, i * width);
    return e.blocks;
  });
  return {
    ids: records.map((r) => r.id),
    clks,
    blocks,
    fields: { names: filters.features, bytes: filters.bits / 8, data },
  };
}

describe('linkage accuracy on subsets', () => {
  it('FEBRL 4, first 1,000 originals and their duplicates, names visible, contradictions allowed: F1 ≥ 0.95', () => {
    const left = loadFebrl(`${FEBRL}dataset4a.csv`, 1000);
    const entities = new Set(left.map((r) => r.entity));
    const right = loadFebrl(`${FEBRL}dataset4b.csv`).filter((r) => entities.has(r.entity));
    // FEBRL replaces whole fields; Haven's default would read such pairs as twins or namesakes
    const pairs = matchRecords(left, right, { allowContradictions: true });
    const q = quality(
      pairs.map((p) => [p.idA, p.idB]),
      truePairs(left, right),
    );
    expect(q.f1).toBeGreaterThanOrEqual(0.95);
  });

  const { left, right } = generateLinkageSet({ seed: 20240601, matches: 1000, distractors: 250 });
  const truth = truePairs(left, right);

  it('generated Cyrillic/Latin set, names visible: F1 ≥ 0.95', () => {
    const pairs = matchRecords(left.map(toPersonRecord), right.map(toPersonRecord));
    expect(
      quality(
        pairs.map((p) => [p.idA, p.idB]),
        truth,
      ).f1,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('generated Cyrillic/Latin set, encoded: F1 ≥ 0.90', () => {
    const a = encodeAll(left.map(toPersonRecord));
    const b = encodeAll(right.map(toPersonRecord));
    const pairs = matchEncoded(a, b);
    expect(
      quality(
        pairs.map((p) => [a.ids[p.left]!, b.ids[p.right]!]),
        truth,
      ).f1,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('lookalike set (children born the same day, sharing a family name, siblings, twins, namesakes), names visible: F1 ≥ 0.95 and precision ≥ 0.97', () => {
    const set = generateLinkageSet({ seed: 20240602, matches: 1000, distractors: 500, lookalikes: true });
    const pairs = matchRecords(set.left.map(toPersonRecord), set.right.map(toPersonRecord));
    const q = quality(
      pairs.map((p) => [p.idA, p.idB]),
      truePairs(set.left, set.right),
    );
    expect(q.precision).toBeGreaterThanOrEqual(0.97);
    expect(q.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('lookalike set, encoded with field-level filters: F1 ≥ 0.945 and precision ≥ 0.97 (one CLK threshold alone: about 0.93)', () => {
    const set = generateLinkageSet({ seed: 20240602, matches: 1000, distractors: 500, lookalikes: true });
    const a = encodeAll(set.left.map(toPersonRecord));
    const b = encodeAll(set.right.map(toPersonRecord));
    const q = quality(
      matchEncoded(a, b).map((p) => [a.ids[p.left]!, b.ids[p.right]!]),
      truePairs(set.left, set.right),
    );
    expect(q.precision).toBeGreaterThanOrEqual(0.97);
    expect(q.f1).toBeGreaterThanOrEqual(0.945);
  });
});
