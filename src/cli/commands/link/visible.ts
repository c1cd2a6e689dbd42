import { dedupeRecords, matchRecords, THRESHOLDS } from '../../../domain/linkage/link-records.ts';
import { parseOptions, thresholdOption } from './options.ts';
import { createProgress } from './progress.ts';
import { readRecordsCsv } from './read-records.ts';
import { writePairsCsv } from './write-pairs.ts';

const COMMON = {
  out: { type: 'string', required: true },
  threshold: { type: 'string' },
  quiet: { type: 'boolean' },
  'allow-contradictions': { type: 'boolean' },
} as const;

export async function dedupeCommand(args: string[]): Promise<number> {
  const o = parseOptions(args, { in: { type: 'string', required: true }, ...COMMON }, 'dedupe');
  const threshold = thresholdOption(o.threshold, THRESHOLDS.batchDefault);
  const progress = createProgress(process.stderr, o.quiet === true);
  const records = readRecordsCsv(o.in as string);
  const pairs = dedupeRecords(records, {
    threshold,
    allowContradictions: o['allow-contradictions'] === true,
    onProgress: progress.update,
  });
  writePairsCsv(
    o.out as string,
    ['id_a', 'id_b', 'score'],
    pairs.map((p) => [p.idA, p.idB, p.score]),
  );
  progress.finish(
    `${records.length} records, ${pairs.length} duplicate pairs at score ≥ ${threshold} → ${o.out}`,
  );
  return 0;
}

export async function matchCommand(args: string[]): Promise<number> {
  const o = parseOptions(
    args,
    { left: { type: 'string', required: true }, right: { type: 'string', required: true }, ...COMMON },
    'match',
  );
  const threshold = thresholdOption(o.threshold, THRESHOLDS.batchDefault);
  const progress = createProgress(process.stderr, o.quiet === true);
  const left = readRecordsCsv(o.left as string);
  const right = readRecordsCsv(o.right as string);
  const pairs = matchRecords(left, right, {
    threshold,
    allowContradictions: o['allow-contradictions'] === true,
    onProgress: progress.update,
  });
  writePairsCsv(
    o.out as string,
    ['left_id', 'right_id', 'score'],
    pairs.map((p) => [p.idA, p.idB, p.score]),
  );
  progress.finish(`${left.length} × ${right.length} records, ${pairs.length} matched pairs → ${o.out}`);
  return 0;
}
