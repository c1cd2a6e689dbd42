// Retention of a child's case after it closes (GDPR Art. 5(1)(e): kept no longer than needed). A closed
// case is one record type among several; each type has a period per country, counted in whole years
// from the case's closure. When it runs out the case is anonymised: its personal data is erased and a
// statistical record (codes, dates, states, scores) stays, so counts over the years do not change.

export const RETENTION_COUNTRIES = ['UA', 'MD', 'BY'] as const;
export type RetentionCountry = (typeof RETENTION_COUNTRIES)[number];

/** Kinds of closed case, from the shortest need to keep to the longest. */
export const CASE_RECORD_TYPES = ['case.not-a-victim', 'case.closed', 'case.justice'] as const;
export type CaseRecordType = (typeof CASE_RECORD_TYPES)[number];

export const CASE_RECORD_TYPE_DESCRIPTIONS: Record<CaseRecordType, string> = {
  'case.not-a-victim': 'closed because screening or the formal procedure found the child was not trafficked',
  'case.closed': "a victim's case closed after assistance and monitoring, without criminal proceedings",
  'case.justice':
    'a case with criminal proceedings recorded (kept longer: proceedings may be resumed or appealed)',
};

/**
 * Years after closure, per country; `null` keeps the record for the life of the node. These are Haven's
 * defaults, not a reading of national law: the node's data-protection officer confirms or overrides them
 * (`haven retention set`). They are equal in the three countries until someone sets them apart.
 */
export const DEFAULT_RETENTION_YEARS: Record<RetentionCountry, Record<CaseRecordType, number | null>> = {
  UA: { 'case.not-a-victim': 3, 'case.closed': 10, 'case.justice': 15 },
  MD: { 'case.not-a-victim': 3, 'case.closed': 10, 'case.justice': 15 },
  BY: { 'case.not-a-victim': 3, 'case.closed': 10, 'case.justice': 15 },
};

export type RetentionOverrides = Partial<Record<CaseRecordType, number | null>>;

export type EffectivePeriod = {
  recordType: CaseRecordType;
  years: number | null;
  source: 'default' | 'node-setting';
};

/** The periods in force on a node: its country's defaults, with the node's own settings on top. */
export function effectivePeriods(
  country: RetentionCountry,
  overrides: RetentionOverrides,
): EffectivePeriod[] {
  return CASE_RECORD_TYPES.map((recordType) =>
    recordType in overrides
      ? { recordType, years: overrides[recordType] ?? null, source: 'node-setting' as const }
      : { recordType, years: DEFAULT_RETENTION_YEARS[country][recordType], source: 'default' as const },
  );
}

/** Which record type a closed case is; proceedings outrank the stage because they need the longest. */
export function recordTypeOf(closedCase: { stage: string; hasProceedings: boolean }): CaseRecordType {
  if (closedCase.hasProceedings) return 'case.justice';
  return closedCase.stage === 'not-a-victim' ? 'case.not-a-victim' : 'case.closed';
}

/** The moment the period ends: the same calendar day and time, `years` later (29 Feb → 1 Mar). */
export function retentionEndsAt(closedAt: Date, years: number | null): Date | null {
  if (years === null) return null;
  const end = new Date(closedAt.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end;
}

export type RetentionDecision =
  | { kind: 'keep'; reason: 'not-closed' | 'kept-for-life' | 'not-due'; endsAt: Date | null }
  | { kind: 'refuse'; reason: 'legal-hold' | 'open-proceedings'; endsAt: Date }
  | { kind: 'anonymise'; endsAt: Date };

/**
 * What the retention job does with one case. A legal hold or criminal proceedings still open stop the
 * erasure of a case whose period has run out: the data may be evidence, and the child may need it.
 */
export function decideRetention(
  input: {
    terminal: boolean;
    closedAt: Date | null;
    years: number | null;
    activeHold: boolean;
    openProceedings: boolean;
  },
  now: Date,
): RetentionDecision {
  if (!input.terminal || input.closedAt === null) return { kind: 'keep', reason: 'not-closed', endsAt: null };
  const endsAt = retentionEndsAt(input.closedAt, input.years);
  if (endsAt === null) return { kind: 'keep', reason: 'kept-for-life', endsAt: null };
  if (endsAt.getTime() > now.getTime()) return { kind: 'keep', reason: 'not-due', endsAt };
  if (input.activeHold) return { kind: 'refuse', reason: 'legal-hold', endsAt };
  if (input.openProceedings) return { kind: 'refuse', reason: 'open-proceedings', endsAt };
  return { kind: 'anonymise', endsAt };
}
