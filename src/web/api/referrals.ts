// Referrals between agencies (docs/referrals.md). Types mirror src/server/referrals/referrals.schemas.ts.
import type { PackageField, ReferralEvent, ReferralState, Urgency } from '../../domain/referrals/index.ts';
import { api } from './client.ts';

export type { PackageField, ReferralEvent, ReferralState, Urgency };
export {
  PACKAGE_FIELD_NAMES,
  packageRuleFor,
  REFERRAL_STATES,
  URGENCIES,
} from '../../domain/referrals/index.ts';

export const REFERRAL_REASONS = [
  'AdditionalServicesRequired',
  'MigrationOrChangeOfLocation',
  'Other',
] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];
export const SERVICE_OUTCOMES = ['delivered', 'partly-delivered', 'not-delivered'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];

export interface ServiceDelivered {
  id: string;
  referralId: string | null;
  serviceKind: string;
  deliveredOn: string;
  agencyId: string;
  agencyName: string | null;
  userId: string;
  userName: string | null;
  outcome: ServiceOutcome;
  note: string | null;
  planGoalId: string | null;
  createdAt: string;
  version: number;
}

export interface Referral {
  id: string;
  caseId: string | null;
  caseCode: string | null;
  /** Age band and gender as the package sent them (null when it carried no identity basics). */
  child: { ageBand: string; gender: string } | null;
  serviceId: string;
  serviceName: string | null;
  serviceKind: string;
  senderAgencyId: string;
  senderAgencyName: string | null;
  senderUserId: string;
  senderName: string | null;
  recipientAgencyId: string;
  recipientAgencyName: string | null;
  urgency: Urgency;
  reason: ReferralReason;
  note: string | null;
  state: ReferralState;
  packageFields: PackageField[];
  overrideReason: string | null;
  declineReason: string | null;
  outcome: string | null;
  cancelReason: string | null;
  sentAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  answeredAt: string | null;
  closedAt: string | null;
  recipientCaseId: string | null;
  side: 'sender' | 'recipient' | 'both';
  allowedEvents: ReferralEvent[];
  mayOpenCase: boolean;
  mayRecordService: boolean;
  createdAt: string;
  version: number;
}

export interface ReferralDetail extends Referral {
  package: Partial<Record<PackageField, unknown>> | null;
  events: Array<{
    seq: number;
    type: string;
    fromState: string | null;
    toState: string;
    at: string;
    actorAgencyName: string | null;
  }>;
  services: ServiceDelivered[];
}

export interface NewReferral {
  serviceId: string;
  urgency: Urgency;
  reason: ReferralReason;
  note?: string;
  packageFields?: PackageField[];
  overrideReason?: string;
}

export interface NewServiceDelivered {
  serviceKind: string;
  deliveredOn: string;
  outcome: ServiceOutcome;
  note?: string;
  planGoalId?: string;
}

export type ReferralListQuery = {
  direction: 'incoming' | 'outgoing';
  state?: ReferralState;
  overdue?: boolean;
};

const path = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

export const referralKeys = {
  all: ['referrals'] as const,
  list: (query: ReferralListQuery) => ['referrals', 'list', query] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  ofCase: (caseId: string) => ['referrals', 'case', caseId] as const,
  consent: (caseId: string, agencyId: string) => ['referrals', 'consent', caseId, agencyId] as const,
};

export const referralsApi = {
  list: (query: ReferralListQuery) => {
    const params = new URLSearchParams({ direction: query.direction });
    if (query.state) params.set('state', query.state);
    if (query.overdue !== undefined) params.set('overdue', String(query.overdue));
    return api.get<{ items: Referral[] }>(`/api/referrals?${params}`);
  },
  get: (id: string) => api.get<ReferralDetail>(path(id)),
  ofCase: (caseId: string) =>
    api.get<{ items: Referral[] }>(`/api/cases/${encodeURIComponent(caseId)}/referrals`),
  consent: (caseId: string, agencyId: string) =>
    api.get<{ allowed: boolean }>(
      `/api/cases/${encodeURIComponent(caseId)}/referral-consent?agencyId=${encodeURIComponent(agencyId)}`,
    ),
  create: (caseId: string, body: NewReferral, idempotencyKey: string) =>
    api.post<ReferralDetail>(`/api/cases/${encodeURIComponent(caseId)}/referrals`, body, { idempotencyKey }),
  step: (
    referral: Referral,
    event: Exclude<ReferralEvent, 'approve-override' | 'reject-override'>,
    text?: string,
  ) =>
    api.post<ReferralDetail>(
      `${path(referral.id)}/${event}`,
      event === 'decline' || event === 'cancel'
        ? { reason: text ?? '' }
        : event === 'complete' || event === 'fail'
          ? { outcome: text ?? '' }
          : {},
      { version: referral.version },
    ),
  openCase: (referral: Referral) =>
    api.post<{ caseId: string; caseCode: string }>(
      `${path(referral.id)}/open-case`,
      {},
      { version: referral.version },
    ),
  recordService: (referralId: string, body: NewServiceDelivered, idempotencyKey: string) =>
    api.post<ServiceDelivered>(`${path(referralId)}/services`, body, { idempotencyKey }),
  caseServices: (caseId: string) =>
    api.get<{ items: ServiceDelivered[] }>(`/api/cases/${encodeURIComponent(caseId)}/services-delivered`),
  recordCaseService: (caseId: string, body: NewServiceDelivered, idempotencyKey: string) =>
    api.post<ServiceDelivered>(`/api/cases/${encodeURIComponent(caseId)}/services-delivered`, body, {
      idempotencyKey,
    }),
};

/** The few fields of a directory service a referral needs (the directory's own client has them all). */
export interface ServiceChoice {
  id: string;
  agencyId: string;
  agencyName: string;
  kind: string;
  name: string;
  freePlaces: number | null;
}

export const serviceChoicesApi = {
  search: (kind: string, district?: string) => {
    const params = new URLSearchParams({ kind });
    if (district) params.set('district', district);
    return api.get<{ items: ServiceChoice[] }>(`/api/services?${params}`);
  },
};
