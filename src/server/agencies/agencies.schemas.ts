import { z } from 'zod';
import { text } from '../http/text.ts';

export const agency = z.object({
  id: text(),
  name: text(),
  kind: text(),
  organisationType: text(),
  country: text(),
  unitCodes: z.array(text()),
  status: z.enum(['active', 'inactive']),
  version: z.number(),
});
export type Agency = z.infer<typeof agency>;

export const agencyIdParams = z.strictObject({ id: z.uuid() });
export const agencyList = z.object({ items: z.array(agency) });

export const createAgencyBody = z.strictObject({
  name: text().trim().min(2).max(200),
  kind: text().min(1).max(64),
  unitCodes: z.array(text().min(1).max(64)).min(1).max(200),
});

export const updateAgencyBody = z.strictObject({
  name: text().trim().min(2).max(200).optional(),
  kind: text().min(1).max(64).optional(),
  unitCodes: z.array(text().min(1).max(64)).min(1).max(200).optional(),
  status: z.enum(['active', 'inactive']).optional(),
});
