import { z } from 'zod';
import { grantSchema } from '../auth/auth.schemas.ts';

const uuid = z.uuid();

export const userIdParams = z.strictObject({ id: uuid });

export const adminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  roles: z.array(grantSchema),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.string().nullable(),
  mfaEnabled: z.boolean(),
  lastSignInAt: z.string().nullable(),
  version: z.number(),
});
export type AdminUser = z.infer<typeof adminUser>;

const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,62}$/, 'use 3 to 63 lower-case letters, digits, dot, dash or underscore');

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(200),
  agencyId: uuid.nullable(),
  roles: z.array(grantSchema).min(1).max(8),
  password: z.string().min(1).max(1024),
});

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  agencyId: uuid.nullable().optional(),
  roles: z.array(grantSchema).min(1).max(8).optional(),
});

export const listUsersQuery = z.strictObject({
  q: z.string().max(100).optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'must be a page number from 1')
    .optional(),
  pageSize: z
    .string()
    .regex(/^([1-9]|[1-9]\d|100)$/, 'must be from 1 to 100')
    .optional(),
});

export const userList = z.object({ items: z.array(adminUser), total: z.number() });
