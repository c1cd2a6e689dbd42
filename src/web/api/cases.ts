// Types and endpoints of the case file API (docs/api-case-file.md). The types mirror the server's zod
// schemas in src/server/cases/cases.schemas.ts.
import type { ClosureEvidence } from '../../domain/exits/closure-evidence.ts';
import { api, request, uploadRaw } from './client.ts';
import type { Page } from './types.ts';

export const AGE_BANDS = ['0-8', '9-13', '14-17', '18+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Trafficking status a case carries (the lifecycle sets it; the formal status decision refines it). */
export const CASE_STATUSES = ['possible', 'presumed', 'identified', 'not-a-victim'] as const;

export const NAME_KINDS = ['original', 'latin', 'alias', 'maiden'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const DOCUMENT_TYPES = [
  'passport',
  'birth-certificate',
  'id-card',
  'residence-permit',
  'travel-document',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const CONTACT_KINDS = ['phone', 'email', 'messenger', 'address', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface PersonName {
  given: string;
  family: string;
  patronymic?: string;
  kind: NameKind;
}

export type BirthDate =
  | { kind: 'exact'; date: string }
  | { kind: 'estimated'; from: string; to: string }
  | { kind: 'unknown' };

export interface IdentityDocument {
  type: DocumentType;
  number: string;
  issuingCountry?: string;
  expiresOn?: string;
}

export interface Contact {
  kind: ContactKind;
  value: string;
}

export interface SensitiveIdentity {
  names: PersonName[];
  birthDate: BirthDate;
  documents: IdentityDocument[];
  contacts: Contact[];
  address?: string;
}

export interface AgeAssessment {
  date: string;
  method: 'documents' | 'interview' | 'psychosocial' | 'medical' | 'other';
  conclusion: string;
  assessedBy: string;
}

export interface OpenIdentity {
  gender: string;
  presumedMinor: boolean;
  /** The documented birth date is contested: the age counts as unknown (CETS 197 Art. 10(3)). */
  ageDisputed?: boolean;
  ageAssessment?: AgeAssessment;
  citizenships: string[];
  stateless: boolean;
  languages: string[];
  disability?: string;
  unitCode: string;
  unaccompanied: boolean;
}

export interface NewCase {
  sensitive: SensitiveIdentity;
  identity: OpenIdentity;
  duplicatesReviewed?: boolean;
}

export interface CaseSummary {
  id: string;
  code: string;
  stage: string;
  status: string;
  gender: string;
  presumedMinor: boolean;
  ageBand: AgeBand;
  unitCode: string;
  regionCode: string | null;
  ownerAgencyId: string;
  ownerAgencyName: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  /** The multidisciplinary team that works on the case (PUT /api/cases/:id/team), if any. */
  ownerTeamId: string | null;
  /** Null for a caller without the exploitation field group on this case. */
  exploitationTypes: string[] | null;
  nextDeadline: string | null;
  overdue: boolean;
  updatedAt: string;
  version: number;
  /** The case this one was merged into (a duplicate kept behind it), if any. */
  mergedInto?: string | null;
}

/** Why a search result matched (the server's codes; the web translates them). */
export type MatchReason =
  | 'case-code'
  | `${'family-name' | 'given-name' | 'patronymic'}-${'exact' | 'transliteration' | 'prefix' | 'sounds-like'}`
  | 'given-name-equivalent';

/** A row of the case list; a search adds why it matched and, where identities are seen, who it is. */
export interface CaseListItem extends CaseSummary {
  matchedOn: MatchReason[];
  who: { name: string; otherNames: string[]; birthYears: { from: number; to: number } | null } | null;
}

export interface CaseFile extends CaseSummary {
  identity: OpenIdentity;
  birthYears: { from: number; to: number } | null;
  nameCount: number;
  createdAt: string;
  /** Policy actions the caller may take on this case (cases.update, cases.reveal, …). */
  allowedActions: string[];
  /** Field groups the caller may see on this case: identity, exploitation, health, justice. */
  fieldGroups: string[];
  /** Your own emergency access (until when), and for reviewers how many accesses await review. */
  breakGlass: { activeUntil: string | null; unreviewedAccesses: number | null };
  /** The reflection period as the Status tab shows it (the server computes both with one function). */
  reflectionPeriod: CaseStatusView['reflectionPeriod'];
}

export interface DuplicateCandidate {
  caseId: string;
  code: string;
  score: number;
  classification: 'probable' | 'possible';
  agreements: { field: string; outcome: string; weight: number }[];
  ageBand: string;
  unitCode: string;
}

/** The duplicate check's answer (also the details of a 409 possible_duplicates). */
export interface DuplicateFinding {
  /** Matches in your reach. */
  candidates: DuplicateCandidate[];
  /** A match exists that you may not see; its owning supervisors were told to follow up. */
  possibleMatchOutsideReach: boolean;
}

export interface HistoryEntry {
  seq: number;
  type: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorAgencyId: string | null;
  actorAgencyName: string | null;
  reason: string | null;
  payload: Record<string, unknown>;
}

export interface CaseFilters {
  q?: string;
  stage?: string;
  status?: string;
  exploitationType?: string;
  regionCode?: string;
  unitCode?: string;
  agencyId?: string;
  ageBand?: string;
  gender?: string;
  owner?: 'me';
  overdue?: 'true';
}

export interface ActionInput {
  type: string;
  reason?: string;
  closureReason?: string;
  closureEvidence?: ClosureEvidence;
  retrafficking?: boolean;
  toAgencyId?: string;
  toUnitCode?: string;
  toUserId?: string;
}

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export const casesApi = {
  list: (filters: CaseFilters, page: number, pageSize: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    params.set('page', String(page));
    params.set('pageSize', String(pageSize));
    return api.get<Page<CaseListItem>>(`/api/cases?${params}`);
  },
  duplicateCheck: (body: NewCase) =>
    api.post<DuplicateFinding>('/api/cases/duplicate-check', {
      sensitive: { names: body.sensitive.names, birthDate: body.sensitive.birthDate },
      identity: { gender: body.identity.gender },
    }),
  create: (body: NewCase, idempotencyKey: string) =>
    api.post<CaseFile>('/api/cases', body, { idempotencyKey }),
  get: (id: string) => api.get<CaseFile>(casePath(id)),
  update: (
    file: CaseFile,
    changes: { sensitive?: Partial<SensitiveIdentity>; identity?: Partial<OpenIdentity> },
  ) => api.patch<CaseFile>(casePath(file.id), changes, { version: file.version }),
  reveal: (id: string) => api.post<SensitiveIdentity>(`${casePath(id)}/reveal`, {}),
  history: (id: string) => api.get<{ items: HistoryEntry[] }>(`${casePath(id)}/history`),
  actions: (id: string) => api.get<{ available: string[] }>(`${casePath(id)}/actions`),
  takeAction: (file: CaseFile, input: ActionInput) =>
    api.post<{ stage: string; reopenCount: number; pendingClosure: boolean }>(
      `${casePath(file.id)}/actions`,
      input,
      { version: file.version },
    ),
};

export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: CaseFilters, page: number) => ['cases', 'list', filters, page] as const,
  file: (id: string) => ['cases', 'file', id] as const,
  sub: (id: string, part: string) => ['cases', 'file', id, part] as const,
};

// ——— Screening (ILO/EC child indicators) and trafficking status ———

export type Localised = Record<string, string>;

export type WordingStatus = 'original' | 'haven-wording' | 'translated-not-reviewed' | 'reviewed';
export type TranscriptionBasis = 'primary' | 'secondary' | 'provisional' | 'haven-v1';

/** One version of the ILO/EC children's indicator set (GET /api/reference/screening-indicators). */
export interface IndicatorReference {
  version: string;
  /** The version that replaced this one; null for the set new screenings use. */
  supersededBy: string | null;
  source: { title: string; reference: string; edition: string; rulePage: number | null; verify: boolean };
  wording: Record<string, WordingStatus>;
  lists: { id: 'labour' | 'sexual'; label: Localised; basis: TranscriptionBasis; note: string }[];
  dimensions: { id: string; stage: 'recruitment' | 'exploitation'; label: Localised }[];
  grades: { id: string; label: Localised }[];
  evidenceSources: { id: string; label: Localised }[];
  indicators: {
    id: string;
    list: 'labour' | 'sexual';
    dimension: string;
    grade: string;
    label: Localised;
    source: { page: number | null; verify: boolean };
  }[];
  /** Haven's own items: a list of their own, never counted by the ILO/EC rule. */
  havenIndicators: { id: string; stage: 'recruitment' | 'exploitation'; label: Localised; basis: string }[];
}

export interface ScreeningAnswer {
  indicatorId: string;
  source: string;
  date: string;
}

export interface Screening {
  id: string;
  list: 'labour' | 'sexual';
  indicatorSetVersion: string;
  answers: ScreeningAnswer[];
  dimensions: {
    dimension: string;
    positive: boolean;
    counts: { strong: number; medium: number; weak: number };
    explanation: string;
  }[];
  havenIndicatorIds: string[];
  suggestion: { status: string; traffickingStatus: string | null; explanation: string; isDecision: false };
  screenedBy: string | null;
  screenedAt: string;
}

export interface CaseStatusView {
  status: string;
  htcdsStatus: string;
  decidingOrgType: string | null;
  decidedOn: string | null;
  formalProcedure: { country: string; legalBasis: string; values: Record<string, string> } | null;
  reflectionPeriod: {
    startsOn: string;
    endsOn: string;
    daysLeft: number;
    state: 'running' | 'ending-soon' | 'ended';
  } | null;
  nonPunishment: { flagged: boolean; note: string | null };
  version: number;
}

export interface StatusDecision {
  status: 'presumed' | 'identified' | 'not-a-victim';
  decidingOrgType: string;
  decidedOn: string;
  formalProcedure?: Record<string, string>;
  reason: string;
}

export const screeningApi = {
  /** The current set, or the named published version (for screenings made with an older one). */
  indicators: (version?: string) =>
    api.get<IndicatorReference>(
      `/api/reference/screening-indicators${version ? `?version=${encodeURIComponent(version)}` : ''}`,
    ),
  list: (id: string) => api.get<{ items: Screening[] }>(`${casePath(id)}/screenings`),
  create: (
    id: string,
    body: { list: 'labour' | 'sexual'; indicatorSetVersion: string; answers: ScreeningAnswer[] },
    idempotencyKey: string,
  ) => api.post<Screening>(`${casePath(id)}/screenings`, body, { idempotencyKey }),
};

export const statusApi = {
  get: (id: string) => api.get<CaseStatusView>(`${casePath(id)}/status`),
  decide: (id: string, version: number, body: StatusDecision) =>
    api.post<CaseStatusView>(`${casePath(id)}/status-decisions`, body, { version }),
  nonPunishment: (id: string, version: number, body: { flagged: boolean; note: string | null }) =>
    api.put<CaseStatusView>(`${casePath(id)}/non-punishment`, body, { version }),
};

// ——— Family, guardian and consent ———

export const FAMILY_RELATIONS = [
  'mother',
  'father',
  'stepparent',
  'sibling',
  'grandparent',
  'aunt-uncle',
  'other-relative',
  'caregiver',
  'other',
] as const;
export const GUARDIAN_KINDS = [
  'parent',
  'legal-representative',
  'appointed-guardian',
  'institution',
] as const;
export const CONSENT_PURPOSES = [
  'assistance',
  'data-processing',
  'referral',
  'cross-border-sharing',
  'research',
] as const;
export const HOW_INFORMED = [
  'orally-in-own-language',
  'written-child-friendly',
  'with-interpreter',
  'with-guardian',
  'other',
] as const;

export interface FamilyMember {
  id: string;
  relation: (typeof FAMILY_RELATIONS)[number];
  /** null for callers without the identity field group. */
  name: string | null;
  contact: string | null;
  implicated: boolean;
  safeContact: boolean;
  note: string | null;
  version: number;
}

export interface Guardian {
  kind: (typeof GUARDIAN_KINDS)[number];
  name: string | null;
  contact: string | null;
  appointedOn: string | null;
  appointingAuthority: string | null;
  version: number;
}

export interface Consent {
  id: string;
  purpose: (typeof CONSENT_PURPOSES)[number];
  recipientAgencyId: string | null;
  recipientAgencyName: string | null;
  childAssent: { given: boolean; date: string; howInformed: (typeof HOW_INFORMED)[number] };
  guardianConsent: { given: boolean; date: string; givenBy: string | null } | null;
  expiresOn: string | null;
  withdrawnAt: string | null;
  state: 'active' | 'expired' | 'withdrawn' | 'incomplete';
  recordedBy: string;
  recordedAt: string;
  version: number;
}

export interface NewConsent {
  purpose: Consent['purpose'];
  recipientAgencyId?: string;
  childAssent: Consent['childAssent'];
  /** Given by the guardian recorded on the case (the server takes the name from that record). */
  guardianConsent: { given: boolean; date: string } | null;
  expiresOn?: string;
}

export const familyApi = {
  list: (id: string) => api.get<{ items: FamilyMember[] }>(`${casePath(id)}/family`),
  add: (
    id: string,
    body: {
      relation: string;
      name: string;
      contact?: string;
      implicated: boolean;
      safeContact: boolean;
      note?: string;
    },
    idempotencyKey: string,
  ) => api.post<FamilyMember>(`${casePath(id)}/family`, body, { idempotencyKey }),
  guardian: (id: string) =>
    api.get<{ guardian: Guardian | null; required: boolean }>(`${casePath(id)}/guardian`),
  setGuardian: (
    id: string,
    body: {
      kind: string;
      name: string;
      contact?: string;
      appointedOn?: string;
      appointingAuthority?: string;
    },
    version: number | undefined,
  ) => api.put<Guardian>(`${casePath(id)}/guardian`, body, version === undefined ? {} : { version }),
};

// ——— Age assessments (CETS 197 Art. 10(3)) ———

export const AGE_ASSESSMENT_METHODS = [
  'documents',
  'interview',
  'psychosocial',
  'medical',
  'multidisciplinary',
  'other',
] as const;
/** Only 'adult' lifts the presumption of minority; 'inconclusive' keeps it (the benefit of the doubt). */
export const AGE_ASSESSMENT_RESULTS = ['child', 'adult', 'inconclusive'] as const;

/** One recorded age assessment (src/server/cases/age-assessments.schemas.ts). */
export interface AgeAssessmentRecord {
  id: string;
  assessedOn: string;
  method: (typeof AGE_ASSESSMENT_METHODS)[number];
  /** null for callers without the identity field group on the case. */
  assessedBy: string | null;
  result: (typeof AGE_ASSESSMENT_RESULTS)[number];
  childInformedOn: string;
  childInformedHow: (typeof HOW_INFORMED)[number];
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface NewAgeAssessment {
  assessedOn: string;
  method: AgeAssessmentRecord['method'];
  assessedBy: string;
  result: AgeAssessmentRecord['result'];
  childInformedOn: string;
  childInformedHow: AgeAssessmentRecord['childInformedHow'];
  note?: string;
}

export const ageAssessmentsApi = {
  /** Oldest first: the last one decides the presumption. */
  list: (id: string) => api.get<{ items: AgeAssessmentRecord[] }>(`${casePath(id)}/age-assessments`),
  record: (id: string, body: NewAgeAssessment, idempotencyKey: string) =>
    api.post<{ assessment: AgeAssessmentRecord; presumedMinor: boolean; version: number }>(
      `${casePath(id)}/age-assessments`,
      body,
      { idempotencyKey },
    ),
};

export const consentApi = {
  list: (id: string) => api.get<{ items: Consent[] }>(`${casePath(id)}/consents`),
  record: (id: string, body: NewConsent, idempotencyKey: string) =>
    api.post<Consent>(`${casePath(id)}/consents`, body, { idempotencyKey }),
  withdraw: (id: string, consent: Consent, reason: string) =>
    api.post<Consent>(
      `${casePath(id)}/consents/${encodeURIComponent(consent.id)}/withdraw`,
      { reason },
      {
        version: consent.version,
      },
    ),
};

export function newIdempotencyKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

// ——— Notes ———

export const NOTE_CLASSES = ['general', 'health', 'justice', 'exploitation'] as const;
export type NoteClass = (typeof NOTE_CLASSES)[number];

export interface Note {
  id: string;
  class: NoteClass;
  text: string;
  authorId: string;
  authorName: string | null;
  createdAt: string;
}

export const notesApi = {
  list: (id: string) => api.get<{ items: Note[] }>(`${casePath(id)}/notes`),
  add: (id: string, body: { class: NoteClass; text: string }, idempotencyKey: string) =>
    api.post<Note>(`${casePath(id)}/notes`, body, { idempotencyKey }),
};

// ——— Trafficking history (HTCDS historic events) ———

export const EVENT_TYPES = ['Recruitment', 'Transit', 'Exploitation'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface TraffickingEvent {
  id: string;
  type: EventType;
  dateFrom: string;
  dateTo: string | null;
  country: string;
  regionCode: string | null;
  place: string | null;
  recruitmentMethods: string[];
  apps: string[];
  relationshipToTrafficker: string | null;
  exploitationTypes: string[];
  labourIndustry: string | null;
  sexExploitationType: string | null;
  controlMethods: string[];
  durationDays: number | null;
  version: number;
}

export type EventInput = Omit<TraffickingEvent, 'id' | 'version'>;

export interface EventList {
  items: TraffickingEvent[];
  crossBorder: boolean;
  exploitationTypes: string[];
}

export const eventsApi = {
  list: (id: string) => api.get<EventList>(`${casePath(id)}/events`),
  add: (id: string, body: EventInput, idempotencyKey: string) =>
    api.post<TraffickingEvent>(`${casePath(id)}/events`, body, { idempotencyKey }),
  update: (id: string, event: TraffickingEvent, body: Partial<EventInput>) =>
    api.patch<TraffickingEvent>(`${casePath(id)}/events/${encodeURIComponent(event.id)}`, body, {
      version: event.version,
    }),
  remove: (id: string, event: TraffickingEvent) =>
    request<void>('DELETE', `${casePath(id)}/events/${encodeURIComponent(event.id)}`, {
      version: event.version,
    }),
};

// ——— Documents (attachments) ———

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  class: NoteClass;
  uploadedBy: string | null;
  uploadedAt: string;
}

export const attachmentsApi = {
  list: (id: string) => api.get<{ items: Attachment[] }>(`${casePath(id)}/attachments`),
  upload: (id: string, file: File, recordClass: NoteClass) => {
    const params = new URLSearchParams({ fileName: file.name, class: recordClass });
    return uploadRaw<Attachment>(`${casePath(id)}/attachments?${params}`, file);
  },
  downloadUrl: (id: string, attachmentId: string) =>
    `${casePath(id)}/attachments/${encodeURIComponent(attachmentId)}`,
};

// ——— Assignment ———

export interface AssignableUser {
  id: string;
  displayName: string;
  roles: string[];
}

export const assignApi = {
  users: (id: string) => api.get<{ items: AssignableUser[] }>(`${casePath(id)}/assignable-users`),
};

// ——— Duplicate review ———

export const PAIR_STATUSES = ['open', 'merged', 'distinct'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export interface DuplicatePair {
  id: string;
  caseA: CaseSummary;
  caseB: CaseSummary;
  score: number;
  classification: 'probable' | 'possible';
  agreements: { field: string; outcome: string; weight: number }[];
  status: PairStatus;
  keptCase: string | null;
  decidedAt: string | null;
  version: number;
}

export interface DuplicatePairDetail extends DuplicatePair {
  identityA: SensitiveIdentity;
  identityB: SensitiveIdentity;
}

const pairPath = (id: string) => `/api/duplicates/${encodeURIComponent(id)}`;

export const duplicatesApi = {
  list: (status: PairStatus) => api.get<{ items: DuplicatePair[] }>(`/api/duplicates?status=${status}`),
  scan: () => api.post<{ scanned: number; found: number; added: number }>('/api/duplicates/scan', {}),
  compare: (id: string) => api.get<DuplicatePairDetail>(pairPath(id)),
  merge: (pair: DuplicatePair, keepCaseId: string) =>
    api.post<DuplicatePair>(`${pairPath(pair.id)}/merge`, { keepCaseId }, { version: pair.version }),
  distinct: (pair: DuplicatePair) =>
    api.post<DuplicatePair>(`${pairPath(pair.id)}/distinct`, {}, { version: pair.version }),
  reopen: (pair: DuplicatePair) =>
    api.post<DuplicatePair>(`${pairPath(pair.id)}/reopen`, {}, { version: pair.version }),
};

export const duplicateKeys = {
  all: ['duplicates'] as const,
  list: (status: PairStatus) => ['duplicates', 'list', status] as const,
  pair: (id: string) => ['duplicates', 'pair', id] as const,
};
