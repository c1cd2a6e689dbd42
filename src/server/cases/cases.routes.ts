import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../http/text.ts';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './cases.schemas.ts';
import * as cases from './cases.service.ts';
import { checkBeforeCreate } from './duplicate-check.ts';
import { searchCases } from './case-search.ts';
import { allowedLifecycleActions, assignableUsers, takeAction } from './case-actions.service.ts';
import { ACTION_TYPES, CASE_CLOSURE_REASONS } from '../../domain/lifecycle/index.ts';
import { closureEvidenceBody } from '../closure/closure.schemas.ts';

const tags = ['Case file'];

export function registerCaseRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'Cases in your scope, filtered and paged; q finds a child by name (any script or transliteration, or its first three letters) or by case code, ranked by how well each matches',
        querystring: s.listCasesQuery,
        response: { 200: s.caseList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, q, ...filters } = request.query;
      const query = { ...filters, page: Number(page ?? 1), pageSize: Number(pageSize ?? 20) };
      return q
        ? searchCases(ctx, requireUser(request), actorOf(request), { ...query, q })
        : cases.listCases(ctx, requireUser(request), actorOf(request), query);
    },
  );

  app.post(
    '/api/cases/duplicate-check',
    {
      config: requires('cases.create'),
      schema: {
        tags,
        summary:
          'Possible existing cases of the same child, before a new case is saved (no names are returned)',
        body: s.duplicateCheckBody,
        response: { 200: s.duplicateCheckResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => checkBeforeCreate(ctx, requireUser(request), actorOf(request), request.body),
  );

  app.post(
    '/api/cases',
    {
      config: requires('cases.create'),
      schema: {
        tags,
        summary: 'Open a case: the minimum is a name or alias, an approximate age, gender and place',
        headers: idempotencyHeader,
        body: s.newCaseBody,
        response: { 201: s.caseFile, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        cases.createCase(ctx, trx, principal, actorOf(request), request.body),
      );
    },
  );

  app.get(
    '/api/cases/:id',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'The case file (names only through reveal)',
        params: s.caseIdParams,
        response: { 200: s.caseFile, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await cases.getCase(ctx, requireUser(request), actorOf(request), request.params.id);
      setEtag(reply, file.version);
      return file;
    },
  );

  app.patch(
    '/api/cases/:id',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Change identity details of a case',
        headers: ifMatchHeader,
        params: s.caseIdParams,
        body: s.updateCaseBody,
        response: { 200: s.caseFile, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const file = await cases.updateCase(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, file.version);
      return file;
    },
  );

  app.post(
    '/api/cases/:id/reveal',
    {
      config: requires('cases.reveal'),
      schema: {
        tags,
        summary: "Reveal the child's names, birth date, documents and contacts (an audited action)",
        params: s.caseIdParams,
        response: { 200: s.revealedIdentity, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => cases.revealIdentity(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.get(
    '/api/cases/:id/history',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Every action on the case: who, when, from which agency, and why',
        params: s.caseIdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                seq: z.number(),
                type: text(),
                at: text(),
                actorId: text().nullable(),
                actorName: text().nullable(),
                actorAgencyId: text().nullable(),
                actorAgencyName: text().nullable(),
                reason: text().nullable(),
                payload: z.record(text(), z.unknown()),
              }),
            ),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await cases.caseHistory(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.get(
    '/api/cases/:id/actions',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Lifecycle actions you may take on this case now',
        params: s.caseIdParams,
        response: { 200: z.object({ available: z.array(text()) }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      available: await allowedLifecycleActions(ctx, requireUser(request), request.params.id),
    }),
  );

  app.post(
    '/api/cases/:id/actions',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'Take a lifecycle action: presume, start assistance or monitoring, request/approve/reject closure, reopen, transfer, assign (identification and a not-a-victim outcome are status decisions: status_decision_required)',
        headers: ifMatchHeader,
        params: s.caseIdParams,
        body: z.strictObject({
          type: z.enum(ACTION_TYPES.filter((t) => t !== 'open') as [string, ...string[]]),
          reason: text().trim().min(1).max(2000).optional(),
          closureReason: z.enum(CASE_CLOSURE_REASONS).optional(),
          closureEvidence: closureEvidenceBody.optional(),
          retrafficking: z.boolean().optional(),
          toAgencyId: z.uuid().optional(),
          toUnitCode: text().max(64).optional(),
          toUserId: z.uuid().optional(),
        }),
        response: {
          200: z.object({ stage: text(), reopenCount: z.number(), pendingClosure: z.boolean() }),
          ...errorResponses(400, 401, 403, 404, 412, 422, 428),
        },
      },
    },
    async (request) =>
      takeAction(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body as Parameters<typeof takeAction>[5],
      ),
  );

  app.get(
    '/api/cases/:id/assignable-users',
    {
      config: requires('cases.transfer'),
      schema: {
        tags,
        summary: 'Staff of the owning agency who can become the owner of this case (for assign)',
        params: s.caseIdParams,
        response: {
          200: z.object({
            items: z.array(z.object({ id: text(), displayName: text(), roles: z.array(text()) })),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({ items: await assignableUsers(ctx, requireUser(request), request.params.id) }),
  );
}
