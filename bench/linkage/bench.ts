// `npm run bench:linkage`: encoded comparisons per second per core beside the machine's popcount bound
// (measured in this run), and the 100,000 × 100,000 encoded linkage end to end through the CLI with
// its peak memory, accuracy and the share of true matches lost to blocking.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSet } from './encode-sets.ts';
import { quality, toPersonRecord, truePairs } from './evaluate.ts';
import { generateLinkageSet } from './generator/generate.ts';
import { measureKernels } from './kernels.ts';

const size = Number(process.env.LINKAGE_BENCH_SIZE ?? 100_000);
const rates = measureKernels();
const rate = (k: string) => rates.find((r) => r.kernel === k)!.comparisonsPerSecond;
const bound = Math.max(rate('popcount_contiguous'), rate('popcount_contiguous_simd'));
console.log(`CPU: ${cpus()[0]?.model} × ${cpus().length}, Node ${process.version}`);
for (const r of rates) {
  console.log(
    `${r.kernel.padEnd(30)} ${(r.comparisonsPerSecond / 1e6).toFixed(1).padStart(7)} M/s  ${(r.comparisonsPerSecond / bound).toFixed(2)} × bound`,
  );
}

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

const dir = mkdtempSync(join(tmpdir(), 'haven-linkage-bench-'));
const asJson = (set: typeof encodedLeft) =>
  JSON.stringify({
    format: 'haven-clk',
    schema: 'bench',
    records: set.ids.map((id, i) => ({
      id,
      clk: Buffer.from(set.clks.subarray(i * 128, (i + 1) * 128)).toString('base64'),
      blocks: set.blocks[i],
    })),
  });
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
  popcountBoundPerSecond: Math.round(bound),
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
mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../results/linkage-bench.json', import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log('written bench/results/linkage-bench.json');
