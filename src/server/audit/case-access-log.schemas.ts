import { z } from 'zod';
import { text } from '../http/text.ts';
import { ACCESS_KINDS } from './access-kinds.ts';
import { ACCESS_LOG_SORTS } from './case-access-log.repository.ts';

const isoDate = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .describe('A calendar day (UTC), YYYY-MM-DD');

/** The filters, shared by the page and its CSV export. */
const filters = {
  userId: z.uuid().optional().describe('Only what this person did'),
  kind: z.enum(ACCESS_KINDS).optional().describe('Only reads, reveals, changes, exports or break-glass'),
  from: isoDate.optional().describe('From this day (inclusive, UTC)'),
  to: isoDate.optional().describe('Up to this day (inclusive, UTC)'),
  sort: z.enum(ACCESS_LOG_SORTS).optional().describe('Order by time (default), person, action or kind'),
  order: z.enum(['asc', 'desc']).optional().describe('Newest first by default'),
};

export const caseAccessLogParams = z.strictObject({ id: z.uuid() });

export const caseAccessLogQuery = z.strictObject({
  ...filters,
  page: text()
    .regex(/^[1-9]\d{0,5}$/, 'must be a page number from 1')
    .optional(),
  pageSize: text()
    .regex(/^([1-9]|[1-9]\d|100)$/, 'must be from 1 to 100')
    .optional(),
});
export type CaseAccessLogQuery = z.infer<typeof caseAccessLogQuery>;

export const caseAccessLogExportQuery = z.strictObject({
  ...filters,
  separator: z
    .enum(['comma', 'semicolon'])
    .optional()
    .describe('The list separator of the spreadsheet that will open the file (comma by default)'),
});
export type CaseAccessLogExportQuery = z.infer<typeof caseAccessLogExportQuery>;

const person = {
  actorId: z.uuid().nullable().describe('Null for the system itself (jobs, the demo seed)'),
  actorName: text().nullable(),
  actorUsername: text().nullable(),
  actorAgencyName: text().nullable().describe('The agency the person acted for at the time'),
};

export const caseAccessEntry = z.object({
  seq: z.number().describe('Position in the hash-chained audit log'),
  at: text(),
  ...person,
  kind: z.enum(ACCESS_KINDS),
  action: text().describe('The precise audited action, e.g. case.family.read'),
  entityType: text().nullable().describe('The part of the case touched: case, plan, monitoring_visit …'),
  outcome: z.enum(['success', 'failure', 'denied']),
});
export type CaseAccessEntry = z.infer<typeof caseAccessEntry>;

export const caseAccessLog = z.object({
  items: z.array(caseAccessEntry),
  total: z.number(),
  actors: z.array(z.object(person)).describe('Everyone in this case’s log, for the “who” filter'),
});
export type CaseAccessLog = z.infer<typeof caseAccessLog>;
