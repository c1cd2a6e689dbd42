import { z } from 'zod';
import { text } from '../http/text.ts';
import { SERVICE_KIND_CODES } from '../../domain/directory/service-kinds.ts';
import { Gender, SupportPlanType, TypeOfExploitation } from '../../domain/vocabularies/index.ts';

// The service directory: services of providers (agencies), who they are for, where and when they work,
// how many places are free, whether they are accredited. Organisational data only, never a child's.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const time = text().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:MM');

export const SERVICE_STATUSES = ['active', 'inactive'] as const;
export const ACCREDITATION_STATES = ['accredited', 'expired', 'none'] as const;

export const serviceIdParams = z.strictObject({ id: z.uuid() });

export const eligibility = z.strictObject({
  ageMin: z.int().min(0).max(25).nullable().default(null),
  ageMax: z.int().min(0).max(25).nullable().default(null),
  genders: z.array(z.enum(Gender)).max(Gender.length).default([]),
  exploitationTypes: z.array(z.enum(TypeOfExploitation)).max(TypeOfExploitation.length).default([]),
});

export const openingHours = z.strictObject({
  alwaysOpen: z.boolean(),
  weekly: z
    .array(z.strictObject({ day: z.int().min(1).max(7), opens: time, closes: time }))
    .max(28)
    .default([]),
});

export const accreditationInput = z.strictObject({
  /** The national quality standard, e.g. "MD GD 898/2015". */
  standard: text().trim().min(1).max(200),
  number: text().trim().min(1).max(100).nullable().default(null),
  validUntil: isoDate.nullable().default(null),
});

export const contacts = z.strictObject({
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,25}$/, 'must be a phone number')
    .nullable()
    .default(null),
  email: z.email().max(200).nullable().default(null),
});

const serviceFields = {
  kind: z.enum(SERVICE_KIND_CODES),
  name: text().trim().min(1).max(200),
  description: text().trim().max(4000).default(''),
  eligibility: eligibility.default({ ageMin: null, ageMax: null, genders: [], exploitationTypes: [] }),
  /** ISO 639-2/T codes. */
  languages: z
    .array(text().regex(/^[a-z]{3}$/, 'must be an ISO 639-2 code'))
    .max(40)
    .default([]),
  /** Admin unit codes covered: districts, regions (covering their districts) or the country. */
  units: z.array(text().min(2).max(80)).min(1).max(300),
  openingHours: openingHours,
  capacity: z.int().min(0).max(100_000).nullable().default(null),
  freePlaces: z.int().min(0).max(100_000).nullable().default(null),
  accreditation: accreditationInput.nullable().default(null),
  contacts: contacts.default({ phone: null, email: null }),
  status: z.enum(SERVICE_STATUSES).default('active'),
};

export const newServiceBody = z.strictObject({
  /** Whose service it is; providers and supervisors may leave it out (their own agency). */
  agencyId: z.uuid().optional(),
  ...serviceFields,
});
export type NewService = z.infer<typeof newServiceBody>;

export const serviceChangesBody = z.strictObject({
  kind: serviceFields.kind.optional(),
  name: serviceFields.name.optional(),
  description: text().trim().max(4000).optional(),
  eligibility: eligibility.optional(),
  languages: z
    .array(text().regex(/^[a-z]{3}$/, 'must be an ISO 639-2 code'))
    .max(40)
    .optional(),
  units: serviceFields.units.optional(),
  openingHours: openingHours.optional(),
  capacity: z.int().min(0).max(100_000).nullable().optional(),
  freePlaces: z.int().min(0).max(100_000).nullable().optional(),
  accreditation: accreditationInput.nullable().optional(),
  contacts: contacts.optional(),
  status: z.enum(SERVICE_STATUSES).optional(),
});
export type ServiceChanges = z.infer<typeof serviceChangesBody>;

export const capacityBody = z.strictObject({
  capacity: z.int().min(0).max(100_000).optional(),
  freePlaces: z.int().min(0).max(100_000),
});
export type CapacityChange = z.infer<typeof capacityBody>;

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const csv = z
  .string()
  .max(2000)
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  );

export const searchQuery = z.strictObject({
  kind: z.enum(SERVICE_KIND_CODES).optional(),
  /** Every kind delivering this HTCDS support-plan type (e.g. for a plan goal of that type). */
  supportPlanType: z.enum(SupportPlanType).optional(),
  /** A district (or community, or region): services covering it, directly or through a unit above it. */
  district: text().min(2).max(80).optional(),
  age: z.coerce.number().int().min(0).max(25).optional(),
  gender: z.enum(Gender).optional(),
  exploitation: z.enum(TypeOfExploitation).optional(),
  language: z
    .string()
    .regex(/^[a-z]{3}$/, 'must be an ISO 639-2 code')
    .optional(),
  openNow: flag.optional(),
  hasFreePlaces: flag.optional(),
  /** Words in the name or description. */
  q: text().trim().max(200).optional(),
  agencyId: z.uuid().optional(),
  /** Inactive services too (for those who manage them). */
  includeInactive: flag.optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const gapsQuery = z.strictObject({
  /** A region (rows: its districts) or the country (rows: its regions); the caller's country by default. */
  region: text().min(2).max(80).optional(),
  kinds: csv.pipe(z.array(z.enum(SERVICE_KIND_CODES)).max(SERVICE_KIND_CODES.length)).optional(),
});

export const service = z.object({
  id: text(),
  agencyId: text(),
  agencyName: text(),
  country: text(),
  kind: z.enum(SERVICE_KIND_CODES),
  supportPlanType: z.enum(SupportPlanType),
  name: text(),
  description: text(),
  eligibility: z.object({
    ageMin: z.number().nullable(),
    ageMax: z.number().nullable(),
    genders: z.array(text()),
    exploitationTypes: z.array(text()),
  }),
  languages: z.array(text()),
  units: z.array(text()),
  openingHours: z.object({
    alwaysOpen: z.boolean(),
    weekly: z.array(z.object({ day: z.number(), opens: text(), closes: text() })),
  }),
  openNow: z.boolean(),
  capacity: z.number().nullable(),
  freePlaces: z.number().nullable(),
  accreditation: z
    .object({ standard: text(), number: text().nullable(), validUntil: text().nullable() })
    .nullable(),
  accreditationState: z.enum(ACCREDITATION_STATES),
  contacts: z.object({ phone: text().nullable(), email: text().nullable() }),
  status: z.enum(SERVICE_STATUSES),
  /** May the caller edit this service (and its free places)? */
  canManage: z.boolean(),
  version: z.number(),
  updatedAt: text(),
});
export type Service = z.infer<typeof service>;

export const serviceList = z.object({ items: z.array(service) });

export const gapCell = z.object({
  unitCode: text(),
  kind: z.enum(SERVICE_KIND_CODES),
  services: z.number(),
  freePlaces: z.number().nullable(),
  state: z.enum(['gap', 'full', 'covered']),
});

export const gapsResponse = z.object({
  unitCode: text(),
  rows: z.array(text()),
  kinds: z.array(z.enum(SERVICE_KIND_CODES)),
  cells: z.array(gapCell),
  gaps: z.number(),
});
