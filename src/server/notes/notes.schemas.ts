import { z } from 'zod';
import { RECORD_CLASSES } from './record-classes.ts';

export const caseIdParams = z.strictObject({ id: z.uuid() });

export const newNoteBody = z.strictObject({
  class: z.enum(RECORD_CLASSES),
  text: z.string().trim().min(1).max(20_000),
});

export const note = z.object({
  id: z.string(),
  class: z.enum(RECORD_CLASSES),
  text: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export type Note = z.infer<typeof note>;

export const noteList = z.object({ items: z.array(note) });
