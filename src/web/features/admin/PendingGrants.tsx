// Grants waiting for a second administrator (issue 10, defect 1): shown under the grants in force, with
// who asked and when; an administrator who may give them (not the requester, not the account's owner)
// approves or rejects them here, through the same four-eyes approvals as every other decision.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/types.ts';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { DecisionDialog } from '../approvals/DecisionDialog.tsx';
import { ScopeText } from '../home/HomePage.tsx';

export function PendingGrants({ user }: { user: AdminUser }) {
  const { t, i18n } = useTranslation();
  const [decision, setDecision] = useState<'approved' | 'rejected' | null>(null);
  const pending = user.pendingGrants;
  if (!pending) return null;
  const approval = {
    id: pending.approvalId,
    version: pending.version,
    kind: 'grant-change',
    caseId: null,
    caseCode: null,
    accountName: user.displayName,
    requestedByName: pending.requestedByName,
    requestedAt: pending.requestedAt,
  };
  return (
    <Stack gap={4} mt={6} data-testid="pending-grants">
      <StatusLabel tone="orange" label={t('grants.pendingLabel')} />
      {pending.roles.map((grant) => (
        <Text key={`${grant.role}:${grant.scope}:${grant.unitCode ?? ''}`} size="xs">
          {t(`roles.${grant.role}.name`)} (<ScopeText grant={grant} />)
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {t('grants.requested', {
          who: pending.requestedByName ?? t('approvals.someone'),
          when: formatDateTime(pending.requestedAt, i18n.language),
        })}
      </Text>
      {pending.mayDecide ? (
        <Group gap="xs">
          <Button
            size="compact-xs"
            onClick={() => setDecision('approved')}
            aria-label={t('grants.approveFor', { name: user.displayName })}
          >
            {t('approvals.approve')}
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => setDecision('rejected')}
            aria-label={t('grants.rejectFor', { name: user.displayName })}
          >
            {t('approvals.reject')}
          </Button>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('grants.otherAdministrator')}
        </Text>
      )}
      <DecisionDialog
        approval={decision ? approval : null}
        decision={decision ?? 'approved'}
        onClose={() => setDecision(null)}
      />
    </Stack>
  );
}
