import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses, ifMatchHeader } from '../http/openapi.ts';
import { requires, signedIn } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import './approval-kinds.ts';
import * as s from './approvals.schemas.ts';
import * as approvals from './approvals.service.ts';

const tags = ['Approvals'];

// Who may decide depends on the kind (its decideAction, checked on the case's place in the service), so
// the list and decision routes are open to any signed-in user and answer from their reach: an empty list,
// or 404 for a request out of scope.
export function registerApprovalRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/approvals',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Pending approvals the caller may decide (in scope, not their own requests), oldest first',
        querystring: s.pendingQuery,
        response: { 200: s.approvalList, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({
      items: await approvals.listPendingForMe(ctx, requireUser(request), actorOf(request), request.query),
    }),
  );

  app.get(
    '/api/approvals/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'One approval request, with its ETag',
        params: s.approvalIdParams,
        response: { 200: s.approval, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const found = await approvals.getApproval(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
      );
      setEtag(reply, found.version);
      return found;
    },
  );

  app.get(
    '/api/cases/:id/approvals',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Every approval requested on a case (pending, approved, rejected, withdrawn), newest first',
        params: s.caseIdParams,
        response: { 200: s.approvalList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await approvals.listForCase(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/approvals/:id/decision',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Approve or reject a request (a reason is required to reject); never by the requester',
        headers: ifMatchHeader,
        params: s.approvalIdParams,
        body: s.decisionBody,
        response: { 200: s.approval, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await approvals.decide(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}
