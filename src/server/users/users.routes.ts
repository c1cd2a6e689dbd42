import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './users.schemas.ts';
import * as users from './users.service.ts';

const tags = ['User administration'];
const manage = requires('users.manage');

export function registerUserRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/admin/users',
    {
      config: manage,
      schema: {
        tags,
        summary: 'List accounts in your scope',
        querystring: s.listUsersQuery,
        response: { 200: s.userList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { q, page, pageSize } = request.query;
      return users.listUsers(ctx, requireUser(request), actorOf(request), {
        q,
        page: Number(page ?? 1),
        pageSize: Number(pageSize ?? 20),
      });
    },
  );

  app.get(
    '/api/admin/users/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'One account',
        params: s.userIdParams,
        response: { 200: s.adminUser, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const user = await users.getUser(ctx, requireUser(request), actorOf(request), request.params.id);
      setEtag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/api/admin/users',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create an account',
        headers: idempotencyHeader,
        body: s.createUserBody,
        response: { 201: s.adminUser, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        users.createUser(ctx, trx, principal, actorOf(request), request.body),
      );
    },
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change an account (name, agency, roles)',
        headers: ifMatchHeader,
        params: s.userIdParams,
        body: s.updateUserBody,
        response: { 200: s.adminUser, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const user = await users.updateUser(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set a temporary password; the owner must choose their own at the next sign-in',
        headers: ifMatchHeader,
        params: s.userIdParams,
        body: s.resetPasswordBody,
        response: { 200: s.adminUser, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const user = await users.resetPassword(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body.password,
      );
      setEtag(reply, user.version);
      return user;
    },
  );

  for (const change of ['disable', 'enable', 'reset-mfa'] as const) {
    app.post(
      `/api/admin/users/:id/${change}`,
      {
        config: manage,
        schema: {
          tags,
          summary: `${change === 'reset-mfa' ? 'Reset two-step verification of' : change === 'disable' ? 'Disable' : 'Enable'} an account`,
          headers: ifMatchHeader,
          params: s.userIdParams,
          response: { 200: s.adminUser, ...errorResponses(401, 403, 404, 409, 412, 428) },
        },
      },
      async (request, reply) => {
        const user = await users.changeAccount(
          ctx,
          requireUser(request),
          actorOf(request),
          request.params.id,
          requiredVersion(request),
          change,
        );
        setEtag(reply, user.version);
        return user;
      },
    );
  }
}
