import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import { caseIdParams } from '../cases/cases.schemas.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './teams.schemas.ts';
import * as teams from './teams.service.ts';

const tags = ['Teams'];

export function registerTeamRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/teams',
    {
      config: requires('teams.read'),
      schema: {
        tags,
        summary: 'The multidisciplinary teams of your area, with their members from several agencies',
        response: { 200: s.teamList, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({ items: await teams.listTeams(ctx, requireUser(request), actorOf(request)) }),
  );

  app.get(
    '/api/teams/member-candidates',
    {
      config: requires('teams.manage'),
      schema: {
        tags,
        summary: 'Active staff of the agencies of this node who may sit on a team (not yourself)',
        response: { 200: s.candidateList, ...errorResponses(401, 403) },
      },
    },
    async (request) => ({
      items: await teams.memberCandidates(ctx, requireUser(request), actorOf(request)),
    }),
  );

  app.post(
    '/api/teams',
    {
      config: requires('teams.manage'),
      schema: {
        tags,
        summary: 'Convene a team for a place (local or national coordinator); you cannot be a member',
        headers: idempotencyHeader,
        body: s.createTeamBody,
        response: { 201: s.team, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        teams.createTeam(ctx, trx, principal, actorOf(request), request.body),
      );
    },
  );

  app.put(
    '/api/teams/:id/members',
    {
      config: requires('teams.manage'),
      schema: {
        tags,
        summary: "Replace a team's members (never by one of them); each change is audited",
        headers: ifMatchHeader,
        params: s.teamIdParams,
        body: s.teamMembersBody,
        response: { 200: s.team, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const team = await teams.replaceTeamMembers(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body.memberIds,
      );
      setEtag(reply, team.version);
      return team;
    },
  );

  app.put(
    '/api/cases/:id/team',
    {
      config: requires('cases.transfer'),
      schema: {
        tags,
        summary: 'Give the case to a team of its place, or take it back (null); the owning agency stays',
        headers: ifMatchHeader,
        params: caseIdParams,
        body: s.caseTeamBody,
        response: { 200: s.caseTeamAnswer, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const answer = await teams.setCaseTeam(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body.teamId,
      );
      setEtag(reply, answer.version);
      return answer;
    },
  );
}
