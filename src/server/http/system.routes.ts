import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses } from './openapi.ts';
import { publicRoute } from './route-access.ts';

export function registerSystemRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const tags = ['System'];

  app.get(
    '/api/health',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'The process is alive',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/ready',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'The database answers',
        response: {
          200: z.object({ status: z.literal('ready'), engine: z.enum(['pglite', 'postgres']) }),
          ...errorResponses(503),
        },
      },
    },
    async () => {
      try {
        await sql`select 1`.execute(ctx.database.db);
      } catch {
        throw new AppError('unavailable', 'The database is not reachable.');
      }
      return { status: 'ready' as const, engine: ctx.database.engine };
    },
  );
}
