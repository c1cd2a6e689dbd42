import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { text } from '../http/text.ts';
import { caseAccessLog, exportCaseAccessLogCsv } from './case-access-log.service.ts';
import * as s from './case-access-log.schemas.ts';

const tags = ['Audit'];

export function registerCaseAccessLogRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/access-log',
    {
      config: requires('audit.read'),
      schema: {
        tags,
        summary:
          'Who read, revealed, changed or exported what on this case, and when (supervisors and coordinators whose scope reaches the case)',
        description:
          'From the hash-chained audit log: entries on the case and on its parts. Filter by person, kind and period (UTC days, inclusive); paged; newest first unless sorted otherwise. Reading the log is itself audited.',
        params: s.caseAccessLogParams,
        querystring: s.caseAccessLogQuery,
        response: { 200: s.caseAccessLog, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      caseAccessLog(ctx, requireUser(request), actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/cases/:id/access-log/export.csv',
    {
      config: requires('audit.read'),
      schema: {
        tags,
        summary: 'The filtered access log of a case as CSV (same filters as the log; audited as an export)',
        params: s.caseAccessLogParams,
        querystring: s.caseAccessLogExportQuery,
        response: { 200: text().describe('text/csv; UTF-8 with BOM'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const csv = await exportCaseAccessLogCsv(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.query,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="case-access-log.csv"')
        .send(csv);
    },
  );
}
