import { z } from 'zod';

export const agency = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  organisationType: z.string(),
  country: z.string(),
  unitCodes: z.array(z.string()),
  status: z.enum(['active', 'inactive']),
  version: z.number(),
});
export type Agency = z.infer<typeof agency>;

export const agencyIdParams = z.strictObject({ id: z.uuid() });
export const agencyList = z.object({ items: z.array(agency) });

export const createAgencyBody = z.strictObject({
  name: z.string().trim().min(2).max(200),
  kind: z.string().min(1).max(64),
  unitCodes: z.array(z.string().min(1).max(64)).min(1).max(200),
});

export const updateAgencyBody = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  kind: z.string().min(1).max(64).optional(),
  unitCodes: z.array(z.string().min(1).max(64)).min(1).max(200).optional(),
  status: z.enum(['active', 'inactive']).optional(),
});
