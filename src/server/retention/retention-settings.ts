import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  CASE_RECORD_TYPES,
  type CaseRecordType,
  effectivePeriods,
  type RetentionCountry,
  type RetentionOverrides,
} from '../../domain/retention/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { Actor } from '../context.ts';
import { readSetting, writeSetting } from '../db/node-settings.ts';
import type { DatabaseSchema } from '../db/schema.ts';

// The node's own retention periods, kept in node_settings so that they travel with backups and every
// app server reads the same ones. Only the types a node overrides are stored.

const SETTING_KEY = 'retention.periods';
const years = z.number().int().min(0).max(200).nullable();
const overridesSchema = z.partialRecord(z.enum(CASE_RECORD_TYPES), years);

export class RetentionSettingError extends Error {}

export async function readOverrides(db: Kysely<DatabaseSchema>): Promise<RetentionOverrides> {
  const stored = await readSetting<unknown>(db, SETTING_KEY);
  if (stored === undefined) return {};
  const parsed = overridesSchema.safeParse(stored);
  // A hand-edited setting that does not parse must stop the job, not fall back to shorter defaults.
  if (!parsed.success) throw new RetentionSettingError(`node setting ${SETTING_KEY} is not valid`);
  return parsed.data;
}

export async function periodsInForce(db: Kysely<DatabaseSchema>, country: RetentionCountry) {
  return effectivePeriods(country, await readOverrides(db));
}

/** Sets (or, with `undefined`, returns to the default) one record type's period; audited. */
export async function setPeriod(
  db: Kysely<DatabaseSchema>,
  actor: Actor,
  recordType: CaseRecordType,
  value: number | null | undefined,
): Promise<void> {
  if (value !== undefined && !years.safeParse(value).success)
    throw new RetentionSettingError('a period is a whole number of years from 0 to 200, or "never"');
  await db.transaction().execute(async (trx) => {
    const current = await readOverrides(trx);
    const next: RetentionOverrides = { ...current };
    if (value === undefined) delete next[recordType];
    else next[recordType] = value;
    await writeSetting(trx, SETTING_KEY, next);
    await audit(trx, actor, {
      action: 'retention.period.set',
      entityType: 'node-setting',
      entityId: SETTING_KEY,
      details: { recordType, years: value === undefined ? 'default' : value },
    });
  });
}
