import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { text } from '../http/text.ts';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './directory.schemas.ts';
import * as directory from './directory.service.ts';

const tags = ['Service directory'];

export function registerDirectoryRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/services',
    {
      config: requires('services.read'),
      schema: {
        tags,
        summary: 'Search services by need and place: covering the district, eligible, most usable first',
        querystring: s.searchQuery,
        response: { 200: s.serviceList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await directory.searchServices(ctx, requireUser(request), request.query),
    }),
  );

  app.get(
    '/api/services/gaps',
    {
      config: requires('services.read'),
      schema: {
        tags,
        summary: 'Districts (or regions) × service kinds with no active service covering them',
        querystring: s.gapsQuery,
        response: { 200: s.gapsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => directory.serviceGaps(ctx, requireUser(request), request.query),
  );

  app.get(
    '/api/services/export.csv',
    {
      config: requires('services.read'),
      schema: {
        tags,
        summary: 'The results of a search as CSV (same filters as the search)',
        querystring: s.searchQuery,
        response: { 200: text().describe('text/csv; UTF-8 with BOM'), ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const csv = await directory.exportServicesCsv(
        ctx,
        requireUser(request),
        actorOf(request),
        request.query,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="services.csv"')
        .send(csv);
    },
  );

  app.get(
    '/api/services/:id',
    {
      config: requires('services.read'),
      schema: {
        tags,
        summary: 'One service',
        params: s.serviceIdParams,
        response: { 200: s.service, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await directory.getService(ctx, requireUser(request), request.params.id);
      setEtag(reply, found.version);
      return found;
    },
  );

  app.post(
    '/api/services',
    {
      config: requires('services.manage'),
      schema: {
        tags,
        summary: "Describe a new service of an agency (providers and supervisors: their own agency's)",
        headers: idempotencyHeader,
        body: s.newServiceBody,
        response: { 201: s.service, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        directory.createService(ctx, trx, principal, actorOf(request), request.body),
      );
    },
  );

  app.patch(
    '/api/services/:id',
    {
      config: requires('services.manage'),
      schema: {
        tags,
        summary: 'Change a service (only the fields sent)',
        headers: ifMatchHeader,
        params: s.serviceIdParams,
        body: s.serviceChangesBody,
        response: { 200: s.service, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await directory.updateService(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.patch(
    '/api/services/:id/capacity',
    {
      config: requires('services.update-capacity'),
      schema: {
        tags,
        summary: 'Update the free places (and capacity) of a service quickly',
        headers: ifMatchHeader,
        params: s.serviceIdParams,
        body: s.capacityBody,
        response: { 200: s.service, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await directory.updateCapacity(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}
