import { InputError } from './errors.ts';

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export type CsvRow = CsvCell[];

/**
 * RFC 4180 CSV (quotes, doubled quotes, newlines inside quotes, CRLF or LF) that remembers where each
 * cell starts, so that errors can point at file:line:column. Columns count characters from 1.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: CsvRow = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark written by spreadsheet exports
  let line = 1;
  let lineStart = i;
  const atEnd = () => i >= text.length;
  while (!atEnd()) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (atEnd()) throw new InputError('unterminated quoted cell', file, cellLine, cellColumn);
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\n') {
          line++;
          lineStart = i + 1;
        }
        value += ch;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new InputError('unexpected character after closing quote', file, line, i - lineStart + 1);
      }
    } else {
      while (!atEnd() && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"')
          throw new InputError('quote inside an unquoted cell', file, line, i - lineStart + 1);
        value += text[i];
        i++;
      }
    }
    row.push({ value, line: cellLine, column: cellColumn });
    if (text[i] === ',') {
      i++;
      if (atEnd()) row.push({ value: '', line, column: i - lineStart + 1 });
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    lineStart = i;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  // Blank lines (a lone empty cell) carry no record.
  return rows.filter((r) => !(r.length === 1 && r[0]!.value.trim() === ''));
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
