// The case file: a header with the pseudonymous code and where the case stands, the lifecycle actions the
// server offers this user now, and tabs. Tabs show only what the user's field groups and actions allow,
// and only parts whose endpoints the server has; nothing here is invented.
import { Alert, Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseFile, caseKeys, casesApi } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CaseActions, pendingClosure } from './CaseActions.tsx';
import { formatDate } from './CaseListPage.tsx';
import { ConsentTab } from './ConsentTab.tsx';
import { DocumentsTab } from './DocumentsTab.tsx';
import { EventsTab } from './EventsTab.tsx';
import { FamilyTab } from './FamilyTab.tsx';
import { HistoryTab } from './HistoryTab.tsx';
import { IdentityTab } from './IdentityTab.tsx';
import type { CaseTab } from './caseFileSearch.ts';
import { useCaseLabels } from './labels.ts';
import { NotesTab } from './NotesTab.tsx';
import { ScreeningTab } from './ScreeningTab.tsx';
import { ReferralsTab } from '../referrals/ReferralsTab.tsx';
import { StatusTab } from './StatusTab.tsx';
import { JusticeTab } from '../justice/JusticeTab.tsx';
import { PlanTab } from '../plans/PlanTab.tsx';
import { BestInterestsTab } from '../best-interests/BestInterestsTab.tsx';
import { MonitoringTab } from '../monitoring/MonitoringTab.tsx';
import { CaseAccessLogTab } from '../access-log/CaseAccessLogTab.tsx';
import { CaseRightsTab, RIGHTS_ACTIONS } from '../rights/CaseRightsTab.tsx';
import { can, useMe } from '../../session/session.ts';
import { BreakGlassBanner, BreakGlassOffer } from '../break-glass/BreakGlass.tsx';
import { ApiError } from '../../api/client.ts';
import { CaseTeamControl, CaseTeamName } from '../teams/CaseTeam.tsx';

interface TabSpec {
  value: CaseTab;
  label: string;
  panel: ReactNode;
}

export function CaseFilePage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/app/cases/$id' });
  const search = useSearch({ from: '/app/cases/$id' });
  const navigate = useNavigate({ from: '/cases/$id' });
  const me = useMe();
  const file = useQuery({ queryKey: caseKeys.file(id), queryFn: () => casesApi.get(id) });
  const history = useQuery({ queryKey: caseKeys.sub(id, 'history'), queryFn: () => casesApi.history(id) });
  usePageTitle(file.data ? t('cases.file.title', { code: file.data.code }) : t('cases.file.loading'));

  if (file.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (file.error || !file.data) {
    return (
      <Stack>
        <Title order={1}>{t('cases.file.loading')}</Title>
        <ErrorAlert error={file.error} />
        {/* A case out of reach answers like a missing one: the offer is made for every 404. */}
        {file.error instanceof ApiError && file.error.status === 404 && <BreakGlassOffer caseId={id} />}
        <AnchorLink to="/cases">{t('cases.file.backToList')}</AnchorLink>
      </Stack>
    );
  }
  const data = file.data;
  const tabs: TabSpec[] = [
    { value: 'identity', label: t('cases.tabs.identity'), panel: <IdentityTab file={data} /> },
    { value: 'family', label: t('cases.tabs.family'), panel: <FamilyTab file={data} /> },
    { value: 'consent', label: t('cases.tabs.consent'), panel: <ConsentTab file={data} /> },
    ...(data.fieldGroups.includes('exploitation')
      ? [
          {
            value: 'screening' as const,
            label: t('cases.tabs.screening'),
            panel: <ScreeningTab file={data} />,
          },
          {
            value: 'events' as const,
            label: t('cases.tabs.events'),
            panel: <EventsTab file={data} />,
          },
        ]
      : []),
    { value: 'status', label: t('cases.tabs.status'), panel: <StatusTab file={data} /> },
    ...(data.fieldGroups.includes('justice')
      ? [{ value: 'justice' as const, label: t('justice.tab'), panel: <JusticeTab file={data} /> }]
      : []),
    { value: 'plan', label: t('plans.tab'), panel: <PlanTab file={data} /> },
    {
      value: 'best-interests',
      label: t('bestInterests.tab'),
      panel: <BestInterestsTab file={data} />,
    },
    { value: 'referrals', label: t('referrals.tab.title'), panel: <ReferralsTab file={data} /> },
    { value: 'notes', label: t('cases.tabs.notes'), panel: <NotesTab file={data} /> },
    { value: 'documents', label: t('cases.tabs.documents'), panel: <DocumentsTab file={data} /> },
    { value: 'monitoring', label: t('monitoring.tab'), panel: <MonitoringTab file={data} /> },
    { value: 'history', label: t('cases.tabs.history'), panel: <HistoryTab caseId={id} /> },
    // Oversight only: the server answers for the grants that reach this case (docs/data-protection.md).
    ...(can(me, 'audit.read')
      ? [
          {
            value: 'access-log' as const,
            label: t('caseAccessLog.tab'),
            panel: <CaseAccessLogTab caseId={id} />,
          },
        ]
      : []),
    // Legal hold and subject-access export, for the oversight roles that hold either action.
    ...(RIGHTS_ACTIONS.some((action) => can(me, action))
      ? [{ value: 'rights' as const, label: t('caseRights.tab'), panel: <CaseRightsTab caseId={id} /> }]
      : []),
  ];
  const active = tabs.some((tab) => tab.value === search.tab) ? (search.tab as CaseTab) : 'identity';
  const pending = pendingClosure(history.data?.items ?? []);

  return (
    <Stack gap="md">
      <AnchorLink to="/cases" size="sm">
        {t('cases.file.backToList')}
      </AnchorLink>
      <CaseHeader file={data} />
      <CaseTeamControl file={data} />
      <BreakGlassBanner file={data} />
      {data.mergedInto && <MergedNotice into={data.mergedInto} />}
      {pending && (
        <Alert color="orange" variant="light" title={t('cases.file.closurePendingTitle')}>
          {t('cases.file.closurePending', {
            who: pending.actorName ?? '—',
            reason: t(`cases.closureReason.${String(pending.payload.closureReason)}`, {
              defaultValue: String(pending.payload.closureReason ?? ''),
            }),
          })}
        </Alert>
      )}
      <CaseActions file={data} />
      <Paper withBorder radius="md">
        <Tabs
          value={active}
          onChange={(value) =>
            void navigate({ search: { tab: (value ?? 'identity') as CaseTab }, replace: true })
          }
          keepMounted={false}
        >
          <Tabs.List aria-label={t('cases.tabs.label')}>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab.value} value={tab.value} p="md">
              {tab.panel}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </Stack>
  );
}

function CaseHeader({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <Stack gap={4}>
      <Title order={1} ff="monospace">
        {t('cases.file.title', { code: file.code })}
      </Title>
      <Group gap="lg">
        <Text size="sm">
          <Text span fw={600}>
            {t('cases.fields.stage')}:
          </Text>{' '}
          {labels.stage(file.stage)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('cases.fields.status')}:
          </Text>{' '}
          {labels.status(file.status)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('cases.fields.place')}:
          </Text>{' '}
          {labels.place(file.unitCode)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('cases.fields.owner')}:
          </Text>{' '}
          {[file.ownerName, file.ownerAgencyName].filter(Boolean).join(', ') || '—'}
        </Text>
        <CaseTeamName file={file} />
        {file.reflectionPeriod && file.reflectionPeriod.state !== 'ended' && (
          <Text size="sm" data-testid="header-reflection">
            <Text span fw={600}>
              {t('cases.statusTab.reflection')}:
            </Text>{' '}
            {t('cases.statusTab.daysLeft', { count: file.reflectionPeriod.daysLeft })} (
            {formatDate(file.reflectionPeriod.endsOn, labels.locale)})
          </Text>
        )}
        {file.nextDeadline && file.stage !== 'closed' && (
          <Text size="sm">
            <Text span fw={600}>
              {t('cases.fields.deadline')}:
            </Text>{' '}
            {formatDate(file.nextDeadline, labels.locale)}
            {file.overdue ? ` (${t('cases.file.overdue')})` : ''}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function MergedNotice({ into }: { into: string }) {
  const { t } = useTranslation();
  const target = useQuery({ queryKey: caseKeys.file(into), queryFn: () => casesApi.get(into) });
  const code = target.data?.code ?? into;
  return (
    <Alert color="orange" variant="light" title={t('cases.file.mergedTitle')} data-testid="merged-into">
      {t('cases.file.merged')}{' '}
      <AnchorLink to="/cases/$id" params={{ id: into }} search={{}} c="blue.9" underline="always">
        {t('cases.file.mergedInto', { code })}
      </AnchorLink>
    </Alert>
  );
}
