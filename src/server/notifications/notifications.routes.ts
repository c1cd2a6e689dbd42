import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../http/text.ts';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { signedIn } from '../http/route-access.ts';
import * as notifications from './notifications.service.ts';

const tags = ['Notifications'];

const notification = z.object({
  id: text(),
  /** '<area>.<event>'; the web app words it with the key `<area>.notify.<event>`. */
  kind: text(),
  caseId: text().nullable(),
  /** The case's pseudonymous code, to tell notifications apart. */
  caseCode: text().nullable(),
  subjectType: text(),
  subjectId: text(),
  createdAt: text(),
  readAt: text().nullable(),
});

const listQuery = z.strictObject({
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'must be a page number from 1')
    .transform(Number)
    .optional()
    .default(1),
  pageSize: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n <= 100, 'must be at most 100')
    .optional()
    .default(20),
  unread: z.enum(['true', 'false']).optional(),
});

const emailBody = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .refine(notifications.isEmailAddress, 'must be an e-mail address')
    .nullable(),
});

// Everyone has their own notifications: each route answers only about the caller's.
export function registerNotificationRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/notifications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My notifications, unread first, newest first; with the unread count',
        querystring: listQuery,
        response: {
          200: z.object({ items: z.array(notification), total: z.number().int(), unread: z.number().int() }),
          ...errorResponses(400, 401),
        },
      },
    },
    async (request) =>
      notifications.listNotifications(ctx, requireUser(request), actorOf(request), request.query),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({}).optional(),
        response: { 200: notification, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => notifications.markRead(ctx, requireUser(request), request.params.id),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        body: z.strictObject({}).optional(),
        response: { 200: z.object({ marked: z.number().int() }), ...errorResponses(400, 401) },
      },
    },
    async (request) => notifications.markAllRead(ctx, requireUser(request)),
  );

  app.get(
    '/api/notifications/email',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'The address my notices are e-mailed to (only when the node has SMTP settings)',
        response: { 200: z.object({ email: text().nullable() }), ...errorResponses(401) },
      },
    },
    async (request) => notifications.myEmail(ctx, requireUser(request)),
  );

  app.put(
    '/api/notifications/email',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          'Set or clear (null) the address my notices are e-mailed to; the e-mail never holds case data',
        body: emailBody,
        response: { 200: z.object({ email: text().nullable() }), ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      notifications.setMyEmail(ctx, requireUser(request), actorOf(request), request.body.email),
  );
}
