// Non-punishment (CoE Art. 26): the case's flag lives in the Status tab; here, the decisions police,
// prosecutors or courts took on offences the child was compelled to commit.
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
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NON_PUNISHMENT_DECISIONS } from '../../../domain/justice/index.ts';
import { newIdempotencyKey } from '../../api/cases.ts';
import {
  type JusticeView,
  justiceApi,
  justiceKey,
  type NonPunishmentDecision,
  type NonPunishmentDecisionView,
} from '../../api/justice.ts';
import { useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { useJusticeLabels } from './labels.ts';

export function NonPunishmentSection({ caseId, data }: { caseId: string; data: JusticeView }) {
  const { t } = useTranslation();
  const labels = useJusticeLabels();
  const [editing, setEditing] = useState<NonPunishmentDecisionView | 'new' | null>(null);
  const flag = data.nonPunishment;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('justice.nonPunishment.title')}
        </Title>
        {data.mayWrite && editing === null && (
          <Button variant="light" onClick={() => setEditing('new')}>
            {t('justice.nonPunishment.add')}
          </Button>
        )}
      </Group>
      <Text size="sm">
        {flag.flagged
          ? t('justice.nonPunishment.flagged', { note: flag.note ?? '—' })
          : t('justice.nonPunishment.notFlagged')}
      </Text>
      {editing !== null && (
        <DecisionForm
          caseId={caseId}
          decision={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {flag.decisions.length === 0 ? (
        <Text>{t('justice.nonPunishment.none')}</Text>
      ) : (
        <TableScroller label={t('justice.nonPunishment.title')} minWidth={640}>
          <Table striped verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('justice.nonPunishment.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('justice.nonPunishment.offence')}</Table.Th>
                <Table.Th scope="col">{t('justice.nonPunishment.decision')}</Table.Th>
                <Table.Th scope="col">{t('justice.nonPunishment.decidedOn')}</Table.Th>
                <Table.Th scope="col">{t('justice.nonPunishment.authority')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('justice.nonPunishment.edit')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {flag.decisions.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.offence}</Table.Td>
                  <Table.Td>{t(`justice.nonPunishment.decisions.${d.decision}`)}</Table.Td>
                  <Table.Td>{d.decidedOn ? formatDate(d.decidedOn, labels.locale) : '—'}</Table.Td>
                  <Table.Td>
                    {[d.authorityAgencyName, d.authorityName].filter(Boolean).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    {data.mayWrite && (
                      <Button size="xs" variant="default" onClick={() => setEditing(d)}>
                        {t('justice.nonPunishment.edit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
    </Stack>
  );
}

function DecisionForm({
  caseId,
  decision,
  onDone,
}: {
  caseId: string;
  decision: NonPunishmentDecisionView | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const queryClient = useQueryClient();
  const [offence, setOffence] = useState(decision?.offence ?? '');
  const [value, setValue] = useState<NonPunishmentDecision>(decision?.decision ?? 'pending');
  const [decidedOn, setDecidedOn] = useState(decision?.decidedOn ?? '');
  const [agencyId, setAgencyId] = useState<string | null>(decision?.authorityAgencyId ?? null);
  const [authorityName, setAuthorityName] = useState(decision?.authorityName ?? '');
  const [note, setNote] = useState(decision?.note ?? '');
  const key = useRef(newIdempotencyKey('non-punishment'));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        decision: value,
        decidedOn: decidedOn || null,
        authorityAgencyId: agencyId,
        authorityName: authorityName.trim() || null,
        offence: offence.trim(),
        note: note.trim() || null,
      };
      return decision
        ? justiceApi.updateDecision(caseId, decision, body)
        : justiceApi.addDecision(caseId, body, key.current);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: justiceKey(caseId) });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={save.error} />
        <Textarea
          label={t('justice.nonPunishment.offence')}
          description={t('justice.nonPunishment.offenceHelp')}
          value={offence}
          onChange={(e) => setOffence(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('justice.nonPunishment.decision')}
            data={NON_PUNISHMENT_DECISIONS.map((v) => ({
              value: v,
              label: t(`justice.nonPunishment.decisions.${v}`),
            }))}
            value={value}
            onChange={(v) => setValue((v ?? 'pending') as NonPunishmentDecision)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('justice.nonPunishment.decidedOn')}
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.currentTarget.value)}
          />
          <Select
            label={t('justice.fields.authorityAgency')}
            data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
            value={agencyId}
            onChange={setAgencyId}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <TextInput
            label={t('justice.fields.authorityName')}
            value={authorityName}
            onChange={(e) => setAuthorityName(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('justice.nonPunishment.note')}
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
            {t('justice.nonPunishment.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
