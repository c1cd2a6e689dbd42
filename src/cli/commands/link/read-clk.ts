import { CLK_BYTES, type ClkSet } from '../../../domain/linkage/clk/match-encoded.ts';
import { InputError } from './errors.ts';
import { jsonErrorOffset } from './json-error-position.ts';
import { readText } from './read-records.ts';

const MIN_SECRET_BYTES = 16;

/** The shared secret: the file's bytes, trailing newline ignored; short secrets are refused. */
export function secretFromFile(file: string): Uint8Array {
  const text = readText(file).replace(/\r?\n$/, '');
  const bytes = new TextEncoder().encode(text);
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new InputError(
      `the secret must be at least ${MIN_SECRET_BYTES} bytes (found ${bytes.length})`,
      file,
    );
  }
  return bytes;
}

function lineColumn(text: string, position: number): [number, number] {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return [line, position - before.lastIndexOf('\n')];
}

export function readClkFile(file: string): { schema: unknown; set: ClkSet } {
  const text = readText(file);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const [line, column] = lineColumn(text, jsonErrorOffset(text));
    throw new InputError(`not valid JSON (${(error as Error).message.split('\n')[0]})`, file, line, column);
  }
  const doc = document as { format?: unknown; schema?: unknown; records?: unknown };
  if (doc?.format !== 'haven-clk' || !Array.isArray(doc.records)) {
    throw new InputError('not a Haven CLK file (expected {"format":"haven-clk", "records":[…]})', file);
  }
  const records = doc.records as Array<{ id?: unknown; clk?: unknown; blocks?: unknown }>;
  const clks = new Uint8Array(records.length * CLK_BYTES);
  const ids: string[] = [];
  const blocks: string[][] = [];
  records.forEach((r, i) => {
    const bytes = typeof r?.clk === 'string' ? Buffer.from(r.clk, 'base64') : undefined;
    if (typeof r?.id !== 'string' || bytes?.length !== CLK_BYTES || !Array.isArray(r.blocks)) {
      throw new InputError(
        `record ${i + 1} needs a string id, a ${CLK_BYTES}-byte base64 clk and blocks`,
        file,
      );
    }
    clks.set(bytes, i * CLK_BYTES);
    ids.push(r.id);
    blocks.push((r.blocks as unknown[]).filter((b): b is string => typeof b === 'string'));
  });
  return { schema: doc.schema, set: { ids, clks, blocks } };
}
