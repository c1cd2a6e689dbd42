import { z } from 'zod';
import { text } from '../http/text.ts';

export const team = z.object({
  id: z.uuid(),
  name: text(),
  unitCode: text(),
  members: z.array(z.object({ userId: z.uuid(), displayName: text(), agencyName: text().nullable() })),
  version: z.number().int(),
});

export const teamList = z.object({ items: z.array(team) });

export const teamIdParams = z.strictObject({ id: z.uuid() });

export const createTeamBody = z.strictObject({
  name: text().trim().min(1).max(200),
  unitCode: text().min(1).max(64),
  memberIds: z.array(z.uuid()).max(100),
});

export const teamMembersBody = z.strictObject({ memberIds: z.array(z.uuid()).max(100) });

export const caseTeamBody = z.strictObject({ teamId: z.uuid().nullable() });

export const caseTeamAnswer = z.object({ teamId: z.uuid().nullable(), version: z.number().int() });

export const candidateList = z.object({
  items: z.array(
    z.object({ userId: z.uuid(), displayName: text(), agencyName: text(), roles: z.array(text()) }),
  ),
});
