import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorEnvelope } from '../errors.ts';

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  const body: ErrorEnvelope = {
    error: { code, message, ...(details === undefined ? {} : { details }) },
    requestId: request.id,
  };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

type ValidationIssue = {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: { keys?: string[] };
};

/** One entry per field, with a path such as body.roles.0.scope, so a form can point at the field. */
function validationDetails(error: FastifyError): Array<{ path: string; message: string }> {
  const where = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as ValidationIssue[]).flatMap((issue) => {
    const base = (issue.instancePath ?? '').split('/').filter(Boolean);
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys) {
      return issue.params.keys.map((key) => ({
        path: [where, ...base, key].join('.'),
        message: 'Unknown field.',
      }));
    }
    return [{ path: [where, ...base].join('.'), message: issue.message ?? 'Invalid value.' }];
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      reply.headers(error.headers);
      return send(reply, request, error.statusCode, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(
        reply,
        request,
        400,
        'validation_failed',
        'Some fields are not valid.',
        validationDetails(error),
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: { message: error.message } }, 'response did not match its schema');
      return send(
        reply,
        request,
        500,
        'internal_error',
        'Something went wrong on our side. The error has been logged.',
      );
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, request, 413, 'payload_too_large', 'The request body is too large.');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(
          reply,
          request,
          415,
          'unsupported_media_type',
          'Send the request body as application/json.',
        );
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, request, 400, 'bad_request', 'The request body is not valid JSON.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, request, error.statusCode, 'bad_request', 'The request could not be understood.');
    }
    // Log the stack but never the request body or database values; the client learns nothing.
    request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'unhandled error');
    return send(
      reply,
      request,
      500,
      'internal_error',
      'Something went wrong on our side. The error has been logged.',
    );
  });
}

export function sendNotFoundOrMethodNotAllowed(
  routesByPath: ReadonlyArray<{ pattern: RegExp; methods: Set<string> }>,
) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const match = routesByPath.find((route) => route.pattern.test(path));
    if (match) {
      reply.header('Allow', [...match.methods].join(', '));
      return send(reply, request, 405, 'method_not_allowed', `${request.method} is not allowed here.`);
    }
    return send(reply, request, 404, 'not_found', 'There is nothing at this address.');
  };
}
