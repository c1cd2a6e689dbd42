import { z } from 'zod';

export const errorEnvelope = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. validation_failed'),
      message: z.string().describe('A sentence a person understands'),
      details: z.unknown().optional(),
    }),
    requestId: z.string(),
  })
  .describe('Error');

/** The error responses a route can give, for its OpenAPI description. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorEnvelope> {
  return Object.fromEntries(statuses.map((status) => [status, errorEnvelope]));
}

export const ifMatchHeader = z.object({
  'if-match': z.string().optional().describe('The ETag of the record you are changing (required)'),
});

export const idempotencyHeader = z.object({
  'idempotency-key': z.string().optional().describe('Repeat a create safely: same key, same result'),
});
