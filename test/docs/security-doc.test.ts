import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/security.md and docs/security/asvs-5.0-l3.md are what a reviewer checks Haven against. They rot
// in two ways: a requirement silently drops out of the table, or a control moves and the doc still
// names the old file. This test catches both. The list of IDs is the standard's, checked in beside the
// table (docs/security/asvs-5.0-ids.txt); the table itself is written by hand.

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

const STATUSES = ['met', 'partly', 'not met', 'not applicable', 'landing'] as const;
type Status = (typeof STATUSES)[number];

/** The standard's requirements: ID → level, in the standard's order. */
function standardIds(): Map<string, number> {
  const ids = new Map<string, number>();
  for (const line of read('docs/security/asvs-5.0-ids.txt').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [id = '', level = ''] = line.trim().split(/\s+/);
    expect(id, line).toMatch(/^V\d+\.\d+\.\d+$/);
    expect(['1', '2', '3'], line).toContain(level);
    expect(ids.has(id), `${id} twice in the ID list`).toBe(false);
    ids.set(id, Number(level));
  }
  return ids;
}

type Row = { id: string; level: string; asks: string; status: string; where: string };

/** Every table row of the ASVS document that starts with a requirement ID. */
function requirementRows(doc: string): Row[] {
  return doc
    .split('\n')
    .filter((line) => /^\|\s*V\d+\.\d+\.\d+\s*\|/.test(line))
    .map((line) => {
      const [id = '', level = '', asks = '', status = '', where = ''] = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
      return { id, level, asks, status, where };
    });
}

/** Repository paths a document names in backticks: `src/…`, `test/…`, `docs/…` and the like. */
function namedPaths(doc: string): string[] {
  const paths = new Set<string>();
  for (const match of doc.matchAll(/`((?:src|test|docs|bench|scripts|bin)\/[^`\s]*)`/g)) {
    paths.add((match[1] ?? '').replace(/[.,:;]+$/, ''));
  }
  return [...paths];
}

const asvsDoc = read('docs/security/asvs-5.0-l3.md');
const securityDoc = read('docs/security.md');

describe('docs/security/asvs-5.0-l3.md', () => {
  const ids = standardIds();
  const rows = requirementRows(asvsDoc);

  it('the ID list is the whole standard: 345 requirements, 70 at level 1, 183 at 2, 92 at 3', () => {
    const levels = [...ids.values()];
    expect(levels).toHaveLength(345);
    expect([1, 2, 3].map((level) => levels.filter((l) => l === level).length)).toEqual([70, 183, 92]);
  });

  it('lists every requirement exactly once, at its level, in the standard’s order', () => {
    const seen = rows.map((row) => row.id);
    const twice = seen.filter((id, index) => seen.indexOf(id) !== index);
    expect(twice, 'listed more than once').toEqual([]);
    expect(
      [...ids.keys()].filter((id) => !seen.includes(id)),
      'missing from the table',
    ).toEqual([]);
    expect(
      seen.filter((id) => !ids.has(id)),
      'not in the standard',
    ).toEqual([]);
    expect(seen).toEqual([...ids.keys()]);
    for (const row of rows) expect(row.level, row.id).toBe(`L${ids.get(row.id)}`);
  });

  it('gives each requirement a status from the fixed vocabulary, what it asks, and where or why', () => {
    for (const row of rows) {
      expect(STATUSES as readonly string[], row.id).toContain(row.status);
      expect(row.asks.length, `${row.id} says what it asks`).toBeGreaterThan(8);
      expect(row.where.length, `${row.id} says where or why`).toBeGreaterThan(8);
    }
  });

  it('states counts per status that add up to the table', () => {
    const counted = (status: Status) => rows.filter((row) => row.status === status).length;
    for (const status of STATUSES) {
      const line = asvsDoc.split('\n').find((l) => l.startsWith(`| ${status} |`));
      expect(line, `a count line for ${status}`).toBeDefined();
      expect(line, status).toMatch(new RegExp(`^\\| ${status} \\| ${counted(status)} \\|`));
    }
  });
});

describe('docs/security.md', () => {
  it('covers each threat of the threat model', () => {
    for (const threat of [
      'An insider in another agency',
      'A stolen session',
      'A hostile administrator',
      'A leaked backup',
      'A hostile node',
      'A lost laptop or phone',
    ]) {
      expect(securityDoc, threat).toContain(`### ${threat}`);
    }
  });
});

describe('paths the security documents name', () => {
  it.each([
    ['docs/security.md', securityDoc],
    ['docs/security/asvs-5.0-l3.md', asvsDoc],
  ])('%s names only files and folders that exist', (_name, doc) => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(new URL(path, ROOT)))).toEqual([]);
  });
});
