import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_RECORD_TYPES, DEFAULT_RETENTION_YEARS } from '../../src/domain/retention/index.ts';

// The retention table in docs/data-protection.md is what operators read: it must say what the code does.
describe('docs/data-protection.md retention table', () => {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/data-protection.md'), 'utf8');

  it('lists every record type with its default in each country', () => {
    for (const type of CASE_RECORD_TYPES) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${type}\` |`));
      expect(row, type).toBeDefined();
      const cells = row!.split('|').map((cell) => cell.trim());
      const expected = (['UA', 'MD', 'BY'] as const).map((country) => {
        const years = DEFAULT_RETENTION_YEARS[country][type];
        return years === null ? 'never' : `${years} years`;
      });
      expect(cells.slice(3, 6)).toEqual(expected);
    }
  });
});
