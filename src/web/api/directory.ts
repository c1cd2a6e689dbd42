// The service directory (docs/service-directory.md). Types mirror src/server/directory/directory.schemas.ts.
import type { ServiceKind } from '../../domain/directory/service-kinds.ts';
import { api } from './client.ts';

export type { ServiceKind };

export interface OpeningInterval {
  day: number;
  opens: string;
  closes: string;
}

export interface OpeningHours {
  alwaysOpen: boolean;
  weekly: OpeningInterval[];
}

export interface Accreditation {
  standard: string;
  number: string | null;
  validUntil: string | null;
}

export interface Eligibility {
  ageMin: number | null;
  ageMax: number | null;
  genders: string[];
  exploitationTypes: string[];
}

export interface Service {
  id: string;
  agencyId: string;
  agencyName: string;
  country: string;
  kind: ServiceKind;
  supportPlanType: string;
  name: string;
  description: string;
  eligibility: Eligibility;
  languages: string[];
  units: string[];
  openingHours: OpeningHours;
  openNow: boolean;
  capacity: number | null;
  freePlaces: number | null;
  accreditation: Accreditation | null;
  accreditationState: 'accredited' | 'expired' | 'none';
  contacts: { phone: string | null; email: string | null };
  status: 'active' | 'inactive';
  canManage: boolean;
  version: number;
  updatedAt: string;
}

export interface ServiceInput {
  agencyId?: string;
  kind: ServiceKind;
  name: string;
  description: string;
  eligibility: Eligibility;
  languages: string[];
  units: string[];
  openingHours: OpeningHours;
  capacity: number | null;
  freePlaces: number | null;
  accreditation: Accreditation | null;
  contacts: { phone: string | null; email: string | null };
  status: 'active' | 'inactive';
}

export interface ServiceSearch {
  kind?: ServiceKind;
  district?: string;
  age?: number;
  gender?: string;
  exploitation?: string;
  language?: string;
  openNow?: boolean;
  hasFreePlaces?: boolean;
  q?: string;
}

export interface GapCell {
  unitCode: string;
  kind: ServiceKind;
  services: number;
  freePlaces: number | null;
  state: 'gap' | 'full' | 'covered';
}

export interface Gaps {
  unitCode: string;
  rows: string[];
  kinds: ServiceKind[];
  cells: GapCell[];
  gaps: number;
}

function queryString(search: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const directoryKeys = {
  all: ['services'] as const,
  search: (search: ServiceSearch) => ['services', 'search', search] as const,
  one: (id: string) => ['services', 'one', id] as const,
  gaps: (region: string | undefined, kinds: string[]) =>
    ['services', 'gaps', region ?? '', kinds.join(',')] as const,
};

/** The CSV download of a search (a plain link: the browser saves the file). */
export const exportUrl = (search: ServiceSearch) => `/api/services/export.csv${queryString(search)}`;

export const directoryApi = {
  search: (search: ServiceSearch) => api.get<{ items: Service[] }>(`/api/services${queryString(search)}`),
  get: (id: string) => api.get<Service>(`/api/services/${encodeURIComponent(id)}`),
  gaps: (region: string | undefined, kinds: string[]) =>
    api.get<Gaps>(`/api/services/gaps${queryString({ region, kinds: kinds.join(',') })}`),
  create: (input: ServiceInput, idempotencyKey: string) =>
    api.post<Service>('/api/services', input, { idempotencyKey }),
  update: (service: Service, changes: Partial<ServiceInput>) =>
    api.patch<Service>(`/api/services/${encodeURIComponent(service.id)}`, changes, {
      version: service.version,
    }),
  updateCapacity: (service: Service, change: { capacity?: number; freePlaces: number }) =>
    api.patch<Service>(`/api/services/${encodeURIComponent(service.id)}/capacity`, change, {
      version: service.version,
    }),
};
