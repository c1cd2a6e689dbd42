import type { PersonRecord } from '../../src/domain/linkage/record.ts';
import { parsePartialDate } from '../../src/domain/linkage/compare/dates.ts';
import { parseSex } from '../../src/domain/linkage/record.ts';
import type { GeneratedRecord } from './generator/generate.ts';

export interface Quality {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  actual: number;
}

/** Precision, recall and F1 of predicted pairs against the set of true pairs. */
export function quality(
  predicted: ReadonlyArray<readonly [string, string]>,
  truth: ReadonlySet<string>,
): Quality {
  let tp = 0;
  for (const [a, b] of predicted) if (truth.has(`${a}|${b}`)) tp++;
  const precision = predicted.length ? tp / predicted.length : 0;
  const recall = truth.size ? tp / truth.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePositives: tp, predicted: predicted.length, actual: truth.size };
}

/** True left|right id pairs of two files whose records carry an entity. */
export function truePairs<T extends { id: string; entity: number | string }>(
  left: readonly T[],
  right: readonly T[],
): Set<string> {
  const byEntity = new Map<string | number, string[]>();
  for (const r of right) byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r.id]);
  const truth = new Set<string>();
  for (const l of left) for (const id of byEntity.get(l.entity) ?? []) truth.add(`${l.id}|${id}`);
  return truth;
}

/** A generated CSV row as the CLI would read it (same parsing rules as read-records.ts). */
export function toPersonRecord(g: GeneratedRecord): PersonRecord {
  const r: PersonRecord = { id: g.id };
  if (g.given_name) r.givenName = g.given_name;
  if (g.family_name) r.familyName = g.family_name;
  if (g.patronymic) r.patronymic = g.patronymic;
  if (g.birth_place) r.birthPlace = g.birth_place;
  if (g.citizenship) r.citizenship = g.citizenship;
  const sex = g.sex ? parseSex(g.sex) : undefined;
  if (sex) r.sex = sex;
  if (g.birth_date) {
    const d = parsePartialDate(g.birth_date);
    if (!('error' in d)) r.birthDate = d;
  }
  return r;
}
