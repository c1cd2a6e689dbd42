import { CLK_BYTES, type ClkSet } from '../../../domain/linkage/clk/match-encoded.ts';
import { InputError } from './errors.ts';
import { jsonErrorOffset } from './json-error-position.ts';
import { readText } from './read-records.ts';

const MIN_SECRET_BYTES = 16;

/**
 * Version of the file `haven link encode` writes. Version 1 (no "version" key): records hold id, clk
 * and blocks. Version 2 adds each record's field-level filters ("fields", base64), laid out as the
 * schema's haven.fieldFilters says. Both are read; a version 1 file is matched on its CLKs alone.
 */
export const CLK_FILE_VERSION = 2;

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
  const doc = document as { format?: unknown; version?: unknown; schema?: unknown; records?: unknown };
  if (doc?.format !== 'haven-clk' || !Array.isArray(doc.records)) {
    throw new InputError('not a Haven CLK file (expected {"format":"haven-clk", "records":[…]})', file);
  }
  const version = doc.version ?? 1;
  if (version !== 1 && version !== CLK_FILE_VERSION) {
    throw new InputError(
      `unsupported CLK file version ${JSON.stringify(version)} (this Haven reads 1 and ${CLK_FILE_VERSION})`,
      file,
    );
  }
  const records = doc.records as Array<{ id?: unknown; clk?: unknown; fields?: unknown; blocks?: unknown }>;
  const layout = version === 1 ? undefined : fieldLayout(doc.schema, file);
  const fieldBytes = layout ? layout.bytes * layout.names.length : 0;
  const fields = new Uint8Array(records.length * fieldBytes);
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
    if (layout) {
      const f = typeof r.fields === 'string' ? Buffer.from(r.fields, 'base64') : undefined;
      if (f?.length !== fieldBytes) {
        throw new InputError(`record ${i + 1} needs ${fieldBytes} bytes of base64 field filters`, file);
      }
      fields.set(f, i * fieldBytes);
    }
    ids.push(r.id);
    blocks.push((r.blocks as unknown[]).filter((b): b is string => typeof b === 'string'));
  });
  const set: ClkSet = { ids, clks, blocks };
  if (layout) set.fields = { ...layout, data: fields };
  return { schema: doc.schema, set };
}

/** The field filters' layout from a version 2 file's schema (haven.fieldFilters). */
function fieldLayout(schema: unknown, file: string): { names: string[]; bytes: number } {
  const config = (schema as { haven?: { fieldFilters?: { bits?: unknown; features?: unknown } } })?.haven
    ?.fieldFilters;
  const bits = config?.bits;
  const names = config?.features;
  if (
    typeof bits !== 'number' ||
    !Number.isInteger(bits) ||
    bits <= 0 ||
    bits % 64 !== 0 ||
    !Array.isArray(names) ||
    names.length === 0 ||
    !names.every((n) => typeof n === 'string')
  ) {
    throw new InputError(
      'a version 2 CLK file needs schema.haven.fieldFilters with bits (a multiple of 64) and features',
      file,
    );
  }
  return { names: names as string[], bytes: bits / 8 };
}
