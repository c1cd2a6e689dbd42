import { z } from 'zod';
import { text } from '../http/text.ts';
import { grantSchema } from '../auth/auth.schemas.ts';

const uuid = z.uuid();

export const userIdParams = z.strictObject({ id: uuid });

export const adminUser = z.object({
  id: text(),
  username: text(),
  displayName: text(),
  agencyId: text().nullable(),
  agencyName: text().nullable(),
  /** The grants in force now. */
  roles: z.array(grantSchema),
  /**
   * The whole set of grants the account will have once a second administrator approves (null: nothing
   * waiting). Grants that open case data are only ever given this way.
   */
  pendingGrants: z
    .object({
      approvalId: text(),
      roles: z.array(grantSchema),
      requestedBy: text(),
      requestedByName: text().nullable(),
      requestedAt: text(),
      /** Whether the caller may approve it (not the requester, not the account, within their scope). */
      mayDecide: z.boolean(),
      /** The approval's version, for If-Match on POST /api/approvals/:id/decision. */
      version: z.number().int(),
    })
    .nullable(),
  status: z.enum(['active', 'disabled']),
  lockedUntil: text().nullable(),
  mfaEnabled: z.boolean(),
  lastSignInAt: text().nullable(),
  version: z.number(),
});
export type AdminUser = z.infer<typeof adminUser>;

const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{2,62}$/, 'use 3 to 63 lower-case letters, digits, dot, dash or underscore');

export const createUserBody = z.strictObject({
  username,
  displayName: text().trim().min(1).max(200),
  agencyId: uuid.nullable(),
  roles: z.array(grantSchema).min(1).max(8),
  password: text().min(1).max(1024),
});

export const resetPasswordBody = z.strictObject({ password: text().min(1).max(1024) });

export const updateUserBody = z.strictObject({
  displayName: text().trim().min(1).max(200).optional(),
  agencyId: uuid.nullable().optional(),
  roles: z.array(grantSchema).min(1).max(8).optional(),
});

export const listUsersQuery = z.strictObject({
  q: text().max(100).optional(),
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
