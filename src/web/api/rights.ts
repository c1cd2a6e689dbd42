// Data rights of a case (docs/data-protection.md): legal holds, which keep a closed case from being
// anonymised, and the subject-access export. Types straight from the server's schemas (type-only
// imports, erased from the bundle).
import type { LegalHold } from '../../server/retention/legal-holds.schemas.ts';
import type { SubjectAccessExport } from '../../server/retention/subject-access.schemas.ts';
import { api } from './client.ts';

export type { LegalHold, SubjectAccessExport };
export type Withheld = SubjectAccessExport['withheld'][number];

/** The server's rule for a hold's reason (legal-holds.schemas.ts), checked before sending. */
export const HOLD_REASON_MIN = 3;
export const HOLD_REASON_MAX = 1000;

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

export const rightsKeys = {
  holds: (caseId: string) => ['cases', 'file', caseId, 'legal-holds'] as const,
};

export const rightsApi = {
  holds: (caseId: string) => api.get<{ items: LegalHold[] }>(`${base(caseId)}/legal-holds`),
  placeHold: (caseId: string, reason: string, idempotencyKey: string) =>
    api.post<LegalHold>(`${base(caseId)}/legal-holds`, { reason }, { idempotencyKey }),
  liftHold: (caseId: string, hold: Pick<LegalHold, 'id' | 'version'>, reason: string) =>
    api.post<LegalHold>(
      `${base(caseId)}/legal-holds/${encodeURIComponent(hold.id)}/lift`,
      { reason },
      { version: hold.version },
    ),
  /** Read through the client (not a plain link) so the page can say what the file leaves out. */
  subjectAccess: (caseId: string) => api.get<SubjectAccessExport>(`${base(caseId)}/subject-access`),
};
