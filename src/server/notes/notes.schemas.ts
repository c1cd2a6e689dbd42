import { z } from 'zod';
import { text } from '../http/text.ts';
import { RECORD_CLASSES } from './record-classes.ts';

export const caseIdParams = z.strictObject({ id: z.uuid() });

export const newNoteBody = z.strictObject({
  class: z.enum(RECORD_CLASSES),
  text: text().trim().min(1).max(20_000),
});

export const note = z.object({
  id: text(),
  class: z.enum(RECORD_CLASSES),
  text: text(),
  authorId: text().nullable(),
  authorName: text().nullable(),
  createdAt: text(),
});
export type Note = z.infer<typeof note>;

export const noteList = z.object({ items: z.array(note) });
