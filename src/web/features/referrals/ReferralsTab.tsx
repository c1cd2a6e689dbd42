// The case file's Referrals tab: refer the child (consent-checked), follow each referral's state and
// deadline, and see the services delivered — by the receiving agencies and by the case's own team.
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/cases.ts';
import { referralKeys, referralsApi } from '../../api/referrals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { CreateReferralForm } from './CreateReferralForm.tsx';
import { ReferralTable } from './ReferralTable.tsx';
import { RecordServiceForm, ServicesDeliveredTable } from './ServicesDelivered.tsx';

export function ReferralsTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const referrals = useQuery({
    queryKey: referralKeys.ofCase(file.id),
    queryFn: () => referralsApi.ofCase(file.id),
  });
  const servicesKey = [...referralKeys.ofCase(file.id), 'services'] as const;
  const services = useQuery({ queryKey: servicesKey, queryFn: () => referralsApi.caseServices(file.id) });
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState(false);
  const canEdit = file.allowedActions.includes('cases.update');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('referrals.tab.title')}
        </Title>
        {canEdit && !creating && (
          <Button onClick={() => setCreating(true)}>{t('referrals.tab.refer')}</Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('referrals.tab.help')}
      </Text>
      {creating && <CreateReferralForm file={file} onDone={() => setCreating(false)} />}
      {referrals.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={referrals.error} />
      {referrals.data && <ReferralTable items={referrals.data.items} caption={t('referrals.tab.title')} />}
      <Group justify="space-between" mt="md">
        <Title order={3} size="h4">
          {t('referrals.delivered.title')}
        </Title>
        {canEdit && !recording && (
          <Button variant="default" onClick={() => setRecording(true)}>
            {t('referrals.delivered.record')}
          </Button>
        )}
      </Group>
      {recording && (
        <RecordServiceForm
          save={(body, key) => referralsApi.recordCaseService(file.id, body, key)}
          invalidate={servicesKey}
          onDone={() => setRecording(false)}
        />
      )}
      <ErrorAlert error={services.error} />
      {services.data && <ServicesDeliveredTable items={services.data.items} />}
    </Stack>
  );
}
