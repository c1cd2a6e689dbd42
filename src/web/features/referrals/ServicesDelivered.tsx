// Services delivered to the child: what, when, by whom, outcome. The case worker records them on the
// case; the receiving agency records them through the referral (it never sees the case).
import { Button, Group, Paper, Select, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_KIND_CODES } from '../../../domain/directory/service-kinds.ts';
import { newIdempotencyKey } from '../../api/cases.ts';
import {
  type NewServiceDelivered,
  referralKeys,
  SERVICE_OUTCOMES,
  type ServiceDelivered,
  type ServiceOutcome,
} from '../../api/referrals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { useServiceKindName } from './shared.tsx';

export function ServicesDeliveredTable({ items }: { items: ServiceDelivered[] }) {
  const { t, i18n } = useTranslation();
  const kindName = useServiceKindName();
  const locale = currentLocale(i18n.language);
  if (items.length === 0) return <Text>{t('referrals.delivered.none')}</Text>;
  return (
    <TableScroller label={t('referrals.delivered.title')} minWidth={700}>
      <Table striped verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{t('referrals.delivered.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referrals.delivered.kind')}</Table.Th>
            <Table.Th scope="col">{t('referrals.delivered.on')}</Table.Th>
            <Table.Th scope="col">{t('referrals.delivered.by')}</Table.Th>
            <Table.Th scope="col">{t('referrals.delivered.outcome')}</Table.Th>
            <Table.Th scope="col">{t('referrals.delivered.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{kindName(item.serviceKind)}</Table.Td>
              <Table.Td>{formatDate(item.deliveredOn, locale)}</Table.Td>
              <Table.Td>
                {item.agencyName ?? '—'}
                {item.userName ? ` (${item.userName})` : ''}
              </Table.Td>
              <Table.Td>{t(`referrals.outcomes.${item.outcome}`)}</Table.Td>
              <Table.Td>{item.note ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

export function RecordServiceForm({
  defaultKind,
  save,
  invalidate,
  onDone,
}: {
  defaultKind?: string;
  save: (body: NewServiceDelivered, idempotencyKey: string) => Promise<ServiceDelivered>;
  invalidate: readonly unknown[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const kindName = useServiceKindName();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string | null>(defaultKind ?? null);
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  const [outcome, setOutcome] = useState<ServiceOutcome>('delivered');
  const [note, setNote] = useState('');
  const key = useRef(newIdempotencyKey('service'));
  const record = useMutation({
    mutationFn: () =>
      save(
        { serviceKind: kind!, deliveredOn: on, outcome, ...(note.trim() ? { note: note.trim() } : {}) },
        key.current,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: invalidate });
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (kind && !record.isPending) record.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={record.error} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('referrals.delivered.kind')}
            data={SERVICE_KIND_CODES.map((value) => ({ value, label: kindName(value) }))}
            value={kind}
            onChange={setKind}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            required
          />
          <TextInput
            type="date"
            label={t('referrals.delivered.on')}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
            required
          />
          <Select
            label={t('referrals.delivered.outcome')}
            data={SERVICE_OUTCOMES.map((value) => ({ value, label: t(`referrals.outcomes.${value}`) }))}
            value={outcome}
            onChange={(value) => value && setOutcome(value as ServiceOutcome)}
            allowDeselect={false}
            required
          />
        </SimpleGrid>
        <Textarea
          label={t('referrals.delivered.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('referrals.delivered.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
