// `npm run bench:linkage`: encoded comparisons per second per core beside the machine's popcount bound
// (measured in this run): each kernel in cache, and the path that matching uses on the real
// 100,000 × 100,000 blocked data (in process); then that linkage end to end through the CLI with its
// peak memory, accuracy and the share of true matches lost to blocking.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type EncodedMatchStats, matchEncoded } from '../../src/domain/linkage/clk/match-encoded.ts';
import { defaultSchema } from '../../src/domain/linkage/clk/schema.ts';
import { encodeSet } from './encode-sets.ts';
import { quality, toPersonRecord, truePairs } from './evaluate.ts';
import { generateLinkageSet } from './generator/generate.ts';
import { cpuSeconds, type KernelRate, measureKernels } from './kernels.ts';
import { measureMatching } from './matching-rate.ts';

const size = Number(process.env.LINKAGE_BENCH_SIZE ?? 100_000);
let rates = measureKernels();
const rate = (k: string) => rates.find((r) => r.kernel === k)!.comparisonsPerSecond;
const bound = () => Math.max(rate('popcount_contiguous'), rate('popcount_contiguous_simd'));
const M = (perSecond: number) => `${(perSecond / 1e6).toFixed(1).padStart(7)} M/s`;
console.log(`CPU: ${cpus()[0]?.model} × ${cpus().length}, Node ${process.version}`);

console.log(`\ngenerating and encoding ${size.toLocaleString('en')} × ${size.toLocaleString('en')} records…`);
const { left, right } = generateLinkageSet({ seed: 99, matches: size, distractors: 0 });
let t = performance.now();
const encodedLeft = encodeSet(left.map(toPersonRecord));
const encodedRight = encodeSet(right.map(toPersonRecord));
const encodeSeconds = (performance.now() - t) / 1000;

// Recall lost to blocking: true pairs that share no blocking token are never compared.
const rightIndex = new Map(encodedRight.ids.map((id, i) => [id, i]));
const truth = truePairs(left, right);
let unblocked = 0;
for (const pair of truth) {
  const [l, r] = pair.split('|') as [string, string];
  const a = new Set(encodedLeft.blocks[Number(l.slice(1))]);
  if (!encodedRight.blocks[rightIndex.get(r)!]!.some((b) => a.has(b))) unblocked++;
}

// the path that matching uses, on these data, in this process; the kernels are measured again after
// it and each keeps its better figure, so that the bound is the machine's at the time of the run
console.log('measuring the matching path…');
const matching = measureMatching(encodedLeft, encodedRight);
// the same linkage on CLKs alone (as a version 1 file): what the field check adds to the assignment
const clkOnly = (set: typeof encodedLeft) => ({ ids: set.ids, clks: set.clks, blocks: set.blocks });
const assignWithoutFields = Math.min(
  ...[0, 1, 2].map(() => {
    const stats = {} as EncodedMatchStats;
    matchEncoded(clkOnly(encodedLeft), clkOnly(encodedRight), {
      maxBucket: 10_000,
      stats,
      clock: cpuSeconds,
    });
    return stats.assignSeconds;
  }),
);
const again = measureKernels();
rates = rates.map(
  (r, k): KernelRate => ({
    kernel: r.kernel,
    comparisonsPerSecond: Math.max(r.comparisonsPerSecond, again[k]!.comparisonsPerSecond),
  }),
);
for (const r of rates)
  console.log(
    `${r.kernel.padEnd(30)} ${M(r.comparisonsPerSecond)}  ${(r.comparisonsPerSecond / bound()).toFixed(2)} × bound`,
  );
console.log(
  `matching path (block by block):  ${M(matching.distinctPairsPerSecond)} distinct candidate pairs, ${M(matching.kernelComparisonsPerSecond)} kernel comparisons  ${(matching.distinctPairsPerSecond / bound()).toFixed(2)} × bound`,
);
console.log(
  `earlier path (indexed gather):   ${M(matching.indexedPathPairsPerSecond)} distinct candidate pairs`,
);

const dir = mkdtempSync(join(tmpdir(), 'haven-linkage-bench-'));
// CLK file version 2, as `haven link encode` writes it: CLK, field-level filters and blocking tokens
const schema = defaultSchema();
const asJson = (set: typeof encodedLeft) => {
  const width = set.fields ? set.fields.bytes * set.fields.names.length : 0;
  return JSON.stringify({
    format: 'haven-clk',
    version: 2,
    schema,
    records: set.ids.map((id, i) => ({
      id,
      clk: Buffer.from(set.clks.subarray(i * 128, (i + 1) * 128)).toString('base64'),
      fields: Buffer.from(set.fields!.data.subarray(i * width, (i + 1) * width)).toString('base64'),
      blocks: set.blocks[i],
    })),
  });
};
writeFileSync(join(dir, 'left.clk.json'), asJson(encodedLeft));
writeFileSync(join(dir, 'right.clk.json'), asJson(encodedRight));
t = performance.now();
const run = spawnSync(
  process.execPath,
  [
    new URL('./measured-cli.mjs', import.meta.url).pathname,
    'match-encoded',
    '--left',
    join(dir, 'left.clk.json'),
    '--right',
    join(dir, 'right.clk.json'),
    '--out',
    join(dir, 'pairs.csv'),
    '--quiet',
  ],
  { encoding: 'utf8' },
);
const wall = (performance.now() - t) / 1000;
const measured = JSON.parse(run.stderr.trim().split('\n').pop()!) as { seconds: number; maxRssMiB: number };
const predicted = readFileSync(join(dir, 'pairs.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',').slice(0, 2) as [string, string]);
const q = quality(predicted, truth);
rmSync(dir, { recursive: true, force: true });

const result = {
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version },
  kernelsComparisonsPerSecond: Object.fromEntries(
    rates.map((r) => [r.kernel, Math.round(r.comparisonsPerSecond)]),
  ),
  popcountBoundPerSecond: Math.round(bound()),
  matchingPath: {
    description:
      'matchEncoded on the encoded sets below, in process, best of 5 runs, seconds of process CPU time (kernels likewise): comparison phase = gather each block, compare, collect the pairs at or above the threshold',
    distinctCandidatePairs: matching.distinctCandidatePairs,
    kernelComparisons: matching.best.comparisons,
    blocks: matching.best.blocks,
    pairsAtOrAboveThresholdWithRepeats: matching.best.found,
    compareSeconds: matching.best.compareSeconds,
    compareSecondsAllTrials: matching.trials.map((t) => t.compareSeconds),
    distinctPairsPerSecond: Math.round(matching.distinctPairsPerSecond),
    kernelComparisonsPerSecond: Math.round(matching.kernelComparisonsPerSecond),
    distinctPairsPerSecondOverBound: matching.distinctPairsPerSecond / bound(),
    blockingSeconds: matching.best.blockingSeconds,
    assignSeconds: matching.best.assignSeconds,
    pairsRefusedForAContradictingField: matching.best.contradicting,
    assignSecondsWithoutFieldFilters: assignWithoutFields,
    earlierIndexedPathPairsPerSecond: Math.round(matching.indexedPathPairsPerSecond),
  },
  endToEnd: {
    records: `${size} x ${size}`,
    encodeSecondsBothSides: encodeSeconds,
    matchEncodedSecondsInProcess: measured.seconds,
    matchEncodedWallSecondsIncludingStartup: wall,
    peakRssMiB: measured.maxRssMiB,
    recallLostToBlocking: unblocked / truth.size,
    precision: q.precision,
    recall: q.recall,
    f1: q.f1,
  },
};
console.log(JSON.stringify(result.endToEnd, null, 2));
console.log(
  `phases (CPU s): blocking ${matching.best.blockingSeconds.toFixed(2)}, comparison ${matching.best.compareSeconds.toFixed(2)}, ordering and assignment ${matching.best.assignSeconds.toFixed(2)} (CLKs alone ${assignWithoutFields.toFixed(2)}; ${matching.best.contradicting} pairs refused for a contradicting field)`,
);
// LINKAGE_BENCH_OUT: write the results elsewhere (default bench/results/linkage-bench.json)
const out =
  process.env.LINKAGE_BENCH_OUT ?? new URL('../results/linkage-bench.json', import.meta.url).pathname;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`written ${out}`);
