// The theme carries what every page would otherwise have to remember: named spinners and named dialog
// close buttons. These checks render through Mantine itself, so a Mantine upgrade that drops a default
// is caught here and not by a screen-reader user. The source scan keeps pages on the one way to scroll
// a table (TableScroller), which a keyboard can reach on a phone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Loader, MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { themeIn } from './theme.ts';

const WEB = new URL('.', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('theme', () => {
  it('makes every spinner a named live status, in the given language', () => {
    const html = renderToStaticMarkup(
      createElement(
        MantineProvider,
        { theme: themeIn({ close: 'Закрити', loading: 'Завантаження…' }) },
        createElement(Loader),
      ),
    );
    expect(html).toMatch(/role="status"/);
    expect(html).toMatch(/aria-label="Завантаження…"/);
  });

  it('leaves no page scrolling a table its own way, nor labelling a spinner that has no role', () => {
    const offenders = sources(WEB).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const found: string[] = [];
      if (!path.endsWith('TableScroller.tsx') && text.includes('Table.ScrollContainer'))
        found.push(`${path}: Table.ScrollContainer (use TableScroller)`);
      if (/<Loader\b(?![^>]*role=)[^>]*aria-label/.test(text))
        found.push(`${path}: <Loader aria-label> without role`);
      return found;
    });
    expect(offenders).toEqual([]);
  });
});
