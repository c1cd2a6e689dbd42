// Runs `haven link …` in this process and reports wall time and peak resident memory (maxRSS) as JSON
// on the last stderr line, so the benchmark can measure the CLI end to end in a fresh process.
import { register } from 'tsx/esm/api';

register();
const started = performance.now();
const { linkCommand } = await import('../../src/cli/commands/link.ts');
const code = await linkCommand(process.argv.slice(2));
const seconds = (performance.now() - started) / 1000;
process.stderr.write(
  `\n${JSON.stringify({ code, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
process.exitCode = code;
