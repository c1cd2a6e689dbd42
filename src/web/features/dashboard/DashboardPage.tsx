// The supervisor dashboard (/dashboard): caseload per worker by stage, visits overdue, open safety alerts,
// children whose well-being scores are getting worse, and proceedings by stage. Cases appear by code
// only; every chart has its figures in a table as well.
import { Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEEDING_STAGE_LABELS } from '../../../domain/justice/index.ts';
import { type Dashboard, dashboardApi } from '../../api/dashboard.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale, stageLabel } from '../cases/labels.ts';
import { BarChart } from './BarChart.tsx';

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const dashboard = useQuery({ queryKey: ['dashboard'], queryFn: dashboardApi.get });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text c="dimmed">{t('dashboard.intro')}</Text>
      {dashboard.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={dashboard.error} />
      {dashboard.data && <Figures data={dashboard.data} locale={currentLocale(i18n.language)} />}
    </Stack>
  );
}

function Figures({ data, locale }: { data: Dashboard; locale: ReturnType<typeof currentLocale> }) {
  const { t } = useTranslation();
  const worker = (name: string | null) => name ?? t('dashboard.unassigned');
  const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
  const caseLink = (id: string, code: string) => (
    <AnchorLink to="/cases/$id" params={{ id }} search={{}} ff="monospace">
      {code}
    </AnchorLink>
  );
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} component="dl" aria-label={t('dashboard.totals')} m={0}>
        <Stat label={t('dashboard.openCases')} value={data.totals.openCases} />
        <Stat label={t('dashboard.visitsOverdue')} value={data.totals.visitsOverdue} />
        <Stat label={t('dashboard.casesWithOverdueVisits')} value={data.totals.casesWithOverdueVisits} />
        <Stat label={t('dashboard.openSafetyAlerts')} value={data.totals.openSafetyAlerts} />
        <Stat label={t('dashboard.worsening')} value={data.totals.worsening} />
        <Stat label={t('dashboard.referralsOverdue')} value={data.totals.referralsOverdue} />
      </SimpleGrid>

      <Section title={t('dashboard.caseload.title')}>
        {data.caseload.length === 0 ? (
          <Text>{t('dashboard.none')}</Text>
        ) : (
          <>
            <BarChart
              title={t('dashboard.caseload.title')}
              summary={t('dashboard.caseload.summary', {
                workers: data.caseload.length,
                cases: data.totals.openCases,
              })}
              bars={data.caseload.map((row) => ({
                key: row.ownerUserId ?? 'unassigned',
                label: worker(row.ownerName),
                value: row.total,
              }))}
            />
            <TableScroller label={t('dashboard.caseload.caption')} minWidth={640}>
              <Table striped verticalSpacing="xs">
                <Table.Caption>{t('dashboard.caseload.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.caseload.worker')}</Table.Th>
                    {data.stages.map((stage) => (
                      <Table.Th scope="col" key={stage} ta="right">
                        {stageLabel(stage, locale)}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col" ta="right">
                      {t('dashboard.caseload.total')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.caseload.map((row) => (
                    <Table.Tr key={row.ownerUserId ?? 'unassigned'}>
                      <Table.Th scope="row" fw={400}>
                        {worker(row.ownerName)}
                      </Table.Th>
                      {data.stages.map((stage) => (
                        <Table.Td key={stage} ta="right">
                          {row.byStage[stage]}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right" fw={700}>
                        {row.total}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroller>
          </>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Section title={t('dashboard.overdue.title')}>
          <CaseTable
            caption={t('dashboard.overdue.title')}
            rows={data.overdueVisits}
            valueHeader={t('dashboard.overdue.count')}
            value={(row) => row.visitsOverdue}
            link={caseLink}
            worker={worker}
          />
        </Section>
        <Section title={t('dashboard.alerts.title')}>
          <CaseTable
            caption={t('dashboard.alerts.title')}
            rows={data.openAlerts}
            valueHeader={t('dashboard.alerts.count')}
            value={(row) => row.openSafetyAlerts}
            link={caseLink}
            worker={worker}
          />
        </Section>
        <Section title={t('dashboard.worseningList.title')}>
          <CaseTable
            caption={t('dashboard.worseningList.title')}
            rows={data.worsening}
            valueHeader={t('dashboard.worseningList.change')}
            value={(row) => `${percent(row.previousOverall)} → ${percent(row.latestOverall)}`}
            link={caseLink}
            worker={worker}
          />
        </Section>
      </SimpleGrid>

      {data.overdueReferrals.length > 0 && (
        <Section title={t('dashboard.referrals.title')}>
          <CaseTable
            caption={t('dashboard.referrals.title')}
            rows={data.overdueReferrals}
            valueHeader={t('dashboard.referrals.count')}
            value={(row) => row.referralsOverdue}
            link={caseLink}
            worker={worker}
          />
        </Section>
      )}

      {data.proceedingsByStage && (
        <Section title={t('dashboard.proceedings.title')}>
          {data.proceedingsByStage.length === 0 ? (
            <Text>{t('dashboard.proceedings.none')}</Text>
          ) : (
            <>
              <BarChart
                title={t('dashboard.proceedings.title')}
                summary={data.proceedingsByStage
                  .map((row) => `${PROCEEDING_STAGE_LABELS[row.stage][locale]}: ${row.count}`)
                  .join('; ')}
                bars={data.proceedingsByStage.map((row) => ({
                  key: row.stage,
                  label: PROCEEDING_STAGE_LABELS[row.stage][locale],
                  value: row.count,
                }))}
              />
              <Table verticalSpacing="xs" maw={420}>
                <Table.Caption>{t('dashboard.proceedings.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('dashboard.proceedings.stage')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('dashboard.proceedings.count')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.proceedingsByStage.map((row) => (
                    <Table.Tr key={row.stage}>
                      <Table.Td>{PROCEEDING_STAGE_LABELS[row.stage][locale]}</Table.Td>
                      <Table.Td ta="right">{row.count}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Section>
      )}
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Group>
        <Title order={2} size="h3">
          {title}
        </Title>
      </Group>
      {children}
    </Stack>
  );
}

function CaseTable<R extends { caseId: string; caseCode: string; ownerName: string | null }>({
  caption,
  rows,
  valueHeader,
  value,
  link,
  worker,
}: {
  caption: string;
  rows: R[];
  valueHeader: string;
  value: (row: R) => ReactNode;
  link: (id: string, code: string) => ReactNode;
  worker: (name: string | null) => string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text>{t('dashboard.none')}</Text>;
  return (
    <Table striped verticalSpacing="xs">
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.case')}</Table.Th>
          <Table.Th scope="col">{t('dashboard.caseload.worker')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {valueHeader}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.caseId}>
            <Table.Td>{link(row.caseId, row.caseCode)}</Table.Td>
            <Table.Td>{worker(row.ownerName)}</Table.Td>
            <Table.Td ta="right">{value(row)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
