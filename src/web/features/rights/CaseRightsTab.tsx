// "Data rights" on the case page (docs/data-protection.md): the legal hold, and the subject-access
// export for a request of the child or guardian. Each part shows only for the action that allows it;
// the server decides scope and audits both.
import { Divider, Stack } from '@mantine/core';
import { can, useMe } from '../../session/session.ts';
import { LegalHoldSection } from './LegalHoldSection.tsx';
import { SubjectAccessSection } from './SubjectAccessSection.tsx';

export const RIGHTS_ACTIONS = ['cases.legal-hold', 'cases.subject-access'] as const;

export function CaseRightsTab({ caseId }: { caseId: string }) {
  const me = useMe();
  const holds = can(me, 'cases.legal-hold');
  const subjectAccess = can(me, 'cases.subject-access');
  return (
    <Stack gap="lg">
      {holds && <LegalHoldSection caseId={caseId} />}
      {holds && subjectAccess && <Divider />}
      {subjectAccess && <SubjectAccessSection caseId={caseId} />}
    </Stack>
  );
}
