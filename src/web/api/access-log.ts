// The case access log (docs/data-protection.md): types straight from the server's schemas (type-only
// imports, erased from the bundle), the kinds from the shared domain module.
import type { AccessKind } from '../../domain/audit/index.ts';
import type { CaseAccessEntry, CaseAccessLog } from '../../server/audit/case-access-log.schemas.ts';
import { api } from './client.ts';

export { ACCESS_KINDS, type AccessKind } from '../../domain/audit/index.ts';
export type { CaseAccessEntry, CaseAccessLog };

export interface CaseAccessFilters {
  userId?: string;
  kind?: AccessKind;
  from?: string;
  to?: string;
  sort?: 'at' | 'user' | 'action' | 'kind';
  order?: 'asc' | 'desc';
}

function queryString(values: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/access-log`;

export const accessLogKeys = {
  page: (caseId: string, filters: CaseAccessFilters, page: number) =>
    ['cases', 'file', caseId, 'access-log', filters, page] as const,
};

export const accessLogApi = {
  page: (caseId: string, filters: CaseAccessFilters, page: number, pageSize: number) =>
    api.get<CaseAccessLog>(`${base(caseId)}${queryString({ ...filters, page, pageSize })}`),
  /** A plain link: the browser saves the file, the server audits the export. */
  exportUrl: (caseId: string, filters: CaseAccessFilters, separator: 'comma' | 'semicolon') =>
    `${base(caseId)}/export.csv${queryString({ ...filters, separator })}`,
};
