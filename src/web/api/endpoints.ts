// Typed wrappers, one per server endpoint the shell uses. Paths and bodies follow the API contract.
import { api } from './client.ts';
import type {
  AccessLogEntry,
  AdminUnit,
  AdminUser,
  Agency,
  AgencyKind,
  Country,
  Locale,
  LoginNext,
  Me,
  MfaEnrolment,
  Page,
  RoleGrant,
} from './types.ts';

export const authApi = {
  login: (username: string, password: string) =>
    api.post<{ next: LoginNext }>('/api/auth/login', { username, password }),
  logout: () => api.post<void>('/api/auth/logout', {}),
  startMfaEnrolment: (password: string) => api.post<MfaEnrolment>('/api/auth/mfa/enrol', { password }),
  confirmMfaEnrolment: (code: string) =>
    api.post<{ recoveryCodes: string[] }>('/api/auth/mfa/enrol/confirm', { code }),
  verifyMfa: (proof: { code: string } | { recoveryCode: string }) =>
    api.post<{ next: 'done' }>('/api/auth/mfa/verify', proof),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/auth/password', { currentPassword, newPassword }),
};

export const meApi = {
  get: () => api.get<Me>('/api/me'),
  setLocale: (locale: Locale) => api.put<Me>('/api/me/preferences', { locale }),
};

export interface NewUser {
  username: string;
  displayName: string;
  agencyId: string | null;
  roles: RoleGrant[];
  password: string;
}

export interface UserChanges {
  displayName?: string;
  agencyId?: string | null;
  roles?: RoleGrant[];
}

export const adminUsersApi = {
  list: (query: { q: string; page: number; pageSize: number }) => {
    const params = new URLSearchParams({
      q: query.q,
      page: String(query.page),
      pageSize: String(query.pageSize),
    });
    return api.get<Page<AdminUser>>(`/api/admin/users?${params}`);
  },
  create: (user: NewUser) => api.post<AdminUser>('/api/admin/users', user),
  update: (user: AdminUser, changes: UserChanges) =>
    api.patch<AdminUser>(`/api/admin/users/${encodeURIComponent(user.id)}`, changes, {
      version: user.version,
    }),
  act: (user: AdminUser, action: 'disable' | 'enable' | 'reset-mfa') =>
    api.post<AdminUser>(
      `/api/admin/users/${encodeURIComponent(user.id)}/${action}`,
      {},
      { version: user.version },
    ),
};

export interface AgencyChanges {
  name?: string;
  kind?: string;
  unitCodes?: string[];
  status?: Agency['status'];
}

export const agenciesApi = {
  list: () => api.get<{ items: Agency[] }>('/api/agencies'),
  create: (agency: { name: string; kind: string; unitCodes: string[] }) =>
    api.post<Agency>('/api/admin/agencies', agency),
  update: (agency: Agency, changes: AgencyChanges) =>
    api.patch<Agency>(`/api/admin/agencies/${encodeURIComponent(agency.id)}`, changes, {
      version: agency.version,
    }),
};

export const referenceApi = {
  units: (country: Country) =>
    api.get<{ items: AdminUnit[] }>(`/api/reference/units?country=${encodeURIComponent(country)}`),
  agencyKinds: () => api.get<{ items: AgencyKind[] }>('/api/reference/agency-kinds'),
};

export const auditApi = {
  accessLog: (entityType: string, entityId: string) => {
    const params = new URLSearchParams({ entityType, entityId });
    return api.get<{ items: AccessLogEntry[] }>(`/api/audit/access-log?${params}`);
  },
  /** The access log of an account, named by its user name. */
  accountAccessLog: (username: string) => {
    const params = new URLSearchParams({ entityType: 'user', username });
    return api.get<{ items: AccessLogEntry[] }>(`/api/audit/access-log?${params}`);
  },
};
