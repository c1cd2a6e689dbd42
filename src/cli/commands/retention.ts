import {
  CASE_RECORD_TYPE_DESCRIPTIONS,
  CASE_RECORD_TYPES,
  type CaseRecordType,
} from '../../domain/retention/index.ts';
import { parseConfig } from '../../server/config.ts';
import type { Actor } from '../../server/context.ts';
import { openContext } from '../../server/main.ts';
import {
  periodsInForce,
  RetentionSettingError,
  setPeriod,
} from '../../server/retention/retention-settings.ts';
import { runRetention } from '../../server/retention/retention.service.ts';
import { fail, progressBar } from '../output.ts';

const USAGE = `usage: haven retention periods
       haven retention set <record type> <years | never | default>
       haven retention run [--dry-run]

record types: ${CASE_RECORD_TYPES.join(', ')}`;

/** The operator at the console: no account, so the audit entry names the run, not a user. */
const operator = (verb: string): Actor => ({
  userId: null,
  agencyId: null,
  requestId: `cli-retention-${verb}`,
});

export async function retentionCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'set') {
    const [type, value] = rest;
    if (!type || !(CASE_RECORD_TYPES as readonly string[]).includes(type) || value === undefined)
      return fail(USAGE, 2);
    const years = value === 'never' ? null : value === 'default' ? undefined : Number(value);
    if (typeof years === 'number' && !Number.isInteger(years)) return fail(USAGE, 2);
    return withContext(async (ctx) => {
      await setPeriod(ctx.database.db, operator('set'), type as CaseRecordType, years);
      process.stdout.write(`${type}: ${value === 'default' ? 'back to the default' : `set to ${value}`}\n`);
      return printPeriods(ctx);
    });
  }
  if (verb === 'periods' && rest.length === 0) return withContext(printPeriods);
  if (verb === 'run' && (rest.length === 0 || (rest.length === 1 && rest[0] === '--dry-run'))) {
    const dryRun = rest[0] === '--dry-run';
    return withContext(async (ctx) => {
      let bar: ReturnType<typeof progressBar> | undefined;
      const report = await runRetention(ctx, operator(dryRun ? 'dry-run' : 'run'), {
        dryRun,
        onProgress: (done, total) => {
          bar ??= progressBar(dryRun ? 'Checking closed cases' : 'Applying retention', total);
          bar.update(done);
        },
      });
      bar?.finish();
      const verbDone = dryRun ? 'would be anonymised' : 'anonymised';
      const lines = [
        `${report.examined} closed cases examined${dryRun ? ' (dry run: nothing changed)' : ''}.`,
        `${report.anonymised} ${verbDone}: ${CASE_RECORD_TYPES.map((t) => `${t} ${report.byRecordType[t]}`).join(', ')}.`,
        `${report.notDue} not due yet, ${report.keptForLife} kept for the life of the node.`,
        `${report.refused.length} due but refused${report.refused.length ? ':' : '.'}`,
        ...report.refused.map(
          (r) =>
            `  ${r.code}  ${r.reason === 'legal-hold' ? 'on legal hold' : 'criminal proceedings still open'}`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    });
  }
  return fail(USAGE, 2);
}

type Ctx = Awaited<ReturnType<typeof openContext>>;

async function withContext(work: (ctx: Ctx) => Promise<number>): Promise<number> {
  const ctx = await openContext(parseConfig());
  try {
    return await work(ctx);
  } catch (error) {
    if (error instanceof RetentionSettingError) return fail(error.message);
    throw error;
  } finally {
    await ctx.database.close();
  }
}

async function printPeriods(ctx: Ctx): Promise<number> {
  const periods = await periodsInForce(ctx.database.db, ctx.config.country);
  const rows = periods.map(
    (p) =>
      `${p.recordType.padEnd(18)} ${(p.years === null ? 'never' : `${p.years} years`).padEnd(10)} ${p.source.padEnd(12)} ${CASE_RECORD_TYPE_DESCRIPTIONS[p.recordType]}`,
  );
  process.stdout.write(
    `Retention periods of this ${ctx.config.country} node, counted from closure:\n${rows.join('\n')}\n`,
  );
  return 0;
}
