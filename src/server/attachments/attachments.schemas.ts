import { z } from 'zod';
import { text } from '../http/text.ts';
import { RECORD_CLASSES } from '../notes/record-classes.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

export const uploadQuery = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^/\\\p{Cc}]+$/u, 'must be a file name without folders or control characters')
    .refine((name) => name !== '.' && name !== '..', 'must be a file name'),
  class: z.enum(RECORD_CLASSES),
});

export const attachment = z.object({
  id: text(),
  fileName: text(),
  contentType: text(),
  size: z.number(),
  class: z.enum(RECORD_CLASSES),
  uploadedBy: text().nullable(),
  uploadedAt: text(),
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentList = z.object({ items: z.array(attachment) });
