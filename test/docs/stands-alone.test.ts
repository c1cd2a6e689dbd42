// The repository stands alone: its documentation and code comments never send a reader to files outside
// it, and every "domain.md §N" reference names a section that exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((extension) => name.endsWith(extension)) ? [path] : [];
  });
}

const documented = ['README.md', ...filesUnder('docs', ['.md']), ...filesUnder('bench', ['.md'])];
const code = [...filesUnder('src', ['.ts', '.tsx']), ...filesUnder('scripts', ['.mjs', '.ts'])];

describe('the repository stands alone', () => {
  it('points at no workspace file outside the repository', () => {
    const outside = /\.\.\/shared|\/work\/shared|(?<![\w/])(DOMAIN|DESIGN)\.md/;
    const offenders = [...documented, ...code].filter((path) =>
      outside.test(readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('refers only to sections of docs/domain.md that exist', () => {
    const sections = new Set(
      [...readFileSync(join(ROOT, 'docs/domain.md'), 'utf8').matchAll(/^## §(\d+)/gm)].map((m) => m[1]),
    );
    expect(sections.size).toBeGreaterThanOrEqual(12);
    const missing: string[] = [];
    for (const path of [...documented, ...code]) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      for (const match of text.matchAll(/domain\.md\)? §(\d+)/g))
        if (!sections.has(match[1] ?? '')) missing.push(`${path}: §${match[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
