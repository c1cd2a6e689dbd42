import { writeFileSync } from 'node:fs';
import { csvField } from './csv.ts';
import { InputError } from './errors.ts';

export function writePairsCsv(
  file: string,
  header: [string, string, string],
  pairs: Iterable<[string, string, number]>,
) {
  const lines = [header.join(',')];
  for (const [a, b, score] of pairs) lines.push(`${csvField(a)},${csvField(b)},${score.toFixed(4)}`);
  try {
    writeFileSync(file, `${lines.join('\n')}\n`);
  } catch (error) {
    throw new InputError(`cannot write output: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, file);
  }
}
