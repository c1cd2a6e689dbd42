import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createOnce } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import * as s from './notes.schemas.ts';
import * as notes from './notes.service.ts';

const tags = ['Notes and attachments'];

export function registerNoteRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/notes',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Case notes of the classes your field groups allow (general, health, justice, exploitation)',
        params: s.caseIdParams,
        response: { 200: s.noteList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await notes.listNotes(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/cases/:id/notes',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Add a note (append-only); the class needs its field group',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newNoteBody,
        response: { 201: s.note, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createOnce(ctx, request, reply, principal.userId, async (trx) => ({
        status: 201,
        body: await notes.addNote(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      }));
    },
  );
}
