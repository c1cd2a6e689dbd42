// Screening with the ILO/EC children's indicators: the case's screenings, newest first, each shown with
// the indicator set it was made with, and a form for a new one with the current set. A suggestion
// only: a person records the status decision on the Status tab.
import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseFile, caseKeys, screeningApi } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useIndicatorReference } from '../screening/reference.ts';
import { ScreeningForm } from '../screening/ScreeningForm.tsx';
import { ScreeningResult } from '../screening/ScreeningResult.tsx';

export function ScreeningTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const reference = useIndicatorReference();
  const screenings = useQuery({
    queryKey: caseKeys.sub(file.id, 'screenings'),
    queryFn: () => screeningApi.list(file.id),
  });
  const [adding, setAdding] = useState(false);
  const canAdd = file.allowedActions.includes('cases.update');

  if (reference.isPending || screenings.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (reference.error || screenings.error) return <ErrorAlert error={reference.error ?? screenings.error} />;
  const items = [...screenings.data.items].sort((a, b) => b.screenedAt.localeCompare(a.screenedAt));

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('cases.screening.title')}
        </Title>
        {canAdd && !adding && <Button onClick={() => setAdding(true)}>{t('cases.screening.new')}</Button>}
      </Group>
      {adding && (
        <ScreeningForm caseId={file.id} reference={reference.data} onDone={() => setAdding(false)} />
      )}
      {items.length === 0 && !adding && <Text>{t('cases.screening.none')}</Text>}
      {items.map((screening) => (
        <ScreeningResult key={screening.id} screening={screening} current={reference.data} />
      ))}
    </Stack>
  );
}
