import { z } from 'zod';
import {
  EVIDENCE_SOURCES,
  INDICATOR_SET_VERSIONS,
  SCREENING_SUGGESTIONS,
} from '../../domain/screening/index.ts';
import { text } from '../http/text.ts';

// Screening with the ILO/EC (2009) children's indicators. The API names the lists 'labour' and
// 'sexual'; src/domain/screening calls them 'child-labour' and 'child-sexual'.

export const SCREENING_LISTS = ['labour', 'sexual'] as const;
export type ScreeningList = (typeof SCREENING_LISTS)[number];
export const DOMAIN_LIST = { labour: 'child-labour', sexual: 'child-sexual' } as const;

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const setVersion = z.enum(INDICATOR_SET_VERSIONS as [string, ...string[]]);

export const screeningAnswer = z.strictObject({
  /** An indicator of the chosen list, or one of Haven's own (haven.*). */
  indicatorId: text().min(1).max(120),
  /** Where the practitioner learned of the indicator. */
  source: z.enum(EVIDENCE_SOURCES),
  /** The day it was observed or reported. */
  date: isoDate,
});

export const newScreeningBody = z.strictObject({
  list: z.enum(SCREENING_LISTS),
  /**
   * The indicator set the form was built from. When given and no longer current, the screening is
   * refused (409 indicator_set_superseded) rather than scored with a set the practitioner did not see.
   */
  indicatorSetVersion: text().min(1).max(60).optional(),
  /** The indicators found present; absent indicators are not listed. */
  answers: z.array(screeningAnswer).max(120),
});
export type NewScreening = z.infer<typeof newScreeningBody>;

const localised = z.record(text(), text());
const gradeCounts = z.object({ strong: z.number(), medium: z.number(), weak: z.number() });

export const screening = z.object({
  id: text(),
  list: z.enum(SCREENING_LISTS),
  /** The set it was scored with; it is always shown and explained with that set. */
  indicatorSetVersion: text(),
  answers: z.array(z.object({ indicatorId: text(), source: text(), date: text() })),
  dimensions: z.array(
    z.object({
      dimension: text(),
      positive: z.boolean(),
      counts: gradeCounts,
      indicatorIds: z.object({
        strong: z.array(text()),
        medium: z.array(text()),
        weak: z.array(text()),
      }),
      /** In the caller's language: what was found, the verdict, and what a negative result lacks. */
      explanation: text(),
    }),
  ),
  /** Haven's own items recorded: shown and explained, never counted by the ILO/EC rule. */
  havenIndicatorIds: z.array(text()),
  suggestion: z.object({
    status: z.enum(SCREENING_SUGGESTIONS),
    /** HTCDS TraffickingStatus the suggestion points to, or null. */
    traffickingStatus: text().nullable(),
    explanation: text(),
    /** Always false: a person decides the status (POST /status-decisions). */
    isDecision: z.literal(false),
  }),
  screenedBy: text().nullable(),
  screenedAt: text(),
});
export type Screening = z.infer<typeof screening>;

export const screeningList = z.object({ items: z.array(screening) });

export const referenceQuery = z.strictObject({
  /** A published version; the current one when left out. */
  version: setVersion.optional(),
});

const publication = z.object({
  title: text(),
  publisher: text(),
  edition: text(),
  reference: text(),
  /** Page of the combination rule; null while it has not been checked against the printed text. */
  rulePage: z.number().nullable(),
  verify: z.boolean(),
});
const wording = z.record(
  text(),
  z.enum(['original', 'haven-wording', 'translated-not-reviewed', 'reviewed']),
);
const basis = z.enum(['primary', 'secondary', 'provisional', 'haven-v1']);

export const indicatorReference = z.object({
  version: text(),
  /** The version that replaced this one; null for the set new screenings use. */
  supersededBy: text().nullable(),
  source: publication,
  /** Per language: the publication's own wording, Haven's, or a translation (reviewed or not). */
  wording,
  lists: z.array(
    z.object({
      id: z.enum(SCREENING_LISTS),
      label: localised,
      /** How the list was taken from the publication, in plain words in `note`. */
      basis,
      note: text(),
    }),
  ),
  dimensions: z.array(
    z.object({ id: text(), stage: z.enum(['recruitment', 'exploitation']), label: localised }),
  ),
  grades: z.array(z.object({ id: text(), label: localised })),
  /** A dimension is positive when the counts reach any one combination (at least that many of each grade). */
  rule: z.array(gradeCounts.partial()),
  /** How dimensions combine for a child: the act (no means needed) and exploitation. */
  identification: z.object({
    act: z.array(text()),
    recordedEventShowsAct: z.boolean(),
    exploitation: z.array(text()),
    notRequired: z.array(text()),
  }),
  evidenceSources: z.array(z.object({ id: text(), label: localised })),
  indicators: z.array(
    z.object({
      id: text(),
      list: z.enum(SCREENING_LISTS),
      dimension: text(),
      grade: text(),
      label: localised,
      /** Page in the publication (null while unchecked) and whether the item still awaits verification. */
      source: z.object({ page: z.number().nullable(), verify: z.boolean() }),
    }),
  ),
  /** Haven's own child-protection items: a list of their own, never counted by the ILO/EC rule. */
  havenIndicators: z.array(
    z.object({ id: text(), stage: z.enum(['recruitment', 'exploitation']), label: localised, basis: text() }),
  ),
});

export const indicatorSetVersions = z.object({
  /** The version new screenings are made with. */
  current: text(),
  items: z.array(
    z.object({
      version: text(),
      supersededBy: text().nullable(),
      source: publication,
      wording,
      lists: z.array(
        z.object({
          id: z.enum(SCREENING_LISTS),
          basis,
          indicators: z.number(),
          /** Items not yet checked against the printed page. */
          toVerify: z.number(),
        }),
      ),
      havenIndicators: z.number(),
    }),
  ),
});
