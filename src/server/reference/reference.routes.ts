import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../http/text.ts';
import { AGENCY_KINDS } from '../../domain/agencies/index.ts';
import { VOCABULARIES } from '../../domain/vocabularies/index.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { errorResponses } from '../http/openapi.ts';
import { signedIn } from '../http/route-access.ts';
import { listUnits } from './reference.repository.ts';

const tags = ['Reference data'];
const localised = z.record(text(), text());

export function registerReferenceRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/reference/units',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Geography of the node: country, regions, districts, communities',
        querystring: z.strictObject({ country: z.enum(['UA', 'MD', 'BY']).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: text(),
                parentCode: text().nullable(),
                level: text(),
                names: localised,
              }),
            ),
          }),
          ...errorResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const country = request.query.country ?? ctx.config.country;
      if (country !== ctx.config.country)
        throw new AppError('not_found', 'This node holds the geography of its own country only.');
      const rows = await listUnits(ctx.database.db, country);
      return {
        items: rows.map((row) => ({
          code: row.code,
          parentCode: row.parent_code,
          level: row.level,
          names: row.names,
        })),
      };
    },
  );

  app.get(
    '/api/reference/agency-kinds',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Kinds of agency in the national referral mechanism',
        response: {
          200: z.object({
            items: z.array(z.object({ kind: text(), organisationType: text(), names: localised })),
          }),
          ...errorResponses(401),
        },
      },
    },
    async () => ({
      items: Object.values(AGENCY_KINDS).map((k) => ({
        kind: k.kind,
        organisationType: k.htcdsOrganisationType,
        names: { ...k.names, ...(k.countryNames?.[ctx.config.country] ?? {}) },
      })),
    }),
  );

  app.get(
    '/api/reference/vocabularies',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'HTCDS v2.0 vocabularies (and marked extensions) used by the node',
        response: {
          200: z.object({ vocabularies: z.record(text(), z.array(text())) }),
          ...errorResponses(401),
        },
      },
    },
    async () => ({
      vocabularies: Object.fromEntries(
        Object.entries(VOCABULARIES).map(([name, values]) => [name, [...values]]),
      ),
    }),
  );
}
