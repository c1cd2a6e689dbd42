import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type FieldCode, type FieldCodeParams, isFieldCode } from '../../domain/validation/field-codes.ts';
import { AppError, type ErrorCode, type ErrorEnvelope, type FieldProblem, fieldProblem } from '../errors.ts';

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
  params?: {
    keys?: string[];
    origin?: string;
    minimum?: number | bigint;
    maximum?: number | bigint;
    params?: { code?: string };
  };
};

const SIZE_CODES: Record<string, [tooSmall: FieldCode, tooBig: FieldCode]> = {
  string: ['too_short', 'too_long'],
  array: ['too_few', 'too_many'],
  set: ['too_few', 'too_many'],
};

type Detail = { code: FieldCode; params: FieldCodeParams };

/**
 * A code per field that the web app translates (never zod's own text, which is English and names
 * internals); the English message stays for API users reading the response by hand.
 */
function detailOf(issue: ValidationIssue): Detail {
  const params = issue.params ?? {};
  switch (issue.keyword) {
    case 'custom': {
      const custom = params.params?.code;
      return { code: isFieldCode(custom) ? custom : 'invalid_value', params: {} };
    }
    case 'invalid_type':
      return {
        code: /received undefined/.test(issue.message ?? '') ? 'required' : 'invalid_type',
        params: {},
      };
    case 'too_small':
      return {
        code: SIZE_CODES[params.origin ?? '']?.[0] ?? 'too_small',
        params: params.minimum !== undefined ? { min: Number(params.minimum) } : {},
      };
    case 'too_big':
      return {
        code: SIZE_CODES[params.origin ?? '']?.[1] ?? 'too_big',
        params: params.maximum !== undefined ? { max: Number(params.maximum) } : {},
      };
    case 'invalid_format':
      return { code: 'invalid_format', params: {} };
    case 'invalid_value':
      return { code: 'invalid_choice', params: {} };
    default:
      return { code: 'invalid_value', params: {} };
  }
}

/**
 * A sentence a person understands, in English, for API users reading the answer by hand; the web app
 * translates the code instead. zod's own text ("Invalid input: expected string, received undefined")
 * names internals and never reaches a caller. A custom issue carries Haven's own sentence.
 */
function messageOf(issue: ValidationIssue, { code, params }: Detail): string {
  switch (code) {
    case 'required':
      return 'This field is required.';
    case 'invalid_type':
      return 'This value is of the wrong kind (for example text where a number is expected).';
    case 'too_short':
      return `Enter at least ${params.min} characters.`;
    case 'too_long':
      return `Enter at most ${params.max} characters.`;
    case 'too_few':
      return `Give at least ${params.min}.`;
    case 'too_many':
      return `Give at most ${params.max}.`;
    case 'too_small':
      return params.min === undefined
        ? 'The value is too small.'
        : `The value must be at least ${params.min}.`;
    case 'too_big':
      return params.max === undefined
        ? 'The value is too large.'
        : `The value must be at most ${params.max}.`;
    case 'invalid_format':
      return 'This value is not in the right format.';
    case 'invalid_choice':
      return 'Choose one of the allowed values.';
    default:
      return issue.keyword === 'custom' && issue.message ? issue.message : 'This value is not valid.';
  }
}

/** One entry per field, with a path such as body.roles.0.scope, so a form can point at the field. */
function validationDetails(error: FastifyError): FieldProblem[] {
  const where = (error as { validationContext?: string }).validationContext ?? 'body';
  return ((error.validation ?? []) as ValidationIssue[]).flatMap((issue) => {
    const base = (issue.instancePath ?? '').split('/').filter(Boolean);
    if (issue.keyword === 'unrecognized_keys' && issue.params?.keys) {
      return issue.params.keys.map((key) =>
        fieldProblem({
          path: [where, ...base, key].join('.'),
          code: 'unknown_field',
          message: 'Unknown field.',
        }),
      );
    }
    const detail = detailOf(issue);
    return [fieldProblem({ path: [where, ...base].join('.'), message: messageOf(issue, detail), ...detail })];
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
