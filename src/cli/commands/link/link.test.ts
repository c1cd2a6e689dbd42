import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkCommand } from '../link.ts';

let dir: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'haven-link-'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.join(' '));
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const PEOPLE = `id,given_name,family_name,patronymic,sex,birth_date,birth_place,citizenship
a1,Олександр,Гордейчук,Іванович,ч,2012-03-04,м. Київ,Україна
a2,Марія,Ковальчук,,ж,2015-09-10,Одеса,UA
a3,Дмитро,Шевченко,,m,2010,Львів,
`;
const OTHERS = `id,given_name,family_name,birth_date,sex
b1,Alexandru,Gordeiciuc,2012-04-03,m
b2,Maria,"Kovalchuk (născută Rusu)",2015-09,f
b3,Ion,Rusu,2009-11-30,m
`;

describe('haven link', () => {
  it('dedupe and match write the documented CSV headers', async () => {
    const input = file(
      'in.csv',
      PEOPLE +
        OTHERS.split('\n')
          .slice(1)
          .map((l) => l && `${l.split(',').slice(0, 3).join(',')},,,${l.split(',')[3] ?? ''},,`)
          .join('\n'),
    );
    expect(await linkCommand(['dedupe', '--in', input, '--out', join(dir, 'd.csv')])).toBe(0);
    expect(readFileSync(join(dir, 'd.csv'), 'utf8').split('\n')[0]).toBe('id_a,id_b,score');
    const [l, r] = [file('l.csv', PEOPLE), file('r.csv', OTHERS)];
    expect(await linkCommand(['match', '--left', l, '--right', r, '--out', join(dir, 'm.csv')])).toBe(0);
    const lines = readFileSync(join(dir, 'm.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('left_id,right_id,score');
    expect(
      lines
        .slice(1)
        .map((x) => x.split(',').slice(0, 2).join('-'))
        .sort(),
    ).toEqual(['a1-b1', 'a2-b2']);
  });

  it('encode then match-encoded links across scripts and releases only matched pairs', async () => {
    const key = file('key', 'correct horse battery staple, shared by both nodes\n');
    const [l, r] = [file('l.csv', PEOPLE), file('r.csv', OTHERS)];
    expect(await linkCommand(['encode', '--in', l, '--secret-file', key, '--out', join(dir, 'l.json')])).toBe(
      0,
    );
    expect(await linkCommand(['encode', '--in', r, '--secret-file', key, '--out', join(dir, 'r.json')])).toBe(
      0,
    );
    const out = join(dir, 'e.csv');
    expect(
      await linkCommand([
        'match-encoded',
        '--left',
        join(dir, 'l.json'),
        '--right',
        join(dir, 'r.json'),
        '--out',
        out,
      ]),
    ).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('left_id,right_id,score');
    expect(lines.slice(1).map((x) => x.split(',').slice(0, 2).join('-'))).toContain('a1-b1');
    expect(lines.slice(1).map((x) => x.split(',')[1])).not.toContain('b3');
  });

  it('encode writes CLK file version 2 with field filters; a version 1 file (CLKs only) still matches', async () => {
    const key = file('key', 'correct horse battery staple, shared by both nodes\n');
    const [l, r] = [file('l.csv', PEOPLE), file('r.csv', OTHERS)];
    await linkCommand(['encode', '--in', l, '--secret-file', key, '--out', join(dir, 'l.json')]);
    await linkCommand(['encode', '--in', r, '--secret-file', key, '--out', join(dir, 'r.json')]);
    const v2 = JSON.parse(readFileSync(join(dir, 'l.json'), 'utf8'));
    expect(v2.version).toBe(2);
    expect(v2.schema.haven.fieldFilters.features).toContain('given_name');
    expect(typeof v2.records[0].fields).toBe('string');
    // a version 1 file: no version, no field filters in the schema or the records (--clk-only)
    const v1 = (name: string) => {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      delete doc.version;
      delete doc.schema.haven.fieldFilters;
      for (const record of doc.records) delete record.fields;
      return file(`v1-${name}`, JSON.stringify(doc));
    };
    await linkCommand([
      'encode',
      '--in',
      l,
      '--secret-file',
      key,
      '--out',
      join(dir, 'c.json'),
      '--clk-only',
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(v1('l.json'), 'utf8')),
    );
    const out = join(dir, 'v1.csv');
    expect(
      await linkCommand(['match-encoded', '--left', v1('l.json'), '--right', v1('r.json'), '--out', out]),
    ).toBe(0);
    expect(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((x) => x.split(',').slice(0, 2).join('-')),
    ).toContain('a1-b1');
    // a version 2 record without its field filters, and an unknown version, are refused
    const broken = { ...v2, records: [{ ...v2.records[0], fields: undefined }] };
    const bad = file('bad.json', JSON.stringify(broken));
    expect(await linkCommand(['match-encoded', '--left', bad, '--right', bad, '--out', out])).toBe(1);
    expect(errors.join('\n')).toMatch(/bad\.json: record 1 needs \d+ bytes of base64 field filters/);
    const future = file('future.json', JSON.stringify({ ...v2, version: 3 }));
    expect(await linkCommand(['match-encoded', '--left', future, '--right', future, '--out', out])).toBe(1);
    expect(errors.join('\n')).toMatch(/unsupported CLK file version 3/);
  });

  it.each([
    ['unknown column', 'id,given_name,famly_name\n1,a,b\n', /bad\.csv:1:15: unknown column "famly_name"/],
    ['bad date', 'id,birth_date\n1,2012-13-01\n', /bad\.csv:2:3: .*month 13/],
    ['date in another format', 'id,birth_date\n1,04.03.2012\n', /bad\.csv:2:3: .*YYYY-MM-DD/],
    ['unterminated quote', 'id,given_name\n1,"Ivan\n', /bad\.csv:2:3: unterminated quoted cell/],
    ['wrong cell count', 'id,given_name\n1,Ivan,extra\n', /bad\.csv:2:1: expected 2 cells, found 3/],
    ['duplicate id', 'id\n7\n7\n', /bad\.csv:3:1: id "7" already used on line 2/],
    ['unknown sex', 'id,sex\n1,boyish\n', /bad\.csv:2:3: unrecognised sex/],
    ['no id column', 'given_name\nIvan\n', /bad\.csv:1:1: the header has no "id" column/],
  ])('reports %s with file:line:column and exits 1', async (_, text, message) => {
    const input = file('bad.csv', text);
    expect(await linkCommand(['dedupe', '--in', input, '--out', join(dir, 'o.csv')])).toBe(1);
    expect(errors.join('\n')).toMatch(message);
  });

  it('reports a missing file and a bad CLK file', async () => {
    expect(await linkCommand(['dedupe', '--in', join(dir, 'nope.csv'), '--out', join(dir, 'o.csv')])).toBe(1);
    expect(errors.join('\n')).toMatch(/nope\.csv: cannot read input: no such file/);
    const broken = file('broken.json', '{\n  "format": "haven-clk",\n  "records": [,]\n}');
    expect(
      await linkCommand(['match-encoded', '--left', broken, '--right', broken, '--out', join(dir, 'o.csv')]),
    ).toBe(1);
    expect(errors.join('\n')).toMatch(/broken\.json:3:\d+: not valid JSON/);
  });

  it('rejects bad usage with exit code 2', async () => {
    expect(await linkCommand(['dedupe', '--in', 'x.csv'])).toBe(2);
    expect(await linkCommand(['frobnicate'])).toBe(2);
    expect(
      await linkCommand(['match', '--left', 'a', '--right', 'b', '--out', 'c', '--threshold', '7']),
    ).toBe(2);
  });
});
