import { z } from 'zod';
import { text } from '../http/text.ts';
import {
  ForcedLabourIndustry,
  MethodOfControl,
  MethodOfRecruitment,
  RecruitmentApp,
  RelationshipToTrafficker,
  TypeOfExploitation,
  TypeOfSexExploitation,
} from '../../domain/vocabularies/index.ts';

// HTCDS historic trafficking events of a child's case. Values are HTCDS identifiers; ForcedCriminality is
// Haven's extension of TypeOfExploitation (see src/domain/vocabularies/exploitation.ts).

export const EVENT_TYPES = ['Recruitment', 'Transit', 'Exploitation'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** YYYY, YYYY-MM or YYYY-MM-DD: a child may remember only the season or the year. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD');

const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'must not repeat a value');

/** Every field of an event; creating needs type, dateFrom and country, the rest may be left out. */
const eventFields = {
  type: z.enum(EVENT_TYPES),
  dateFrom: partialDate,
  dateTo: partialDate.nullable(),
  country: text().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code'),
  /** A Haven unit code for UA, MD and BY; an ISO 3166-2 code elsewhere. */
  regionCode: text().min(1).max(64).nullable(),
  place: text().trim().min(1).max(500).nullable(),
  recruitmentMethods: distinct(z.enum(MethodOfRecruitment), MethodOfRecruitment.length),
  apps: distinct(z.enum(RecruitmentApp), RecruitmentApp.length),
  relationshipToTrafficker: z.enum(RelationshipToTrafficker).nullable(),
  exploitationTypes: distinct(z.enum(TypeOfExploitation), TypeOfExploitation.length),
  labourIndustry: z.enum(ForcedLabourIndustry).nullable(),
  sexExploitationType: z.enum(TypeOfSexExploitation).nullable(),
  controlMethods: distinct(z.enum(MethodOfControl), MethodOfControl.length),
  durationDays: z.number().int().min(0).max(36_500).nullable(),
};

export const newEventBody = z.strictObject({
  type: eventFields.type,
  dateFrom: eventFields.dateFrom,
  country: eventFields.country,
  dateTo: eventFields.dateTo.optional(),
  regionCode: eventFields.regionCode.optional(),
  place: eventFields.place.optional(),
  recruitmentMethods: eventFields.recruitmentMethods.optional(),
  apps: eventFields.apps.optional(),
  relationshipToTrafficker: eventFields.relationshipToTrafficker.optional(),
  exploitationTypes: eventFields.exploitationTypes.optional(),
  labourIndustry: eventFields.labourIndustry.optional(),
  sexExploitationType: eventFields.sexExploitationType.optional(),
  controlMethods: eventFields.controlMethods.optional(),
  durationDays: eventFields.durationDays.optional(),
});
export type NewEvent = z.infer<typeof newEventBody>;

export const eventChangeBody = newEventBody.partial();
export type EventChange = z.infer<typeof eventChangeBody>;

export const traffickingEvent = z.object({
  id: text(),
  type: z.enum(EVENT_TYPES),
  dateFrom: text(),
  dateTo: text().nullable(),
  country: text(),
  regionCode: text().nullable(),
  place: text().nullable(),
  recruitmentMethods: z.array(text()),
  apps: z.array(text()),
  relationshipToTrafficker: text().nullable(),
  exploitationTypes: z.array(text()),
  labourIndustry: text().nullable(),
  sexExploitationType: text().nullable(),
  controlMethods: z.array(text()),
  durationDays: z.number().nullable(),
  version: z.number(),
});
export type TraffickingEvent = z.infer<typeof traffickingEvent>;
export type EventFields = Omit<TraffickingEvent, 'id' | 'version'>;

export const eventList = z.object({
  items: z.array(traffickingEvent),
  /** Any event in a country other than the node's. */
  crossBorder: z.boolean(),
  /** The case's exploitation types, derived from its events (the list filter reads them). */
  exploitationTypes: z.array(text()),
});

export const eventParams = z.strictObject({ id: z.uuid(), eventId: z.uuid() });
