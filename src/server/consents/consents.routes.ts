import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './consents.schemas.ts';
import * as consents from './consents.service.ts';

const tags = ['Consent'];

export function registerConsentRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/consents',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'The consent ledger of a case, each entry with its derived state',
        params: s.caseIdParams,
        response: { 200: s.consentList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await consents.listConsents(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/cases/:id/consents',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: "Record the child's assent and the guardian's consent for one purpose",
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newConsentBody,
        response: { 201: s.consent, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        consents.recordConsent(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/cases/:id/consents/:consentId/withdraw',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Withdraw a consent, with the reason (the child or guardian may withdraw at any time)',
        headers: ifMatchHeader,
        params: s.consentParams,
        body: s.withdrawBody,
        response: { 200: s.consent, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await consents.withdrawConsent(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.consentId,
        requiredVersion(request),
        request.body.reason,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}
