import { z } from 'zod';
import { text } from './text.ts';

export const errorEnvelope = z
  .object({
    error: z.object({
      code: text().describe('Stable machine-readable code, e.g. validation_failed'),
      message: text().describe('A sentence a person understands'),
      details: z.unknown().optional(),
    }),
    requestId: text(),
  })
  .describe('Error');

/** The error responses a route can give, for its OpenAPI description. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorEnvelope> {
  return Object.fromEntries(statuses.map((status) => [status, errorEnvelope]));
}

export const ifMatchHeader = z.object({
  'if-match': text().optional().describe('The ETag of the record you are changing (required)'),
});

export const idempotencyHeader = z.object({
  'idempotency-key': text().optional().describe('Repeat a create safely: same key, same result'),
});
