import { createHmac, hkdfSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createEncoder, type KeyedHashing } from '../../../domain/linkage/clk/encode.ts';
import {
  CLK_BYTES,
  DEFAULT_ENCODED_THRESHOLD,
  matchEncoded,
} from '../../../domain/linkage/clk/match-encoded.ts';
import { defaultSchema } from '../../../domain/linkage/clk/schema.ts';
import { InputError } from './errors.ts';
import { parseOptions, thresholdOption } from './options.ts';
import { createProgress } from './progress.ts';
import { readRecordsCsv } from './read-records.ts';
import { CLK_FILE_VERSION, readClkFile, secretFromFile } from './read-clk.ts';
import { writePairsCsv } from './write-pairs.ts';

export const nodeHashing: KeyedHashing = {
  hmacSha256: (key, message) => createHmac('sha256', key).update(message).digest(),
  hkdfSha256: (secret, salt, info, length) => new Uint8Array(hkdfSync('sha256', secret, salt, info, length)),
};

export async function encodeCommand(args: string[]): Promise<number> {
  const o = parseOptions(
    args,
    {
      in: { type: 'string', required: true },
      'secret-file': { type: 'string', required: true },
      out: { type: 'string', required: true },
      'clk-only': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    'encode',
  );
  const progress = createProgress(process.stderr, o.quiet === true);
  const secret = secretFromFile(o['secret-file'] as string);
  const records = readRecordsCsv(o.in as string);
  const schema = defaultSchema();
  // --clk-only: no field-level filters, a version 1 file (less for the matcher to learn, less accurate)
  const clkOnly = o['clk-only'] === true;
  if (clkOnly) delete schema.haven.fieldFilters;
  const encoder = createEncoder(schema, secret, nodeHashing);
  const encoded = records.map((r, i) => {
    if (i % 2000 === 0) progress.update('encoding', i, records.length);
    const e = encoder.encode(r);
    return {
      id: e.id,
      clk: Buffer.from(e.clk).toString('base64'),
      ...(e.fields ? { fields: Buffer.from(e.fields).toString('base64') } : {}),
      blocks: e.blocks,
    };
  });
  // version 2: each record also carries its field-level filters (docs/linkage.md, "CLK files")
  const document = clkOnly
    ? { format: 'haven-clk', schema, records: encoded }
    : { format: 'haven-clk', version: CLK_FILE_VERSION, schema, records: encoded };
  try {
    writeFileSync(o.out as string, JSON.stringify(document));
  } catch (error) {
    throw new InputError(
      `cannot write output: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      o.out as string,
    );
  }
  progress.finish(`${records.length} records encoded (${CLK_BYTES * 8}-bit CLKs) → ${o.out}`);
  return 0;
}

export async function matchEncodedCommand(args: string[]): Promise<number> {
  const o = parseOptions(
    args,
    {
      left: { type: 'string', required: true },
      right: { type: 'string', required: true },
      out: { type: 'string', required: true },
      threshold: { type: 'string' },
      'allow-contradictions': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    'match-encoded',
  );
  const threshold = thresholdOption(o.threshold, DEFAULT_ENCODED_THRESHOLD);
  const progress = createProgress(process.stderr, o.quiet === true);
  const left = readClkFile(o.left as string);
  const right = readClkFile(o.right as string);
  if (JSON.stringify(left.schema) !== JSON.stringify(right.schema)) {
    throw new InputError(`the two files were encoded with different linkage schemas`, o.right as string);
  }
  const pairs = matchEncoded(left.set, right.set, {
    threshold,
    onProgress: progress.update,
    allowContradictions: o['allow-contradictions'] === true,
  });
  writePairsCsv(
    o.out as string,
    ['left_id', 'right_id', 'score'],
    pairs.map((p) => [left.set.ids[p.left]!, right.set.ids[p.right]!, p.score]),
  );
  progress.finish(
    `${left.set.ids.length} × ${right.set.ids.length} encoded records, ${pairs.length} matched pairs → ${o.out}`,
  );
  return 0;
}
