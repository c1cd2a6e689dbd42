// The duplicate review queue for supervisors and coordinators: pairs of cases that may be the same
// child, with their codes, score and the fields that agreed — never names (those only on the compare
// page, which is audited). Tabs for open, merged and distinct pairs; a scan looks for new pairs.
import { Alert, Button, Center, Group, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type DuplicatePair,
  duplicateKeys,
  duplicatesApi,
  PAIR_STATUSES,
  type PairStatus,
} from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';

export function agreedFields(t: ReturnType<typeof useTranslation>['t'], pair: DuplicatePair): string {
  const agreed = pair.agreements.filter((item) => item.outcome !== 'missing' && item.outcome !== 'disagree');
  if (agreed.length === 0) return '—';
  return agreed
    .map(
      (item) =>
        `${t(`cases.match.field.${item.field}`, { defaultValue: item.field })} (${t(
          `cases.match.outcome.${item.outcome}`,
          {
            defaultValue: item.outcome,
          },
        )})`,
    )
    .join(', ');
}

export function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('duplicates.title'));
  const search = useSearch({ from: '/app/duplicates/' });
  const navigate = useNavigate({ from: '/duplicates/' });
  const status: PairStatus = search.status ?? 'open';
  const queryClient = useQueryClient();
  const pairs = useQuery({ queryKey: duplicateKeys.list(status), queryFn: () => duplicatesApi.list(status) });
  const scan = useMutation({
    mutationFn: duplicatesApi.scan,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: duplicateKeys.all });
    },
  });
  const items = pairs.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('duplicates.title')}</Title>
        <Button onClick={() => scan.mutate()} loading={scan.isPending}>
          {t('duplicates.scan')}
        </Button>
      </Group>
      <Text size="sm">{t('duplicates.intro')}</Text>
      <ErrorAlert error={scan.error} />
      {scan.data && (
        <Alert color="green" variant="light" role="status" title={t('duplicates.scanDone')}>
          {t('duplicates.scanResult', {
            scanned: scan.data.scanned,
            found: scan.data.found,
            added: scan.data.added,
          })}
        </Alert>
      )}
      <Tabs
        value={status}
        onChange={(value) =>
          void navigate({
            search: value && value !== 'open' ? { status: value as PairStatus } : {},
            replace: true,
          })
        }
      >
        <Tabs.List aria-label={t('duplicates.tabsLabel')}>
          {PAIR_STATUSES.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`duplicates.status.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PAIR_STATUSES.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {value === status && (
              <>
                {pairs.isPending && (
                  <Center py="md">
                    <Loader />
                  </Center>
                )}
                <ErrorAlert error={pairs.error} />
                {pairs.data && items.length === 0 && <Text>{t(`duplicates.none.${value}`)}</Text>}
                {items.length > 0 && (
                  <TableScroller label={t(`duplicates.caption.${value}`)} minWidth={760}>
                    <Table striped>
                      <Table.Caption>{t(`duplicates.caption.${value}`)}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('duplicates.cases')}</Table.Th>
                          <Table.Th scope="col">{t('duplicates.score')}</Table.Th>
                          <Table.Th scope="col">{t('duplicates.agreed')}</Table.Th>
                          {value !== 'open' && <Table.Th scope="col">{t('duplicates.decidedAt')}</Table.Th>}
                          <Table.Th scope="col">
                            <span className="visually-hidden">{t('duplicates.compare')}</span>
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {items.map((pair) => (
                          <Table.Tr key={pair.id}>
                            <Table.Td ff="monospace" fw={600}>
                              {pair.caseA.code} · {pair.caseB.code}
                            </Table.Td>
                            <Table.Td>
                              {t('cases.create.scoreValue', {
                                percent: Math.round(pair.score * 100),
                                classification: t(`cases.create.classification.${pair.classification}`),
                              })}
                            </Table.Td>
                            <Table.Td>{agreedFields(t, pair)}</Table.Td>
                            {value !== 'open' && (
                              <Table.Td>
                                {pair.decidedAt ? formatDateTime(pair.decidedAt, i18n.language) : '—'}
                              </Table.Td>
                            )}
                            <Table.Td>
                              <AnchorLink to="/duplicates/$id" params={{ id: pair.id }}>
                                {t('duplicates.compareNamed', { a: pair.caseA.code, b: pair.caseB.code })}
                              </AnchorLink>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroller>
                )}
              </>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
