import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createOnce } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import * as s from './attachments.schemas.ts';
import * as attachments from './attachments.service.ts';
import { declaredType } from './sniff.ts';
import { z } from 'zod';
import { createHash } from 'node:crypto';

const tags = ['Notes and attachments'];

/** RFC 6266: an ASCII fallback name plus the exact name in UTF-8. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerAttachmentRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  // Encapsulated: only these routes take raw files, any content type as bytes; the service decides.
  appBase.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: s.MAX_ATTACHMENT_BYTES },
      (_request, body, done) => done(null, body),
    );
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/cases/:id/attachments',
      {
        config: requires('cases.read'),
        schema: {
          tags,
          summary: 'Attachments of the classes your field groups allow (names and sizes, not the files)',
          params: s.caseIdParams,
          response: { 200: s.attachmentList, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => ({
        items: await attachments.listAttachments(
          ctx,
          requireUser(request),
          actorOf(request),
          request.params.id,
        ),
      }),
    );

    app.post(
      '/api/cases/:id/attachments',
      {
        config: requires('cases.update'),
        bodyLimit: s.MAX_ATTACHMENT_BYTES,
        schema: {
          tags,
          summary:
            'Upload a file as the raw body with its content-type (PDF, PNG, JPEG, WebP, DOCX, ODT, TXT; at most 10 MiB); the type is checked against the bytes',
          headers: idempotencyHeader,
          params: s.caseIdParams,
          querystring: s.uploadQuery,
          response: { 201: s.attachment, ...errorResponses(400, 401, 403, 404, 413, 415, 422) },
        },
      },
      async (request, reply) => {
        const principal = requireUser(request);
        const content = request.body;
        // Idempotency compares request bodies: give it a digest of the upload, not megabytes of bytes.
        request.body = {
          caseId: request.params.id,
          ...request.query,
          contentType: request.headers['content-type'] ?? null,
          sha256: Buffer.isBuffer(content) ? createHash('sha256').update(content).digest('hex') : null,
        };
        return createOnce(ctx, request, reply, principal.userId, async (trx) => ({
          status: 201,
          body: await attachments.uploadAttachment(ctx, trx, principal, actorOf(request), request.params.id, {
            fileName: request.query.fileName,
            class: request.query.class,
            declaredType: declaredType(request.headers['content-type']),
            content,
          }),
        }));
      },
    );

    app.get(
      '/api/cases/:id/attachments/:attachmentId',
      {
        config: requires('cases.read'),
        schema: {
          tags,
          summary: 'Download one file (every download is audited)',
          params: s.attachmentParams,
          response: {
            200: z.any().describe('The file, with its own content type'),
            ...errorResponses(401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const { meta, bytes } = await attachments.downloadAttachment(
          ctx,
          requireUser(request),
          actorOf(request),
          request.params.id,
          request.params.attachmentId,
        );
        return reply
          .type(meta.contentType)
          .header('Content-Disposition', contentDisposition(meta.fileName))
          .send(bytes);
      },
    );
  });
}
