import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import { toSummary } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import { errorResponses, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './duplicates.schemas.ts';
import * as duplicates from './duplicates.service.ts';

const tags = ['Duplicate review'];
const review = requires('duplicates.review');
const summarise = toSummary as duplicates.Summariser;

export function registerDuplicateRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/duplicates/scan',
    {
      config: review,
      schema: {
        tags,
        summary: 'Look for possible duplicates among the cases in your scope and queue them',
        response: { 200: s.scanResponse, ...errorResponses(401, 403) },
      },
    },
    async (request) => duplicates.scanForDuplicates(ctx, requireUser(request), actorOf(request)),
  );

  app.get(
    '/api/duplicates',
    {
      config: review,
      schema: {
        tags,
        summary: 'The review queue (pairs whose two cases are both in your scope)',
        querystring: s.listPairsQuery,
        response: { 200: z.object({ items: z.array(s.pairSummary) }), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) =>
      duplicates.listPairs(
        ctx,
        requireUser(request),
        actorOf(request),
        request.query.status ?? 'open',
        summarise,
      ) as never,
  );

  app.get(
    '/api/duplicates/:id',
    {
      config: review,
      schema: {
        tags,
        summary: 'Both records side by side (reveals both identities; audited)',
        params: s.pairIdParams,
        response: { 200: s.pairDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const pair = await duplicates.comparePair(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        summarise,
      );
      setEtag(reply, pair.version);
      return pair as never;
    },
  );

  const decisions = [
    ['merge', 'Merge: keep one case, hide the other behind it (reversible)', s.mergeBody],
    ['distinct', 'Mark the two cases as different children', z.strictObject({})],
    ['reopen', 'Undo a decision (a merge is reversed)', z.strictObject({})],
  ] as const;
  for (const [kind, summary, body] of decisions) {
    app.post(
      `/api/duplicates/:id/${kind}`,
      {
        config: review,
        schema: {
          tags,
          summary,
          headers: ifMatchHeader,
          params: s.pairIdParams,
          body,
          response: { 200: s.pairSummary, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
        },
      },
      async (request, reply) => {
        const decision =
          kind === 'merge'
            ? { kind, keepCaseId: (request.body as { keepCaseId: string }).keepCaseId }
            : { kind };
        const pair = await duplicates.decide(
          ctx,
          requireUser(request),
          actorOf(request),
          request.params.id,
          requiredVersion(request),
          decision,
          summarise,
        );
        setEtag(reply, pair.version);
        return pair as never;
      },
    );
  }
}
