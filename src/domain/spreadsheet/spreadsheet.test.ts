import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvSeparator, csvLine, toCsv } from './csv.ts';
import { looksLikeFormula, neutraliseFormula } from './formula.ts';

/** A spreadsheet's CSV reading: RFC 4180 quotes, and the separator of the user's locale. */
function readLine(line: string, separator: CsvSeparator): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

// Strings that people type, and the ones an attacker types: formula starts, separators, quotes, newlines.
const hostileText = fc.oneof(
  fc.string(),
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', ',', ';', '"', '\t', '\r', '\n', ' ', 'A', '1', '(', ')'),
  }),
  fc.constantFrom(
    '=HYPERLINK("http://x","y")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    'a;=1+1',
    'a,=1+1',
    ' =1+1',
    '\t=1',
    '＝1+1',
    '-2+3',
    '+380 44 123',
  ),
);

describe('spreadsheet cells', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['=SUM(A1)', -3],
          [null, '+380 44'],
          ['a;=1+1', ' =2'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),-3\r\n,\'+380 44\r\n"a;=1+1",\' =2\r\n');
  });

  it('leaves no cell a formula, read with either separator, and loses no text', () => {
    for (const written of [',', ';'] as const) {
      for (const read of [',', ';'] as const) {
        fc.assert(
          fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (values) => {
            const cells = readLine(csvLine(values, written), read);
            // One cell per value whichever separator the spreadsheet assumes (when it is the file's own).
            if (written === read) expect(cells).toEqual(values.map(neutraliseFormula));
            for (const cell of cells) expect(looksLikeFormula(cell)).toBe(false);
          }),
        );
      }
    }
  });

  it('prefixes only what would start a formula, and numbers never', () => {
    expect(neutraliseFormula('Олена')).toBe('Олена');
    expect(neutraliseFormula('=1')).toBe("'=1");
    expect(toCsv(['n'], [[-5]])).toBe('n\r\n-5\r\n');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = neutraliseFormula(text);
        expect(out === text || out === `'${text}`).toBe(true);
        expect(looksLikeFormula(out)).toBe(false);
      }),
    );
  });
});
