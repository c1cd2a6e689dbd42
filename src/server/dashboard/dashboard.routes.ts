import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import * as service from './dashboard.service.ts';
import * as s from './dashboard.schemas.ts';

export function registerDashboardRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/dashboard',
    {
      config: requires('dashboard.read'),
      schema: {
        tags: ['Supervisor dashboard'],
        summary:
          'Caseload per worker by stage, overdue visits, open safety alerts and worsening well-being scores over the open cases in your scope (case codes only)',
        response: { 200: s.dashboard, ...errorResponses(401, 403) },
      },
    },
    async (request) => service.getDashboard(ctx, requireUser(request), actorOf(request)),
  );
}
