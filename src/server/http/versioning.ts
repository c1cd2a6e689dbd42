import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

// Optimistic concurrency: every record has a version; its ETag is "<version>". A write must name the
// version it was based on, so two people editing the same record cannot silently overwrite each other.

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('ETag', `"${version}"`);
}

export function requiredVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new AppError(
      'precondition_required',
      'Send the If-Match header with the ETag of the record you are changing.',
    );
  }
  const match = /^(?:W\/)?"(\d+)"$/.exec(String(header).trim());
  if (!match) throw new AppError('bad_request', 'The If-Match header must be an ETag such as "3".');
  return Number(match[1]);
}

export const staleVersion = () =>
  new AppError(
    'precondition_failed',
    'Someone changed this record after you opened it. Reload it and try again.',
  );
