import { z } from 'zod';
import { EVIDENCE_SOURCES, SCREENING_SUGGESTIONS } from '../../domain/screening/index.ts';

// Screening with the ILO/EC (2009) children's indicators. The API names the lists 'labour' and
// 'sexual'; src/domain/screening calls them 'child-labour' and 'child-sexual'.

export const SCREENING_LISTS = ['labour', 'sexual'] as const;
export type ScreeningList = (typeof SCREENING_LISTS)[number];
export const DOMAIN_LIST = { labour: 'child-labour', sexual: 'child-sexual' } as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const screeningAnswer = z.strictObject({
  indicatorId: z.string().min(1).max(120),
  /** Where the practitioner learned of the indicator. */
  source: z.enum(EVIDENCE_SOURCES),
  /** The day it was observed or reported. */
  date: isoDate,
});

export const newScreeningBody = z.strictObject({
  list: z.enum(SCREENING_LISTS),
  /** The indicators found present; absent indicators are not listed. */
  answers: z.array(screeningAnswer).max(120),
});
export type NewScreening = z.infer<typeof newScreeningBody>;

const localised = z.record(z.string(), z.string());
const gradeCounts = z.object({ strong: z.number(), medium: z.number(), weak: z.number() });

export const screening = z.object({
  id: z.string(),
  list: z.enum(SCREENING_LISTS),
  indicatorSetVersion: z.string(),
  answers: z.array(z.object({ indicatorId: z.string(), source: z.string(), date: z.string() })),
  dimensions: z.array(
    z.object({
      dimension: z.string(),
      positive: z.boolean(),
      counts: gradeCounts,
      indicatorIds: z.object({
        strong: z.array(z.string()),
        medium: z.array(z.string()),
        weak: z.array(z.string()),
      }),
      /** In the caller's language: what was found, the verdict, and what a negative result lacks. */
      explanation: z.string(),
    }),
  ),
  suggestion: z.object({
    status: z.enum(SCREENING_SUGGESTIONS),
    /** HTCDS TraffickingStatus the suggestion points to, or null. */
    traffickingStatus: z.string().nullable(),
    explanation: z.string(),
    /** Always false: a person decides the status (POST /status-decisions). */
    isDecision: z.literal(false),
  }),
  screenedBy: z.string().nullable(),
  screenedAt: z.string(),
});
export type Screening = z.infer<typeof screening>;

export const screeningList = z.object({ items: z.array(screening) });

export const indicatorReference = z.object({
  version: z.string(),
  lists: z.array(z.object({ id: z.enum(SCREENING_LISTS), label: localised })),
  dimensions: z.array(
    z.object({ id: z.string(), stage: z.enum(['recruitment', 'exploitation']), label: localised }),
  ),
  grades: z.array(z.object({ id: z.string(), label: localised })),
  /** A dimension is positive when the counts reach any one combination (at least that many of each grade). */
  rule: z.array(gradeCounts.partial()),
  evidenceSources: z.array(z.object({ id: z.string(), label: localised })),
  indicators: z.array(
    z.object({
      id: z.string(),
      list: z.enum(SCREENING_LISTS),
      dimension: z.string(),
      grade: z.string(),
      label: localised,
    }),
  ),
});
