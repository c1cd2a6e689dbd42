// CSV for spreadsheets: RFC 4180 quoting and formula neutralisation (./formula.ts). People in Ukraine,
// Moldova and Belarus open CSV in spreadsheets whose list separator is often ';', not ','. A cell holding
// either is quoted whatever separator the file uses, so that neither reading splits a cell and lets a
// formula-like part start a cell of its own.
import { neutraliseFormula } from './formula.ts';

export type CsvValue = string | number | boolean | null | undefined;
export type CsvSeparator = ',' | ';';

const NEEDS_QUOTES = /[",;\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are written by us, never typed by a person: -5 stays a number.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<CsvValue>, separator: CsvSeparator = ','): string {
  return values.map(csvCell).join(separator);
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<CsvValue>>,
  separator: CsvSeparator = ',',
): string {
  return `${[csvLine(header, separator), ...rows.map((row) => csvLine(row, separator))].join('\r\n')}\r\n`;
}
