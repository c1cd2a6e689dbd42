// The approvals waiting for this user's decision: requests by colleagues, in the user's reach, never
// their own. Filter by kind, open the case, approve or reject with a reason.
import { Button, Center, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVAL_KINDS, type Approval, approvalKeys, approvalsApi } from '../../api/approvals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { DecisionDialog, kindLabel, subjectLabel } from './DecisionDialog.tsx';

export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  usePageTitle(t('approvals.title'));
  const [kind, setKind] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<{ approval: Approval; decision: 'approved' | 'rejected' } | null>(
    null,
  );
  const pending = useQuery({
    queryKey: approvalKeys.pending(kind),
    queryFn: () => approvalsApi.pending(kind),
  });
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('approvals.title')}</Title>
        <Text c="dimmed">{t('approvals.help')}</Text>
      </div>
      <Select
        label={t('approvals.filterKind')}
        data={[
          { value: '', label: t('approvals.allKinds') },
          ...APPROVAL_KINDS.map((value) => ({ value, label: kindLabel(t, value) })),
        ]}
        value={kind ?? ''}
        onChange={(value) => setKind(value ? value : null)}
        allowDeselect={false}
        maw={360}
      />
      {pending.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={pending.error} />
      {pending.data && pending.data.items.length === 0 && <Text>{t('approvals.none')}</Text>}
      {pending.data && pending.data.items.length > 0 && (
        <TableScroller label={t('approvals.caption')} minWidth={720}>
          <Table striped verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('approvals.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('approvals.kind')}</Table.Th>
                <Table.Th scope="col">{t('approvals.case')}</Table.Th>
                <Table.Th scope="col">{t('approvals.requestedBy')}</Table.Th>
                <Table.Th scope="col">{t('approvals.requestedAt')}</Table.Th>
                <Table.Th scope="col">{t('approvals.decide')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.data.items.map((approval) => (
                <Table.Tr key={approval.id} data-testid="approval-row">
                  <Table.Td>{kindLabel(t, approval.kind)}</Table.Td>
                  <Table.Td>
                    {approval.caseId ? (
                      <AnchorLink to="/cases/$id" params={{ id: approval.caseId }}>
                        {approval.caseCode}
                      </AnchorLink>
                    ) : (
                      t('grants.accountCell', { name: approval.accountName ?? t('approvals.someone') })
                    )}
                  </Table.Td>
                  <Table.Td>{approval.requestedByName ?? t('approvals.someone')}</Table.Td>
                  <Table.Td>{formatDate(approval.requestedAt, locale)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        onClick={() => setDeciding({ approval, decision: 'approved' })}
                        aria-label={`${t('approvals.approve')}: ${kindLabel(t, approval.kind)}, ${subjectLabel(t, approval)}`}
                      >
                        {t('approvals.approve')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setDeciding({ approval, decision: 'rejected' })}
                        aria-label={`${t('approvals.reject')}: ${kindLabel(t, approval.kind)}, ${subjectLabel(t, approval)}`}
                      >
                        {t('approvals.reject')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      <DecisionDialog
        approval={deciding?.approval ?? null}
        decision={deciding?.decision ?? 'approved'}
        onClose={() => setDeciding(null)}
      />
    </Stack>
  );
}
