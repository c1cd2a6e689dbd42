import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './case-people.schemas.ts';
import * as people from './case-people.service.ts';

const tags = ['Family and guardian'];

/** The guardian's If-Match is optional only while no guardian is recorded (the service decides). */
const optionalVersion = (request: FastifyRequest) =>
  request.headers['if-match'] === undefined ? null : requiredVersion(request);

export function registerCasePeopleRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/family',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: "The child's family members (names and contacts only with the identity field group)",
        params: s.caseIdParams,
        response: { 200: s.familyList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await people.listFamily(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/cases/:id/family',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Add a family member, saying whether they are implicated and whether contact is safe',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newFamilyMemberBody,
        response: { 201: s.familyMember, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        people.addFamilyMember(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.patch(
    '/api/cases/:id/family/:memberId',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Change a family member',
        headers: ifMatchHeader,
        params: s.memberParams,
        body: s.updateFamilyMemberBody,
        response: { 200: s.familyMember, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const member = await people.changeFamilyMember(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.memberId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, member.version);
      return member;
    },
  );

  app.delete(
    '/api/cases/:id/family/:memberId',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Remove a family member recorded by mistake',
        headers: ifMatchHeader,
        params: s.memberParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      await people.removeFamilyMember(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.memberId,
        requiredVersion(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/cases/:id/guardian',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: "The child's guardian or legal representative, and whether one is required",
        params: s.caseIdParams,
        response: { 200: s.guardianAnswer, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const answer = await people.getGuardian(ctx, requireUser(request), actorOf(request), request.params.id);
      if (answer.guardian) setEtag(reply, answer.guardian.version);
      return answer;
    },
  );

  app.put(
    '/api/cases/:id/guardian',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Record or replace the guardian (If-Match once one is recorded)',
        headers: ifMatchHeader,
        params: s.caseIdParams,
        body: s.guardianBody,
        response: { 200: s.guardian, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await people.setGuardian(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        optionalVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}
