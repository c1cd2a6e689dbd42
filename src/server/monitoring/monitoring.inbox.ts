// Contract C2: monitoring's to-do items, computed on every read. Visits due within the reminder window
// (default 7 days) and overdue visits, and open safety / re-trafficking alerts — for the case's owner
// and for the supervisors whose grants reach the case (the same people the alerts notify).
import { monitoringSettingsFor } from '../../domain/monitoring/index.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, placeOfCase } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import { type InboxItem, registerInboxSource } from '../inbox/inbox-sources.ts';
import { can } from '../policy/policy.ts';
import { todayIn } from './closure-readiness.ts';
import * as repo from './monitoring.repository.ts';

const LIMIT = 100;

type CasePlace = { owner_agency_id: string; unit_code: string; owner_user_id: string | null };

function concerns(ctx: AppContext, principal: SignedInUser, row: CasePlace): boolean {
  if (!fieldGroupsOnCase(ctx, principal, row).includes('health')) return false;
  if (row.owner_user_id === principal.userId) return true;
  const supervises = principal.grants.some((grant) => grant.role === 'supervisor');
  return supervises && can(principal, 'monitoring.resolve-alert', placeOfCase(ctx, row), ctx.isWithin);
}

registerInboxSource('monitoring-visits', async (ctx, db, principal) => {
  const settings = monitoringSettingsFor(ctx.config.country);
  const today = todayIn(ctx.config.country);
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + settings.reminderDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const items: InboxItem[] = [];
  for (const row of await repo.plannedVisitsDueBy(db, until)) {
    if (items.length >= LIMIT) break;
    if (!concerns(ctx, principal, row)) continue;
    const overdue = row.planned_on < today;
    items.push({
      kind: overdue ? 'monitoring.visit-overdue' : 'monitoring.visit-due',
      caseId: row.case_id,
      caseCode: row.code,
      subjectType: 'monitoring-visit',
      subjectId: row.id,
      dueAt: row.planned_on,
      overdue,
    });
  }
  return items;
});

registerInboxSource('monitoring-alerts', async (ctx, db, principal) => {
  const items: InboxItem[] = [];
  for (const row of await repo.openAlertsWithPlace(db)) {
    if (items.length >= LIMIT) break;
    if (!concerns(ctx, principal, row)) continue;
    items.push({
      kind: row.kind === 'safety' ? 'monitoring.safety-alert-open' : 'monitoring.retrafficking-alert-open',
      caseId: row.case_id,
      caseCode: row.code,
      subjectType: 'monitoring-alert',
      subjectId: row.id,
      dueAt: null,
      overdue: false,
    });
  }
  return items;
});
