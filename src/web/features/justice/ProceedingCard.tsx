// One criminal proceeding: facts, child-friendly measures, compensation, and the dated stage history
// (an ordered list, newest last). The next stage is chosen only among those the server offers.
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_REQUIRED, PROCEEDING_OUTCOMES, VERDICT_OUTCOMES } from '../../../domain/justice/index.ts';
import {
  justiceApi,
  justiceKey,
  type Proceeding,
  type ProceedingOutcome,
  type ProceedingStage,
} from '../../api/justice.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { Facts } from '../cases/IdentityTab.tsx';
import { formatMoney, useJusticeLabels } from './labels.ts';
import { ProceedingForm } from './ProceedingForm.tsx';

export function ProceedingCard({
  caseId,
  proceeding,
  mayWrite,
}: {
  caseId: string;
  proceeding: Proceeding;
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const labels = useJusticeLabels();
  const [mode, setMode] = useState<'view' | 'edit' | 'stage'>('view');
  const date = (value: string | null) => (value ? formatDate(value, labels.locale) : '—');
  const ended = proceeding.stage === 'closed';
  const heading = t('justice.proceedings.heading', {
    number: proceeding.number ?? t('justice.proceedings.noNumber'),
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={heading}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {heading}
            </Title>
            <StatusLabel
              tone={ended ? 'gray' : proceeding.stage === 'suspended' ? 'orange' : 'green'}
              label={`${labels.stage(proceeding.stage)}${proceeding.outcome ? ` — ${labels.outcome(proceeding.outcome)}` : ''}`}
            />
          </Stack>
          {mayWrite && mode === 'view' && (
            <Group gap="xs">
              {proceeding.nextStages.length > 0 && (
                <Button size="xs" onClick={() => setMode('stage')}>
                  {t('justice.stage.change')}
                </Button>
              )}
              <Button size="xs" variant="default" onClick={() => setMode('edit')}>
                {t('justice.proceedings.edit')}
              </Button>
            </Group>
          )}
        </Group>
        {mode === 'stage' && (
          <StageForm caseId={caseId} proceeding={proceeding} onDone={() => setMode('view')} />
        )}
        {mode === 'edit' ? (
          <ProceedingForm caseId={caseId} proceeding={proceeding} onDone={() => setMode('view')} />
        ) : (
          <Facts
            items={[
              [t('justice.fields.articles'), proceeding.articles.map(labels.article).join('; ') || '—'],
              [
                t('justice.fields.authority'),
                [proceeding.authorityAgencyName, proceeding.authorityName].filter(Boolean).join(', ') || '—',
              ],
              [t('justice.fields.childRole'), labels.childRole(proceeding.childRole)],
              [t('justice.fields.openedOn'), date(proceeding.openedOn)],
              [
                t('justice.fields.legalAid'),
                proceeding.legalAid
                  ? t('justice.fields.legalAidSince', {
                      provider: proceeding.legalAid.provider,
                      date: date(proceeding.legalAid.from),
                    })
                  : t('justice.fields.noLegalAid'),
              ],
              [
                t('justice.fields.measures'),
                proceeding.measures.length
                  ? proceeding.measures.map((m) => `${labels.measure(m.measure)} (${date(m.on)})`).join('; ')
                  : '—',
              ],
            ]}
          />
        )}
        {proceeding.compensation.length > 0 && (
          <TableScroller label={t('justice.compensation.caption')} minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Caption>{t('justice.compensation.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('justice.compensation.kind')}</Table.Th>
                  <Table.Th scope="col">{t('justice.compensation.source')}</Table.Th>
                  <Table.Th scope="col">{t('justice.compensation.amount')}</Table.Th>
                  <Table.Th scope="col">{t('justice.compensation.on')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proceeding.compensation.map((c, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: compensation lines have no id; their order is stable.
                  <Table.Tr key={index}>
                    <Table.Td>{t(`justice.compensation.kinds.${c.kind}`)}</Table.Td>
                    <Table.Td>{t(`justice.compensation.sources.${c.source}`)}</Table.Td>
                    <Table.Td>{formatMoney(c.amount, c.currency, labels.locale)}</Table.Td>
                    <Table.Td>{date(c.on)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroller>
        )}
        <Stack gap={4}>
          <Text fw={600} size="sm" id={`history-${proceeding.id}`}>
            {t('justice.stage.history')}
          </Text>
          <ol aria-labelledby={`history-${proceeding.id}`}>
            {proceeding.stageHistory.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only; position is identity.
              <li key={index}>
                <Text size="sm">
                  {date(entry.on)} — {labels.stage(entry.stage)}
                  {entry.outcome ? ` (${labels.outcome(entry.outcome)})` : ''}
                  {entry.note ? `: ${entry.note}` : ''}
                </Text>
              </li>
            ))}
          </ol>
        </Stack>
      </Stack>
    </Paper>
  );
}

function StageForm({
  caseId,
  proceeding,
  onDone,
}: {
  caseId: string;
  proceeding: Proceeding;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJusticeLabels();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<ProceedingStage | null>(proceeding.nextStages[0] ?? null);
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const [outcome, setOutcome] = useState<ProceedingOutcome | null>(null);
  const [note, setNote] = useState('');
  const outcomes = PROCEEDING_OUTCOMES.filter((o) => (to === 'verdict' ? VERDICT_OUTCOMES.has(o) : true));
  const save = useMutation({
    mutationFn: () =>
      justiceApi.changeStage(caseId, proceeding, {
        to: to as ProceedingStage,
        on,
        outcome,
        note: note.trim() ? note.trim() : null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: justiceKey(caseId) });
      onDone();
    },
  });
  return (
    <FormStack
      onSubmit={(event) => {
        event.preventDefault();
        if (to && !save.isPending) save.mutate();
      }}
    >
      <ErrorAlert error={save.error} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('justice.stage.next')}
          data={proceeding.nextStages.map((value) => ({ value, label: labels.stage(value) }))}
          value={to}
          onChange={(value) => {
            setTo(value as ProceedingStage | null);
            setOutcome(null);
          }}
          allowDeselect={false}
          required
        />
        <TextInput
          type="date"
          label={t('justice.stage.on')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          required
        />
        <Select
          label={t('justice.stage.outcome')}
          data={outcomes.map((value) => ({ value, label: labels.outcome(value) }))}
          value={outcome}
          onChange={(value) => setOutcome(value as ProceedingOutcome | null)}
          required={to !== null && OUTCOME_REQUIRED.has(to)}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
        />
      </SimpleGrid>
      <Textarea
        label={t('justice.stage.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('justice.stage.save')}
        </Button>
      </Group>
    </FormStack>
  );
}
