// The case file's Justice tab: criminal proceedings with their stage history, protective measures,
// legal aid and compensation; perpetrators; non-punishment. Shown only to users holding the justice
// field group (police among them); the server refuses everyone else, so nothing is hidden only here.
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/cases.ts';
import { justiceApi, justiceKey } from '../../api/justice.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NonPunishmentSection } from './NonPunishmentSection.tsx';
import { PerpetratorsSection } from './PerpetratorsSection.tsx';
import { ProceedingCard } from './ProceedingCard.tsx';
import { ProceedingForm } from './ProceedingForm.tsx';

export function JusticeTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const justice = useQuery({ queryKey: justiceKey(file.id), queryFn: () => justiceApi.get(file.id) });
  const [adding, setAdding] = useState(false);
  if (justice.isPending) {
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  }
  if (justice.error || !justice.data) return <ErrorAlert error={justice.error} />;
  const data = justice.data;
  return (
    <Stack gap="xl">
      <Alert color="blue" variant="light" title={t('justice.confidentialTitle')}>
        {t('justice.confidential')}
      </Alert>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('justice.proceedings.title')}
          </Title>
          {data.mayWrite && !adding && (
            <Button onClick={() => setAdding(true)}>{t('justice.proceedings.add')}</Button>
          )}
        </Group>
        {adding && <ProceedingForm caseId={file.id} onDone={() => setAdding(false)} />}
        {data.proceedings.length === 0 && <Text>{t('justice.proceedings.none')}</Text>}
        {data.proceedings.map((proceeding) => (
          <ProceedingCard
            key={proceeding.id}
            caseId={file.id}
            proceeding={proceeding}
            mayWrite={data.mayWrite}
          />
        ))}
      </Stack>
      <PerpetratorsSection caseId={file.id} data={data} />
      <NonPunishmentSection caseId={file.id} data={data} />
    </Stack>
  );
}
