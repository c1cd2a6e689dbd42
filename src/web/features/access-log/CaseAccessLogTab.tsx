// The case access log: who read, revealed, changed or exported what on this case, and when. Shown to
// supervisors and coordinators whose scope reaches the case; the server decides and audits each look.
import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCESS_KINDS,
  type AccessKind,
  accessLogApi,
  accessLogKeys,
  type CaseAccessEntry,
  type CaseAccessFilters,
} from '../../api/access-log.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { AuditActionText } from './AuditActionText.tsx';

const PAGE_SIZE = 50;
type Sort = NonNullable<CaseAccessFilters['sort']>;

function personOf(entry: Pick<CaseAccessEntry, 'actorName' | 'actorUsername'>, system: string): string {
  if (!entry.actorName && !entry.actorUsername) return system;
  return entry.actorUsername
    ? `${entry.actorName ?? ''} (${entry.actorUsername})`.trim()
    : (entry.actorName ?? '');
}

export function CaseAccessLogTab({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<CaseAccessFilters>({});
  const [filters, setFilters] = useState<CaseAccessFilters>({});
  const [page, setPage] = useState(1);
  const [separator, setSeparator] = useState<'comma' | 'semicolon'>('semicolon');
  const log = useQuery({
    queryKey: accessLogKeys.page(caseId, filters, page),
    queryFn: () => accessLogApi.page(caseId, filters, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters({ ...draft, sort: filters.sort, order: filters.order });
    setPage(1);
  }

  function sortBy(sort: Sort) {
    const order = filters.sort === sort && filters.order === 'asc' ? 'desc' : 'asc';
    setFilters({ ...filters, sort, order });
    setPage(1);
  }

  const sortState = (sort: Sort) =>
    (filters.sort ?? 'at') === sort
      ? (filters.order ?? (sort === 'at' ? 'desc' : 'asc')) === 'asc'
        ? 'ascending'
        : 'descending'
      : 'none';

  const header = (sort: Sort, label: string) => (
    <Table.Th scope="col" aria-sort={sortState(sort)}>
      <UnstyledButton onClick={() => sortBy(sort)} fw={700} fz="sm">
        {label}
        {sortState(sort) === 'ascending' ? ' ▲' : sortState(sort) === 'descending' ? ' ▼' : ''}
      </UnstyledButton>
    </Table.Th>
  );

  const actors = log.data?.actors ?? [];
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack gap="sm">
      <Text size="sm">{t('caseAccessLog.help')}</Text>
      <form onSubmit={apply} aria-label={t('caseAccessLog.filters')}>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('caseAccessLog.person')}
            value={draft.userId ?? ''}
            onChange={(e) => setDraft({ ...draft, userId: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('caseAccessLog.everyone') },
              ...actors.map((a) => ({
                value: a.actorId ?? '',
                label: `${personOf(a, t('caseAccessLog.system'))}${a.actorAgencyName ? ` · ${a.actorAgencyName}` : ''}`,
              })),
            ]}
          />
          <NativeSelect
            label={t('caseAccessLog.kind')}
            value={draft.kind ?? ''}
            onChange={(e) => setDraft({ ...draft, kind: (e.currentTarget.value || undefined) as AccessKind })}
            data={[
              { value: '', label: t('caseAccessLog.allKinds') },
              ...ACCESS_KINDS.map((kind) => ({ value: kind, label: t(`caseAccessLog.kinds.${kind}`) })),
            ]}
          />
          <TextInput
            type="date"
            label={t('caseAccessLog.from')}
            value={draft.from ?? ''}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label={t('caseAccessLog.to')}
            value={draft.to ?? ''}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value || undefined })}
          />
          <Button type="submit">{t('caseAccessLog.apply')}</Button>
        </Group>
      </form>
      <ErrorAlert error={log.error} />
      {log.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      {log.data && (
        <Group justify="space-between">
          <Text role="status" size="sm">
            {t('caseAccessLog.total', { count: log.data.total })}
          </Text>
          {log.data.total > 0 && (
            <Group gap="xs" align="flex-end">
              <NativeSelect
                size="xs"
                label={t('caseAccessLog.separator')}
                value={separator}
                onChange={(e) => setSeparator(e.currentTarget.value as 'comma' | 'semicolon')}
                data={[
                  { value: 'semicolon', label: t('caseAccessLog.separators.semicolon') },
                  { value: 'comma', label: t('caseAccessLog.separators.comma') },
                ]}
              />
              <Anchor
                href={accessLogApi.exportUrl(caseId, filters, separator)}
                download="case-access-log.csv"
                size="sm"
              >
                {t('caseAccessLog.export')}
              </Anchor>
            </Group>
          )}
        </Group>
      )}
      {log.data && log.data.items.length > 0 && (
        <TableScroller label={t('caseAccessLog.caption')} minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t('caseAccessLog.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {header('at', t('caseAccessLog.when'))}
                {header('user', t('caseAccessLog.who'))}
                <Table.Th scope="col">{t('caseAccessLog.agency')}</Table.Th>
                {header('kind', t('caseAccessLog.kind'))}
                {header('action', t('caseAccessLog.what'))}
                <Table.Th scope="col">{t('caseAccessLog.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((entry) => (
                <Table.Tr key={entry.seq}>
                  <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                  <Table.Td>{personOf(entry, t('caseAccessLog.system'))}</Table.Td>
                  <Table.Td>{entry.actorAgencyName ?? ''}</Table.Td>
                  <Table.Td>{t(`caseAccessLog.kinds.${entry.kind}`)}</Table.Td>
                  <Table.Td>
                    <AuditActionText action={entry.action} />
                  </Table.Td>
                  <Table.Td>{t(`caseAccessLog.outcomes.${entry.outcome}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('common.pagination.page', { page: item }) })}
        />
      )}
    </Stack>
  );
}
