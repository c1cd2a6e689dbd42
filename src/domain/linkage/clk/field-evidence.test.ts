import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../record.ts';
import { createEncoder, type EncodedRecord, type KeyedHashing } from './encode.ts';
import { DISAGREE_BELOW, fieldDice, fieldFilterOf } from './field-evidence.ts';
import { CLK_BYTES, type ClkSet, matchEncoded, scoreCandidates } from './match-encoded.ts';
import { defaultSchema } from './schema.ts';

const hashing: KeyedHashing = {
  hmacSha256: (key, message) => createHmac('sha256', key).update(message).digest(),
  hkdfSha256: (secret, salt, info, length) => new Uint8Array(hkdfSync('sha256', secret, salt, info, length)),
};
const secret = new TextEncoder().encode('a test secret of sufficient size');
const schema = defaultSchema();
const encoder = createEncoder(schema, secret, hashing);
const config = schema.haven.fieldFilters!;

const child = (
  id: string,
  givenName: string,
  familyName: string,
  date: string,
  more: Partial<PersonRecord> = {},
): PersonRecord => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  return {
    id,
    givenName,
    familyName,
    patronymic: 'Іванович',
    sex: 'm',
    birthPlace: 'Київ',
    birthDate: day === undefined ? (month === undefined ? { year } : { year, month }) : { year, month, day },
    ...more,
  };
};

function pack(records: PersonRecord[]): ClkSet {
  const encoded: EncodedRecord[] = records.map((r) => encoder.encode(r));
  const clks = new Uint8Array(encoded.length * CLK_BYTES);
  const width = (config.bits / 8) * config.features.length;
  const data = new Uint8Array(encoded.length * width);
  encoded.forEach((e, i) => {
    clks.set(e.clk, i * CLK_BYTES);
    data.set(e.fields!, i * width);
  });
  return {
    ids: encoded.map((e) => e.id),
    clks,
    blocks: encoded.map((e) => e.blocks),
    fields: { names: config.features, bytes: config.bits / 8, data },
  };
}

const field = (set: ClkSet, i: number, name: string) =>
  fieldFilterOf(set.fields!, i, set.fields!.names.indexOf(name));
const linked = (left: ClkSet, right: ClkSet, pairs: ReturnType<typeof matchEncoded>) =>
  pairs.map((p) => `${left.ids[p.left]}-${right.ids[p.right]}`).sort();

const base = child('L', 'Олександр', 'Гордейчук', '2012-03-04');
// a twin: same family name, father, birth date, sex and place; only the given name differs
const twin = child('twin', 'Дмитро', 'Гордейчук', '2012-03-04');
// the same child, given name mistyped, in Latin script in another registry
const mistyped = child('dup', 'Oleksanlr', 'Hordeichuk', '2012-03-04');

describe('field-level filters', () => {
  it('every present field filter has exactly bits/2 ones; a missing field has none', () => {
    const set = pack([child('x', 'Іван', 'Шевченко', '2010-01-02', { patronymic: undefined })]);
    const ones = (f: Uint8Array) => f.reduce((n, b) => n + b.toString(2).replaceAll('0', '').length, 0);
    expect(ones(field(set, 0, 'given_name'))).toBe(config.bits / 2);
    expect(ones(field(set, 0, 'birth_date'))).toBe(config.bits / 2);
    expect(ones(field(set, 0, 'patronymic'))).toBe(0);
  });

  it('the CLK and blocking tokens are the same bytes with or without field filters (version 1 files still match)', () => {
    const withoutFields = defaultSchema();
    delete withoutFields.haven.fieldFilters;
    const old = createEncoder(withoutFields, secret, hashing).encode(base);
    const now = encoder.encode(base);
    expect(Buffer.from(now.clk).equals(Buffer.from(old.clk))).toBe(true);
    expect(now.blocks).toEqual(old.blocks);
    expect(old.fields).toBeUndefined();
  });

  it('a twin scores high on the record CLK but disagrees on the given name; a mistyped duplicate agrees', () => {
    const left = pack([base]);
    const right = pack([twin, mistyped]);
    const scores = scoreCandidates(left, right, { threshold: 0 });
    const clk = (id: string) => scores.find((p) => right.ids[p.right] === id)!.score;
    // one record-level threshold cannot separate them: the twin scores above the default threshold
    expect(clk('twin')).toBeGreaterThanOrEqual(0.75);
    expect(clk('dup')).toBeGreaterThanOrEqual(0.75);
    expect(fieldDice(field(left, 0, 'given_name'), field(right, 0, 'given_name'))).toBeLessThan(
      DISAGREE_BELOW.given_name!,
    );
    expect(fieldDice(field(left, 0, 'given_name'), field(right, 1, 'given_name'))).toBeGreaterThanOrEqual(
      DISAGREE_BELOW.given_name!,
    );
  });

  it('one-to-one: the twin cannot take the record, which stays free for its mistyped duplicate', () => {
    const left = pack([base]);
    const right = pack([twin, mistyped]);
    expect(linked(left, right, matchEncoded(left, right))).toEqual(['L-dup']);
    // the twin alone is not linked at all
    const onlyTwin = pack([twin]);
    expect(matchEncoded(left, onlyTwin)).toEqual([]);
    // --allow-contradictions: the record-level CLK alone decides again
    expect(linked(left, onlyTwin, matchEncoded(left, onlyTwin, { allowContradictions: true }))).toEqual([
      'L-twin',
    ]);
  });

  it('each record is matched at most once, best pairs first', () => {
    const left = pack([base, child('L2', 'Марія', 'Ковальчук', '2015-09-10', { sex: 'f' })]);
    const right = pack([
      mistyped,
      child('copy', 'Олександр', 'Гордейчук', '2012-03-04'),
      child('M', 'Maria', 'Kovalchuk', '2015-09-10', { sex: 'f' }),
    ]);
    const pairs = matchEncoded(left, right);
    expect(linked(left, right, pairs)).toEqual(['L-copy', 'L2-M']);
    expect(new Set(pairs.map((p) => p.left)).size).toBe(pairs.length);
    expect(new Set(pairs.map((p) => p.right)).size).toBe(pairs.length);
  });

  it('a namesake born years apart is refused; a partial or one-part-wrong birth date is not a contradiction', () => {
    const left = pack([base]);
    const date = (d: string) =>
      fieldDice(field(left, 0, 'birth_date'), field(pack([child('x', 'a', 'b', d)]), 0, 'birth_date'));
    for (const d of ['2012', '2012-03', '2013-03-04', '2012-04-03', '2012-03-05'])
      expect(date(d), d).toBeGreaterThanOrEqual(DISAGREE_BELOW.birth_date!);
    for (const d of ['2007-11-21', '2016-08-14']) expect(date(d), d).toBeLessThan(DISAGREE_BELOW.birth_date!);
    const namesake = pack([
      child('namesake', 'Олександр', 'Гордейчук', '2007-03-14', { patronymic: undefined }),
    ]);
    expect(scoreCandidates(left, namesake, { threshold: 0 })[0]!.score).toBeGreaterThan(0.6);
    expect(matchEncoded(left, namesake, { threshold: 0.6 })).toEqual([]);
  });

  it('a field missing on one side is no evidence either way', () => {
    const left = pack([base]);
    const right = pack([
      child('dup', 'Олександр', 'Гордейчук', '2012-03-04', { patronymic: undefined, sex: undefined }),
    ]);
    expect(linked(left, right, matchEncoded(left, right))).toEqual(['L-dup']);
  });
});
