import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSION_LABELS, DIMENSIONS } from '../../src/domain/screening/dimensions.ts';
import { INDICATOR_SET_V2 as V2 } from '../../src/domain/screening/v2/set.ts';

// docs/screening.md is the citation table practitioners and reviewers read: it must say exactly what
// the code scores with. Regenerate the rows from the data when the set changes.

const doc = readFileSync(new URL('../../docs/screening.md', import.meta.url), 'utf8');

/** The rows of the table under a dimension's heading, as [item, wording, grade, page, verify]. */
function rowsUnder(heading: string): string[][] {
  const start = doc.indexOf(`**${heading}**`);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = doc.slice(start).split('\n').slice(1);
  const table = rest.slice(rest.findIndex((line) => line.startsWith('|')));
  return table
    .slice(
      0,
      table.findIndex((line) => !line.startsWith('|')),
    )
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replaceAll('`', '')),
    );
}

describe('docs/screening.md', () => {
  it.each(DIMENSIONS)(
    'lists every %s item of the child labour list with its wording, grade and citation',
    (dimension) => {
      const expected = V2.indicators
        .filter((item) => item.list === 'child-labour' && item.dimension === dimension)
        .map((item) => [
          item.id.split('.')[2],
          item.label.en,
          item.grade,
          item.source.page === null ? '—' : String(item.source.page),
          item.source.verify ? 'yes' : 'no',
        ]);
      expect(rowsUnder(DIMENSION_LABELS[dimension].en)).toEqual(expected);
    },
  );

  it('lists every one of Haven’s own items', () => {
    for (const item of V2.havenIndicators)
      expect(doc).toContain(`| \`${item.id}\` | ${item.stage} | ${item.label.en} |`);
  });
});
