import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

// Everything held about one child, read for a subject-access request. Each function returns raw rows;
// the service decides, by field group, what of them the caller may hand over.

type Db = Kysely<DatabaseSchema>;

export const familyOf = (db: Db, caseId: string) =>
  db
    .selectFrom('case_family_members')
    .select(['relation', 'name', 'contact', 'implicated', 'safe_contact'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();

export const guardianOf = (db: Db, caseId: string) =>
  db
    .selectFrom('case_guardians')
    .select(['kind', 'name', 'contact', 'appointed_on', 'appointing_authority'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();

export const consentsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('case_consents as c')
    .leftJoin('agencies as a', 'a.id', 'c.recipient_agency_id')
    .select([
      'c.purpose',
      'a.name as recipient_agency_name',
      'c.child_assent_given',
      'c.child_assent_date',
      'c.guardian_consent_given',
      'c.guardian_consent_date',
      'c.expires_on',
      'c.withdrawn_at',
    ])
    .where('c.case_id', '=', caseId)
    .orderBy('c.recorded_at')
    .execute();

export const actionsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('case_actions as a')
    .leftJoin('agencies as g', 'g.id', 'a.actor_agency_id')
    .select(['a.type', 'a.at', 'a.reason', 'g.name as agency_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.seq')
    .execute();

export const eventsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('trafficking_events')
    .select(['type', 'date_from', 'date_to', 'country', 'place', 'exploitation_types', 'recruitment_methods'])
    .where('case_id', '=', caseId)
    .orderBy('date_from')
    .execute();

export const screeningsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('screenings')
    .select(['list', 'indicator_set_version', 'suggestion', 'screened_at'])
    .where('case_id', '=', caseId)
    .orderBy('screened_at')
    .execute();

export const notesOf = (db: Db, caseId: string) =>
  db
    .selectFrom('case_notes')
    .select(['class', 'text', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();

export const attachmentsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('case_attachments')
    .select(['class', 'file_name', 'content_type', 'size', 'uploaded_at'])
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .execute();

export const assessmentsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('monitoring_assessments')
    .select(['assessed_on', 'overall', 'domain_scores', 'child_view'])
    .where('case_id', '=', caseId)
    .orderBy('assessed_on')
    .execute();

export const servicesDeliveredOf = (db: Db, caseId: string) =>
  db
    .selectFrom('services_delivered as s')
    .leftJoin('agencies as a', 'a.id', 's.agency_id')
    .select(['s.service_kind', 's.delivered_on', 's.outcome', 's.note', 'a.name as agency_name'])
    .where('s.case_id', '=', caseId)
    .orderBy('s.delivered_on')
    .execute();

export const referralsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('referrals as r')
    .leftJoin('agencies as a', 'a.id', 'r.recipient_agency_id')
    .select(['r.service_kind', 'r.state', 'r.sent_at', 'r.package_fields', 'a.name as recipient_agency_name'])
    .where('r.case_id', '=', caseId)
    .orderBy('r.created_at')
    .execute();

export const plansOf = (db: Db, caseId: string) =>
  db
    .selectFrom('plan_goals as g')
    .innerJoin('plans as p', 'p.id', 'g.plan_id')
    .select([
      'p.number',
      'p.status as plan_status',
      'g.domain',
      'g.support_plan_type',
      'g.objective',
      'g.status',
    ])
    .where('g.case_id', '=', caseId)
    .orderBy('p.number')
    .orderBy('g.position')
    .execute();

export const bestInterestsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('best_interests')
    .select(['status', 'solution', 'decided_at', 'child_views'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();

export const proceedingsOf = (db: Db, caseId: string) =>
  db
    .selectFrom('justice_proceedings')
    .select(['stage', 'child_role', 'opened_on', 'outcome', 'articles'])
    .where('case_id', '=', caseId)
    .orderBy('opened_on')
    .execute();

export const nonPunishmentOf = (db: Db, caseId: string) =>
  db
    .selectFrom('justice_non_punishment')
    .select(['decision', 'decided_on'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();

/**
 * Who read, revealed, changed or exported the case: its own audit entries, entries about its records
 * that name it (`details.caseId`), and lists and searches whose answer included it (`details.ids`).
 */
export const accessOf = (db: Db, caseId: string, limit: number) =>
  db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_id')
    .leftJoin('agencies as a', 'a.id', 'l.actor_agency_id')
    .select([
      'l.at',
      'l.actor_id',
      'u.display_name as actor_name',
      'a.name as agency_name',
      'l.action',
      'l.outcome',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('l.entity_type', '=', 'case'), eb('l.entity_id', '=', caseId)]),
        sql<boolean>`l.details @> ${JSON.stringify({ caseId })}::jsonb`,
        sql<boolean>`l.details @> ${JSON.stringify({ ids: [caseId] })}::jsonb`,
      ]),
    )
    .orderBy('l.seq', 'desc')
    .limit(limit)
    .execute();
