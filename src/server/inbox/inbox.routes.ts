import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../http/text.ts';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { signedIn } from '../http/route-access.ts';
import { myInbox } from './inbox.service.ts';

const inboxItem = z.object({
  kind: text(),
  caseId: text().nullable(),
  caseCode: text().nullable(),
  subjectType: text(),
  subjectId: text(),
  dueAt: text().nullable(),
  overdue: z.boolean(),
});

export function registerInboxRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/inbox',
    {
      config: signedIn,
      schema: {
        tags: ['Notifications'],
        summary: 'My to-do items (overdue first, then by due date) and my unread notification count',
        response: {
          200: z.object({
            items: z.array(inboxItem),
            unreadNotifications: z.number().int(),
            unavailableSources: z.array(text()),
          }),
          ...errorResponses(401),
        },
      },
    },
    async (request) => myInbox(ctx, requireUser(request), actorOf(request), request.log),
  );
}
