// Where a subject stands in the approvals mechanism, for other areas' tabs (a plan, a best-interests
// determination, a closure, a consent override): the latest request for (kind, subject), who asked and
// when, who decided and why — and, for a user who may decide it, the approve/reject buttons.
//   <ApprovalStatus kind="assistance-plan" subjectId={plan.id} caseId={file.id} />
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Approval, approvalKeys, approvalsApi } from '../../api/approvals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { DecisionDialog } from './DecisionDialog.tsx';

const TONE = { pending: 'orange', approved: 'green', rejected: 'gray', withdrawn: 'gray' } as const;

/** The latest request for this subject, or null when none was ever made. */
export function latestApproval(items: Approval[], kind: string, subjectId: string): Approval | null {
  const mine = items.filter((a) => a.kind === kind && a.subjectId === subjectId);
  return mine.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0] ?? null;
}

export function useApprovals(caseId: string) {
  return useQuery({ queryKey: approvalKeys.ofCase(caseId), queryFn: () => approvalsApi.ofCase(caseId) });
}

export function ApprovalStatus({
  kind,
  subjectId,
  caseId,
  onDecided,
  hideWhenNone = false,
}: {
  kind: string;
  subjectId: string;
  caseId: string;
  /** Called after this user approved or rejected here (e.g. to reload the subject). */
  onDecided?: (saved: Approval) => void;
  hideWhenNone?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const approvals = useApprovals(caseId);
  const [deciding, setDeciding] = useState<'approved' | 'rejected' | null>(null);
  if (approvals.error) return <ErrorAlert error={approvals.error} />;
  if (!approvals.data) return null;
  const approval = latestApproval(approvals.data.items, kind, subjectId);
  if (!approval) {
    return hideWhenNone ? null : (
      <Text size="sm" c="dimmed" data-testid="approval-status">
        {t('approvals.notRequested')}
      </Text>
    );
  }
  const line =
    approval.status === 'pending' || approval.status === 'withdrawn'
      ? t(`approvals.statusLine.${approval.status}`, {
          who: approval.requestedByName ?? t('approvals.someone'),
          when: formatDate(approval.requestedAt, locale),
        })
      : t(`approvals.statusLine.${approval.status}`, {
          who: approval.decidedByName ?? t('approvals.someone'),
          when: formatDate(approval.decidedAt, locale),
        });
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="approval-status"
      aria-label={t('approvals.statusTitle')}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <StatusLabel tone={TONE[approval.status]} label={t(`approvals.status.${approval.status}`)} />
          {approval.mayDecide && (
            <Group gap="xs">
              <Button size="xs" onClick={() => setDeciding('approved')}>
                {t('approvals.approve')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDeciding('rejected')}>
                {t('approvals.reject')}
              </Button>
            </Group>
          )}
        </Group>
        <Text size="sm">{line}</Text>
        {approval.reason && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('approvals.reasonShown', { reason: approval.reason })}
          </Text>
        )}
      </Stack>
      <DecisionDialog
        approval={deciding ? approval : null}
        decision={deciding ?? 'approved'}
        onClose={() => setDeciding(null)}
        onDecided={onDecided}
      />
    </Paper>
  );
}
