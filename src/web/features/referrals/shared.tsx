// Small pieces shared by the referral pages: the state word, the overdue mark, service kind names.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isServiceKind, serviceKindName } from '../../../domain/directory/service-kinds.ts';
import type { Referral, ReferralState } from '../../api/referrals.ts';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLocale } from '../cases/labels.ts';

const TONE: Record<ReferralState, 'green' | 'gray' | 'orange'> = {
  'awaiting-override': 'orange',
  sent: 'orange',
  accepted: 'green',
  'in-progress': 'green',
  completed: 'green',
  declined: 'gray',
  failed: 'gray',
  cancelled: 'gray',
};

export function ReferralStateLabel({ state }: { state: ReferralState }) {
  const { t } = useTranslation();
  return <StatusLabel tone={TONE[state]} label={t(`referrals.states.${state}`)} />;
}

/** The deadline, and a word (not only a colour) when it has passed. */
export function DueLabel({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  if (!referral.dueAt || referral.state !== 'sent') return <Text span>—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm">
        {formatDateTime(referral.dueAt, currentLocale(i18n.language))}
      </Text>
      {referral.overdue && (
        <Text span size="sm" fw={700} c="red.9">
          {t('referrals.overdue')}
        </Text>
      )}
    </Group>
  );
}

export function useServiceKindName() {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (kind: string) => (isServiceKind(kind) ? serviceKindName(kind, locale) : kind);
}
