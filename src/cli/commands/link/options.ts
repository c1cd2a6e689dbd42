import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; required?: boolean }>;

/** Strict option parsing: unknown options and missing required ones are usage errors. */
export function parseOptions(
  args: string[],
  spec: OptionSpec,
  command: string,
): Record<string, string | boolean> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(spec).map(([name, s]) => [name, { type: s.type }])),
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`haven link ${command}: ${(error as Error).message}`);
  }
  for (const [name, s] of Object.entries(spec)) {
    if (s.required && parsed.values[name] === undefined) {
      throw new UsageError(`haven link ${command}: --${name} is required`);
    }
  }
  return parsed.values as Record<string, string | boolean>;
}

export function thresholdOption(value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError(`--threshold must be a number between 0 and 1, got "${String(value)}"`);
  }
  return n;
}
