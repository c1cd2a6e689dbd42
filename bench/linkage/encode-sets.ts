import { createHmac, hkdfSync } from 'node:crypto';
import { createEncoder, type KeyedHashing } from '../../src/domain/linkage/clk/encode.ts';
import { CLK_BYTES, type ClkSet } from '../../src/domain/linkage/clk/match-encoded.ts';
import { defaultSchema, type Hardening } from '../../src/domain/linkage/clk/schema.ts';
import type { PersonRecord } from '../../src/domain/linkage/record.ts';

export const benchHashing: KeyedHashing = {
  hmacSha256: (key, message) => createHmac('sha256', key).update(message).digest(),
  hkdfSha256: (secret, salt, info, length) => new Uint8Array(hkdfSync('sha256', secret, salt, info, length)),
};

const SECRET = new TextEncoder().encode('benchmark secret shared by both nodes');

/** Encodes records as one node would (same schema and secret on both sides). */
export function encodeSet(
  records: readonly PersonRecord[],
  hardening?: Hardening,
  options: { fieldFilters?: boolean } = {},
): ClkSet {
  const schema = defaultSchema(hardening);
  if (options.fieldFilters === false) delete schema.haven.fieldFilters;
  const encoder = createEncoder(schema, SECRET, benchHashing);
  const clks = new Uint8Array(records.length * CLK_BYTES);
  const config = schema.haven.fieldFilters;
  const bytes = config ? config.bits / 8 : 0;
  const width = bytes * (config?.features.length ?? 0);
  const data = new Uint8Array(records.length * width);
  const blocks = records.map((r, i) => {
    const e = encoder.encode(r);
    clks.set(e.clk, i * CLK_BYTES);
    if (e.fields) data.set(e.fields, i * width);
    return e.blocks;
  });
  const set: ClkSet = { ids: records.map((r) => r.id), clks, blocks };
  if (config) set.fields = { names: config.features, bytes, data };
  return set;
}
