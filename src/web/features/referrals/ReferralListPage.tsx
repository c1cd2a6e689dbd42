// Referrals page: incoming referrals for the receiving agency (providers answer here) and, for those who
// refer, the outgoing ones; filter by state and overdue.
import { Center, Checkbox, Group, Loader, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  REFERRAL_STATES,
  type ReferralListQuery,
  type ReferralState,
  referralKeys,
  referralsApi,
} from '../../api/referrals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { can, useMe } from '../../session/session.ts';
import { ReferralTable } from './ReferralTable.tsx';

export function ReferralListPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.list.title'));
  const me = useMe();
  const mayRefer = can(me, 'cases.read');
  const [direction, setDirection] = useState<'incoming' | 'outgoing'>('incoming');
  const [state, setState] = useState<ReferralState | null>(null);
  const [overdue, setOverdue] = useState(false);
  const query: ReferralListQuery = {
    direction,
    ...(state ? { state } : {}),
    ...(overdue ? { overdue: true } : {}),
  };
  const list = useQuery({ queryKey: referralKeys.list(query), queryFn: () => referralsApi.list(query) });
  return (
    <Stack gap="md">
      <Title order={1}>{t('referrals.list.title')}</Title>
      <Text c="dimmed">{t('referrals.list.help')}</Text>
      <Group align="flex-end">
        {mayRefer && (
          <SegmentedControl
            aria-label={t('referrals.list.direction')}
            value={direction}
            onChange={(value) => setDirection(value as 'incoming' | 'outgoing')}
            data={[
              { value: 'incoming', label: t('referrals.list.incoming') },
              { value: 'outgoing', label: t('referrals.list.outgoing') },
            ]}
          />
        )}
        <Select
          label={t('referrals.list.state')}
          data={REFERRAL_STATES.map((value) => ({ value, label: t(`referrals.states.${value}`) }))}
          value={state}
          onChange={(value) => setState(value as ReferralState | null)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
        />
        <Checkbox
          label={t('referrals.list.onlyOverdue')}
          checked={overdue}
          onChange={(e) => setOverdue(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {list.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={list.error} />
      {list.data && (
        <ReferralTable
          items={list.data.items}
          caption={direction === 'incoming' ? t('referrals.list.incoming') : t('referrals.list.outgoing')}
        />
      )}
    </Stack>
  );
}
