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
import { openCaseFromReferral } from './referral-case.service.ts';
import * as s from './referrals.schemas.ts';
import * as referrals from './referrals.service.ts';
import * as delivered from './services-delivered.service.ts';

const tags = ['Referrals'];

const STEPS = [
  { event: 'accept', body: s.emptyBody, summary: 'Accept a referral (the receiving agency)' },
  {
    event: 'decline',
    body: s.reasonBody,
    summary: 'Decline a referral, with the reason (the receiving agency)',
  },
  { event: 'start', body: s.emptyBody, summary: 'Start the service for an accepted referral' },
  { event: 'complete', body: s.outcomeBody, summary: 'Complete a referral, with its outcome' },
  { event: 'fail', body: s.outcomeBody, summary: 'Record that a referral failed, with its outcome' },
  { event: 'cancel', body: s.reasonBody, summary: 'Cancel a referral before completion (the referrer)' },
] as const;

export function registerReferralRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/referral-consent',
    {
      config: requires('referrals.create'),
      schema: {
        tags,
        summary: 'Does the consent ledger allow referring this child to this agency?',
        params: s.caseIdParams,
        querystring: s.consentQuery,
        response: { 200: s.consentAnswer, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      referrals.consentStatus(ctx, requireUser(request), request.params.id, request.query.agencyId),
  );

  app.get(
    '/api/cases/:id/referrals',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'The referrals of a case (the sending side)',
        params: s.caseIdParams,
        response: { 200: s.referralList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      referrals.listCaseReferrals(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/referrals',
    {
      config: requires('referrals.create'),
      schema: {
        tags,
        summary:
          'Refer the child to a service: checked against the consent ledger; the package is frozen when sent',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newReferralBody,
        response: { 201: s.referralDetail, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        referrals.createReferral(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.get(
    '/api/cases/:id/services-delivered',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Services delivered to the child, by any agency',
        params: s.caseIdParams,
        response: { 200: s.serviceDeliveredList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => delivered.listForCase(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/services-delivered',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Record a service delivered to the child, optionally towards a plan goal',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newCaseServiceDeliveredBody,
        response: { 201: s.serviceDelivered, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        delivered.recordOnCase(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.get(
    '/api/referrals',
    {
      config: requires('referrals.read'),
      schema: {
        tags,
        summary: 'Incoming referrals (to my agency) or outgoing ones (of the cases I reach)',
        querystring: s.listQuery,
        response: { 200: s.referralList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => referrals.listReferrals(ctx, requireUser(request), actorOf(request), request.query),
  );

  app.get(
    '/api/referrals/:id',
    {
      config: requires('referrals.read'),
      schema: {
        tags,
        summary: 'One referral with its frozen package (the receiving agency sees only this)',
        params: s.referralIdParams,
        response: { 200: s.referralDetail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await referrals.getReferral(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
      );
      setEtag(reply, found.version);
      return found;
    },
  );

  for (const step of STEPS) {
    app.post(
      `/api/referrals/:id/${step.event}`,
      {
        config: requires(step.event === 'cancel' ? 'referrals.create' : 'referrals.respond'),
        schema: {
          tags,
          summary: step.summary,
          headers: ifMatchHeader,
          params: s.referralIdParams,
          body: step.body,
          response: { 200: s.referralDetail, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
        },
      },
      async (request, reply) => {
        const body = request.body as { reason?: string; outcome?: string };
        const saved = await referrals.transitionReferral(
          ctx,
          requireUser(request),
          actorOf(request),
          request.params.id,
          requiredVersion(request),
          step.event,
          body.reason ?? body.outcome ?? null,
        );
        setEtag(reply, saved.version);
        return saved;
      },
    );
  }

  app.post(
    '/api/referrals/:id/open-case',
    {
      config: requires('referrals.open-case'),
      schema: {
        tags,
        summary: "Open the receiving agency's own case from an accepted referral, prefilled from the package",
        headers: ifMatchHeader,
        params: s.referralIdParams,
        body: s.emptyBody,
        response: {
          201: z.object({ caseId: text(), caseCode: text() }),
          ...errorResponses(400, 401, 403, 404, 409, 412, 428),
        },
      },
    },
    async (request, reply) => {
      const opened = await openCaseFromReferral(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
      );
      reply.code(201);
      return opened;
    },
  );

  app.get(
    '/api/referrals/:id/services',
    {
      config: requires('referrals.read'),
      schema: {
        tags,
        summary: 'Services delivered through this referral',
        params: s.referralIdParams,
        response: { 200: s.serviceDeliveredList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      delivered.listForReferral(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/referrals/:id/services',
    {
      config: requires('referrals.respond'),
      schema: {
        tags,
        summary: 'Record a service the receiving agency delivered through this referral',
        headers: idempotencyHeader,
        params: s.referralIdParams,
        body: s.newServiceDeliveredBody,
        response: { 201: s.serviceDelivered, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        delivered.recordOnReferral(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );
}
