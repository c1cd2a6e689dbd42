import { COUNTRY_TIME_ZONES, calendarDateIn } from '../../domain/status/index.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, validationFailed, type FieldProblemInput } from '../errors.ts';

import type { Kysely } from 'kysely';

type Db = Kysely<DatabaseSchema>;

/**
 * Justice data is the 'justice' field group (police, caseworkers, supervisors, coordinators; never a
 * service provider or an analyst). The case is loaded first, so a case out of scope answers 404 and
 * reveals nothing; a caller in scope without the field group gets 403, as notes of a class they lack do.
 */
export async function loadJusticeCase(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  caseId: string,
  action: 'justice.read' | 'justice.write',
) {
  const row = await loadCase(ctx, db, principal, caseId, action);
  if (!fieldGroupsOnCase(ctx, principal, row).includes('justice')) {
    throw new AppError('forbidden', 'Justice details are only for those who hold the justice field group.', {
      fieldGroup: 'justice',
    });
  }
  return row;
}

/** Legal dates count where the child is, not where the server runs. */
export function todayIn(ctx: AppContext): string {
  return calendarDateIn(new Date().toISOString(), COUNTRY_TIME_ZONES[ctx.config.country]);
}

export function assertDates(
  ctx: AppContext,
  dates: ReadonlyArray<{ path: string; value: string | null | undefined }>,
) {
  const today = todayIn(ctx);
  const problems = dates
    .filter(({ value }) => typeof value === 'string')
    .filter(({ value }) => {
      const date = value as string;
      const parsed = Date.parse(`${date}T00:00:00Z`);
      return Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date || date > today;
    })
    .map(
      ({ path }): FieldProblemInput => ({
        path,
        code: 'date_invalid_or_future',
        message: 'Not a real date, or in the future.',
      }),
    );
  if (problems.length > 0) throw validationFailed(problems);
}
