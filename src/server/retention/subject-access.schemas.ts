import { z } from 'zod';
import { openIdentity, sensitiveIdentity } from '../cases/cases.schemas.ts';
import { text } from '../http/text.ts';

// The subject-access export: what Haven holds about one child and who saw it (GDPR Art. 15, Convention
// 108+ Art. 9). Sections the caller's field groups do not open are left out and named in `withheld`.

const date = text().nullable();

export const subjectAccessExport = z.object({
  generatedAt: text(),
  case: z.object({
    code: text(),
    stage: text(),
    status: text(),
    gender: text(),
    ageBand: text(),
    unitCode: text(),
    ownerAgencyName: text().nullable(),
    openedAt: text(),
    exploitationTypes: z.array(text()),
  }),
  identity: z
    .object({
      /** Names, exact birth date, documents, contacts and address, as the case file holds them. */
      sensitive: sensitiveIdentity,
      /** Citizenships, languages, disability, age assessment and the rest of the open identity. */
      open: openIdentity.extend({ disability: text().nullable().optional() }),
      family: z.array(
        z.object({
          relation: text(),
          name: text(),
          contact: text().nullable(),
          implicated: z.boolean(),
          safeContact: z.boolean(),
        }),
      ),
      guardian: z
        .object({
          kind: text(),
          name: text(),
          contact: text().nullable(),
          appointedOn: date,
          appointingAuthority: text().nullable(),
        })
        .nullable(),
    })
    .optional(),
  consents: z.array(
    z.object({
      purpose: text(),
      recipientAgencyName: text().nullable(),
      childAssentGiven: z.boolean(),
      childAssentDate: text(),
      guardianConsentGiven: z.boolean().nullable(),
      guardianConsentDate: date,
      expiresOn: date,
      withdrawnAt: date,
    }),
  ),
  history: z.array(
    z.object({ type: text(), at: text(), agencyName: text().nullable(), reason: text().nullable() }),
  ),
  traffickingHistory: z
    .array(
      z.object({
        type: text(),
        dateFrom: text(),
        dateTo: date,
        country: text(),
        place: text().nullable(),
        exploitationTypes: z.array(text()),
        recruitmentMethods: z.array(text()),
      }),
    )
    .optional(),
  screenings: z
    .array(z.object({ list: text(), indicatorSetVersion: text(), suggestion: text(), screenedAt: text() }))
    .optional(),
  notes: z.array(z.object({ class: text(), text: text(), createdAt: text() })),
  attachments: z.array(
    z.object({ class: text(), fileName: text(), contentType: text(), size: z.number(), uploadedAt: text() }),
  ),
  plans: z.array(
    z.object({
      planNumber: z.number(),
      planStatus: text(),
      domain: text(),
      supportPlanType: text(),
      status: text(),
      objective: text().nullable(),
    }),
  ),
  bestInterests: z.array(
    z.object({ status: text(), solution: text().nullable(), decidedAt: date, childViews: text().nullable() }),
  ),
  monitoring: z
    .array(
      z.object({
        assessedOn: text(),
        overall: z.number(),
        domainScores: z.record(text(), z.number()),
        childView: text().nullable(),
      }),
    )
    .optional(),
  servicesDelivered: z.array(
    z.object({
      serviceKind: text(),
      deliveredOn: text(),
      agencyName: text().nullable(),
      outcome: text(),
      note: text().nullable(),
    }),
  ),
  /** Every agency the child's data was sent to, and which fields the package carried. */
  referrals: z.array(
    z.object({
      serviceKind: text(),
      recipientAgencyName: text().nullable(),
      state: text(),
      sentAt: date,
      fieldsShared: z.array(text()),
    }),
  ),
  justice: z
    .object({
      proceedings: z.array(
        z.object({
          stage: text(),
          childRole: text(),
          openedOn: text(),
          outcome: text().nullable(),
          articles: z.array(text()),
        }),
      ),
      nonPunishment: z.array(z.object({ decision: text(), decidedOn: date })),
    })
    .optional(),
  retention: z.object({
    recordType: text(),
    years: z.number().nullable(),
    endsAt: date,
    legalHolds: z.array(z.object({ active: z.boolean(), setAt: text(), liftedAt: date })),
  }),
  /** Who saw the record: one line per person and agency, then the entries themselves (newest first). */
  accessSummary: z.array(
    z.object({
      actorName: text().nullable(),
      agencyName: text().nullable(),
      reads: z.number(),
      reveals: z.number(),
      changes: z.number(),
      exports: z.number(),
      firstAt: text(),
      lastAt: text(),
    }),
  ),
  accessLog: z.array(
    z.object({
      at: text(),
      actorName: text().nullable(),
      agencyName: text().nullable(),
      action: text(),
      kind: z.enum(['read', 'reveal', 'change', 'export', 'system']),
      outcome: text(),
    }),
  ),
  accessLogTruncated: z.boolean(),
  withheld: z.array(z.object({ section: text(), fieldGroup: text() })),
});
export type SubjectAccessExport = z.infer<typeof subjectAccessExport>;
