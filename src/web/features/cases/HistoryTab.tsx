// The case's action log: who did what, when, from which agency, and why.
import { Center, Loader, Table, Text } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { caseKeys, casesApi, type HistoryEntry } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useCaseLabels } from './labels.ts';

function details(entry: HistoryEntry, t: TFunction, place: (code: string) => string): string {
  const parts: string[] = [];
  const p = entry.payload;
  if (typeof p.closureReason === 'string')
    parts.push(t(`cases.closureReason.${p.closureReason}`, { defaultValue: p.closureReason }));
  if (p.retrafficking === true) parts.push(t('cases.actions.retrafficking'));
  if (typeof p.toUnitCode === 'string') parts.push(place(p.toUnitCode));
  else if (entry.type === 'open' && typeof p.unitCode === 'string') parts.push(place(p.unitCode));
  return parts.join(' · ');
}

export function HistoryTab({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const history = useQuery({
    queryKey: caseKeys.sub(caseId, 'history'),
    queryFn: () => casesApi.history(caseId),
  });
  if (history.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (history.error) return <ErrorAlert error={history.error} />;
  const items = [...history.data.items].reverse();
  if (items.length === 0) return <Text>{t('cases.history.empty')}</Text>;
  return (
    <TableScroller label={t('cases.history.caption')} minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{t('cases.history.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.history.when')}</Table.Th>
            <Table.Th scope="col">{t('cases.history.what')}</Table.Th>
            <Table.Th scope="col">{t('cases.history.who')}</Table.Th>
            <Table.Th scope="col">{t('cases.history.agency')}</Table.Th>
            <Table.Th scope="col">{t('cases.history.why')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((entry) => {
            const extra = details(entry, t, labels.place);
            return (
              <Table.Tr key={entry.seq}>
                <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`cases.actions.type.${entry.type}`, { defaultValue: entry.type })}
                  </Text>
                  {extra && (
                    <Text size="xs" c="dimmed">
                      {extra}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{entry.actorName ?? '—'}</Table.Td>
                <Table.Td>{entry.actorAgencyName ?? '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry.reason ?? '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
