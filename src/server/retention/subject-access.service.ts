import { recordTypeOf, retentionEndsAt } from '../../domain/retention/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { ageBandOf, openSealedIdentity } from '../cases/case-identity.ts';
import { openIdentity } from '../cases/cases.schemas.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import { visibleFields } from '../policy/field-visibility.ts';
import type { Actor, AppContext } from '../context.ts';
import { classesOf } from '../notes/record-classes.ts';
import type { FieldGroup } from '../policy/policy.ts';
import * as holdsRepo from './legal-holds.repository.ts';
import * as repo from './subject-access.repository.ts';
import type { SubjectAccessExport } from './subject-access.schemas.ts';
import { periodsInForce } from './retention-settings.ts';

// A subject-access request of the child or guardian, answered by a supervisor or coordinator in scope.
// The same field-group rules as every other view apply: a section the caller may not see is left out and
// named, so that the answer says it is incomplete and whose help completes it. The export is audited.

const ACCESS_LOG_LIMIT = 5000;

/** What an audit action did to the record, for a reader who is not an engineer. */
export function accessKind(action: string): SubjectAccessExport['accessLog'][number]['kind'] {
  if (action.includes('reveal')) return 'reveal';
  if (/export|subject-access|package/.test(action)) return 'export';
  if (action.startsWith('retention.') || action === 'case.anonymise') return 'system';
  if (/(\.read|\.list|\.search)$/.test(action)) return 'read';
  return 'change';
}

function decryptOrNull(ctx: AppContext, value: string | null, context: string): string | null {
  return value === null ? null : ctx.cipher.decrypt(value, context);
}

export async function subjectAccessExport(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
): Promise<SubjectAccessExport> {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, caseId, 'cases.subject-access');
  // The groups of the grants that reach this case (issue 10, defect 3), as on every other view.
  const groups = new Set<FieldGroup>(fieldGroupsOnCase(ctx, principal, row));
  const has = (group: FieldGroup) => groups.has(group);
  const withheld: SubjectAccessExport['withheld'] = [];
  const gate = <T>(section: string, group: FieldGroup, value: () => Promise<T>) => {
    if (has(group)) return value();
    withheld.push({ section, fieldGroup: group });
    return Promise.resolve(undefined);
  };
  const classes = new Set<string>(classesOf([...groups]));
  const d = (value: string | null, context: string) => decryptOrNull(ctx, value, context);

  const identity = await gate('identity', 'identity', async () => {
    const [family, guardian] = await Promise.all([repo.familyOf(db, caseId), repo.guardianOf(db, caseId)]);
    return {
      sensitive: openSealedIdentity(ctx.cipher, row.sensitive_identity),
      // Disability and the age assessment's health parts follow the field groups, as in the case file.
      open: visibleFields(openIdentity.parse(row.open_identity), [...groups], 'open'),
      family: family.map((m) => ({
        relation: m.relation,
        name: ctx.cipher.decrypt(m.name, 'case_family_members.name'),
        contact: d(m.contact, 'case_family_members.contact'),
        implicated: m.implicated,
        safeContact: m.safe_contact,
      })),
      guardian: guardian
        ? {
            kind: guardian.kind,
            name: ctx.cipher.decrypt(guardian.name, 'case_guardians.name'),
            contact: d(guardian.contact, 'case_guardians.contact'),
            appointedOn: guardian.appointed_on,
            appointingAuthority: d(guardian.appointing_authority, 'case_guardians.appointing_authority'),
          }
        : null,
    };
  });
  const traffickingHistory = await gate('traffickingHistory', 'exploitation', async () =>
    (await repo.eventsOf(db, caseId)).map((e) => ({
      type: e.type,
      dateFrom: e.date_from,
      dateTo: e.date_to,
      country: e.country,
      place: d(e.place, 'trafficking_events.place'),
      exploitationTypes: e.exploitation_types,
      recruitmentMethods: e.recruitment_methods,
    })),
  );
  const screenings = await gate('screenings', 'exploitation', async () =>
    (await repo.screeningsOf(db, caseId)).map((s) => ({
      list: s.list,
      indicatorSetVersion: s.indicator_set_version,
      suggestion: s.suggestion,
      screenedAt: s.screened_at.toISOString(),
    })),
  );
  const monitoring = await gate('monitoring', 'health', async () =>
    (await repo.assessmentsOf(db, caseId)).map((a) => ({
      assessedOn: a.assessed_on,
      overall: a.overall,
      domainScores: a.domain_scores,
      childView: d(a.child_view, 'monitoring_assessments.child_view'),
    })),
  );
  const justice = await gate('justice', 'justice', async () => ({
    proceedings: (await repo.proceedingsOf(db, caseId)).map((p) => ({
      stage: p.stage,
      childRole: p.child_role,
      openedOn: p.opened_on,
      outcome: p.outcome,
      articles: p.articles,
    })),
    nonPunishment: (await repo.nonPunishmentOf(db, caseId)).map((n) => ({
      decision: n.decision,
      decidedOn: n.decided_on,
    })),
  }));
  // Texts that may carry health and psychosocial detail go only to holders of the health group.
  if (!has('health'))
    withheld.push({ section: 'health texts (plans, best interests, services)', fieldGroup: 'health' });

  const [consents, actions, notes, attachments, plans, bestInterests, services, referrals, holds, access] =
    await Promise.all([
      repo.consentsOf(db, caseId),
      repo.actionsOf(db, caseId),
      repo.notesOf(db, caseId),
      repo.attachmentsOf(db, caseId),
      repo.plansOf(db, caseId),
      repo.bestInterestsOf(db, caseId),
      repo.servicesDeliveredOf(db, caseId),
      repo.referralsOf(db, caseId),
      holdsRepo.listHolds(db, caseId),
      repo.accessOf(db, caseId, ACCESS_LOG_LIMIT + 1),
    ]);
  const withheldClasses = [
    ...new Set(notes.map((n) => n.class).concat(attachments.map((a) => a.class))),
  ].filter((c) => !classes.has(c));
  for (const c of withheldClasses) withheld.push({ section: `notes and attachments (${c})`, fieldGroup: c });

  const periods = await periodsInForce(db, ctx.config.country);
  const recordType = recordTypeOf({
    stage: row.stage,
    hasProceedings: (justice?.proceedings.length ?? 0) > 0,
  });
  const years = periods.find((p) => p.recordType === recordType)?.years ?? null;
  const terminal = row.stage === 'closed' || row.stage === 'not-a-victim';
  const lastAction = actions.at(-1)?.at ?? null;
  const endsAt = terminal && lastAction ? retentionEndsAt(lastAction, years) : null;

  const accessLog = access.slice(0, ACCESS_LOG_LIMIT).map((entry) => ({
    at: entry.at.toISOString(),
    actorName: entry.actor_name,
    agencyName: entry.agency_name,
    action: entry.action,
    kind: accessKind(entry.action),
    outcome: entry.outcome,
  }));

  const result: SubjectAccessExport = {
    generatedAt: new Date().toISOString(),
    case: {
      code: row.code,
      stage: row.stage,
      status: row.status,
      gender: row.gender,
      ageBand: ageBandOf(row.birth_year_from, row.birth_year_to),
      unitCode: row.unit_code,
      ownerAgencyName: row.owner_agency_name,
      openedAt: row.created_at.toISOString(),
      exploitationTypes: row.exploitation_types,
    },
    identity,
    consents: consents.map((c) => ({
      purpose: c.purpose,
      recipientAgencyName: c.recipient_agency_name,
      childAssentGiven: c.child_assent_given,
      childAssentDate: c.child_assent_date,
      guardianConsentGiven: c.guardian_consent_given,
      guardianConsentDate: c.guardian_consent_date,
      expiresOn: c.expires_on,
      withdrawnAt: c.withdrawn_at?.toISOString() ?? null,
    })),
    history: actions.map((a) => ({
      type: a.type,
      at: a.at.toISOString(),
      agencyName: a.agency_name,
      reason: d(a.reason, 'case_actions.reason'),
    })),
    traffickingHistory,
    screenings,
    notes: notes
      .filter((n) => classes.has(n.class))
      .map((n) => ({
        class: n.class,
        text: ctx.cipher.decrypt(n.text, 'case_notes.text'),
        createdAt: n.created_at.toISOString(),
      })),
    attachments: attachments
      .filter((a) => classes.has(a.class))
      .map((a) => ({
        class: a.class,
        fileName: ctx.cipher.decrypt(a.file_name, 'case_attachments.file_name'),
        contentType: a.content_type,
        size: a.size,
        uploadedAt: a.uploaded_at.toISOString(),
      })),
    plans: plans.map((g) => ({
      planNumber: g.number,
      planStatus: g.plan_status,
      domain: g.domain,
      supportPlanType: g.support_plan_type,
      status: g.status,
      objective: has('health') ? ctx.cipher.decrypt(g.objective, 'plan_goals.objective') : null,
    })),
    bestInterests: bestInterests.map((b) => ({
      status: b.status,
      solution: b.solution,
      decidedAt: b.decided_at?.toISOString() ?? null,
      childViews: has('health') ? d(b.child_views, 'best_interests.child_views') : null,
    })),
    monitoring,
    servicesDelivered: services.map((s) => ({
      serviceKind: s.service_kind,
      deliveredOn: s.delivered_on,
      agencyName: s.agency_name,
      outcome: s.outcome,
      note: has('health') ? d(s.note, 'services_delivered.note') : null,
    })),
    referrals: referrals.map((r) => ({
      serviceKind: r.service_kind,
      recipientAgencyName: r.recipient_agency_name,
      state: r.state,
      sentAt: r.sent_at?.toISOString() ?? null,
      fieldsShared: r.package_fields,
    })),
    justice,
    retention: {
      recordType,
      years,
      endsAt: endsAt?.toISOString() ?? null,
      legalHolds: holds.map((h) => ({
        active: h.lifted_at === null,
        setAt: h.set_at.toISOString(),
        liftedAt: h.lifted_at?.toISOString() ?? null,
      })),
    },
    accessSummary: summarise(accessLog),
    accessLog,
    accessLogTruncated: access.length > ACCESS_LOG_LIMIT,
    withheld,
  };
  await audit(db, actor, {
    action: 'case.subject-access.export',
    entityType: 'case',
    entityId: caseId,
    details: { withheld: withheld.map((w) => w.fieldGroup), accessEntries: accessLog.length },
  });
  return result;
}

function summarise(log: SubjectAccessExport['accessLog']): SubjectAccessExport['accessSummary'] {
  const byActor = new Map<string, SubjectAccessExport['accessSummary'][number]>();
  // The log is newest first: walking it backwards meets each person's first access first.
  for (const entry of [...log].reverse()) {
    if (entry.kind === 'system') continue;
    const key = `${entry.actorName ?? ''}\u0000${entry.agencyName ?? ''}`;
    const line = byActor.get(key) ?? {
      actorName: entry.actorName,
      agencyName: entry.agencyName,
      reads: 0,
      reveals: 0,
      changes: 0,
      exports: 0,
      firstAt: entry.at,
      lastAt: entry.at,
    };
    if (entry.kind === 'read') line.reads++;
    else if (entry.kind === 'reveal') line.reveals++;
    else if (entry.kind === 'export') line.exports++;
    else line.changes++;
    line.lastAt = entry.at;
    byActor.set(key, line);
  }
  return [...byActor.values()];
}
