// The Monitoring tab of a case file: start monitoring from reunification or placement, the visits
// (planned, done, missed) with reminders, open alerts (resolved by a supervisor with a note), the plan
// actions the rules require, closure readiness, each domain over time, and the assessments with the
// child's own view beside the worker's scores. Assessment data is shown only to roles with 'health'.
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/cases.ts';
import { newIdempotencyKey } from '../../api/cases.ts';
import {
  ASSESSMENT_ITEMS,
  type Assessment,
  type AssessmentList,
  MONITORING_DOMAIN_LABELS,
  MONITORING_DOMAINS,
  type MonitoringAlert,
  type MonitoringOverview,
  monitoringApi,
  monitoringKeys,
  PLACEMENT_TYPES,
  type PlacementType,
  type Visit,
} from '../../api/monitoring.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { Face } from './ChildSelfAssessment.tsx';
import { DomainChart, formatScore } from './DomainChart.tsx';
import { VisitRecordForm } from './VisitRecordForm.tsx';
import { SELECTABLE_ALERT_OUTCOMES } from '../../../domain/monitoring/alert-outcomes.ts';

const invalidate = (queryClient: ReturnType<typeof useQueryClient>, caseId: string) =>
  queryClient.invalidateQueries({ queryKey: monitoringKeys.overview(caseId) });

export function MonitoringTab({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const overview = useQuery({
    queryKey: monitoringKeys.overview(file.id),
    queryFn: () => monitoringApi.overview(file.id),
  });
  const seesAssessments = overview.data?.access.assessments ?? false;
  const assessments = useQuery({
    queryKey: monitoringKeys.assessments(file.id),
    queryFn: () => monitoringApi.assessments(file.id),
    enabled: seesAssessments && overview.data?.started === true,
  });
  const alerts = useQuery({
    queryKey: monitoringKeys.alerts(file.id),
    queryFn: () => monitoringApi.alerts(file.id),
    enabled: seesAssessments && overview.data?.started === true,
  });
  const [recording, setRecording] = useState<Visit | null>(null);

  if (overview.isPending) {
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  }
  if (!overview.data) return <ErrorAlert error={overview.error} />;
  const data = overview.data;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t('monitoring.title')}
        </Title>
        <Text size="sm">{t('monitoring.help')}</Text>
      </Stack>
      {!data.started && (
        <>
          <Text>{t('monitoring.notStarted')}</Text>
          {data.access.record && <StartForm caseId={file.id} overview={data} />}
        </>
      )}
      {data.started && (
        <>
          <Group gap="lg">
            <Text size="sm">
              {t('monitoring.startedSummary', {
                date: formatDate(data.startedOn, locale),
                placement: t(`monitoring.placement.${data.placementType}`),
              })}
            </Text>
            {data.retraffickingCount > 0 && (
              <Text size="sm" fw={600}>
                {t('monitoring.retrafficking', { count: data.retraffickingCount })}
              </Text>
            )}
          </Group>
          {seesAssessments && alerts.data && (
            <AlertsSection
              caseId={file.id}
              alerts={alerts.data.items}
              canResolve={data.access.resolveAlerts}
            />
          )}
          {seesAssessments && assessments.data && <RulesSection list={assessments.data} overview={data} />}
          {recording ? (
            <VisitRecordForm caseId={file.id} visit={recording} onDone={() => setRecording(null)} />
          ) : (
            <VisitsSection caseId={file.id} overview={data} onRecord={setRecording} />
          )}
          {!seesAssessments && (
            <Text size="sm" c="dark.6">
              {t('monitoring.assessments.noAccess')}
            </Text>
          )}
          {seesAssessments && assessments.data && (
            <>
              <DomainChart
                assessments={assessments.data.items}
                low={data.settings.planActionBelow}
                high={data.settings.closureAtLeast}
              />
              <AssessmentsSection items={assessments.data.items} />
            </>
          )}
          <ErrorAlert error={assessments.error ?? alerts.error} />
        </>
      )}
    </Stack>
  );
}

function StartForm({ caseId, overview }: { caseId: string; overview: MonitoringOverview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [startedOn, setStartedOn] = useState(new Date().toISOString().slice(0, 10));
  const [placement, setPlacement] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey('monitoring'));
  const start = useMutation({
    mutationFn: () =>
      monitoringApi.start(
        caseId,
        { startedOn, placementType: (placement ?? 'other') as PlacementType },
        key.current,
      ),
    onSuccess: () => invalidate(queryClient, caseId),
  });
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack
        onSubmit={(event) => {
          event.preventDefault();
          if (placement && !start.isPending) start.mutate();
        }}
      >
        <Title order={3} size="h4">
          {t('monitoring.start.title')}
        </Title>
        <ErrorAlert error={start.error} />
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('monitoring.start.startedOn')}
            value={startedOn}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
            required
          />
          <Select
            label={t('monitoring.start.placementType')}
            data={PLACEMENT_TYPES.map((value) => ({ value, label: t(`monitoring.placement.${value}`) }))}
            value={placement}
            onChange={setPlacement}
            allowDeselect={false}
            required
            miw={260}
          />
        </Group>
        <Text size="sm">
          {t('monitoring.start.schedule', { months: overview.settings.scheduleMonths.join(', ') })}
        </Text>
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('monitoring.start.submit')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}

const TIMING_TONE = { later: 'gray', 'due-soon': 'orange', overdue: 'orange' } as const;

function VisitsSection({
  caseId,
  overview,
  onRecord,
}: {
  caseId: string;
  overview: MonitoringOverview;
  onRecord: (visit: Visit) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [changing, setChanging] = useState<{ visit: Visit; kind: 'reschedule' | 'missed' } | null>(null);
  const [addingExtra, setAddingExtra] = useState(false);
  const canRecord = overview.access.record;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('monitoring.visits.title')}
        </Title>
        {canRecord && (
          <Button variant="default" onClick={() => setAddingExtra(true)}>
            {t('monitoring.visits.addExtra')}
          </Button>
        )}
      </Group>
      {overview.visits.length === 0 && <Text>{t('monitoring.visits.none')}</Text>}
      {overview.visits.length > 0 && (
        <TableScroller label={t('monitoring.visits.caption')} minWidth={720}>
          <Table striped verticalSpacing="sm" data-testid="visits-table">
            <Table.Caption className="visually-hidden">{t('monitoring.visits.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('monitoring.visits.planned')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.visits.month')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.visits.status')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.visits.doneOn')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.visits.risk')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.visits.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.visits.map((visit) => (
                <Table.Tr key={visit.id}>
                  <Table.Td>{formatDate(visit.plannedOn, locale)}</Table.Td>
                  <Table.Td>{visit.monthsAfter ?? t('monitoring.visits.extra')}</Table.Td>
                  <Table.Td>
                    {visit.status === 'planned' && visit.timing ? (
                      <StatusLabel
                        tone={TIMING_TONE[visit.timing]}
                        label={t(`monitoring.visits.timing.${visit.timing}`)}
                      />
                    ) : (
                      <StatusLabel
                        tone={visit.status === 'done' ? 'green' : 'gray'}
                        label={t(`monitoring.visits.states.${visit.status}`)}
                      />
                    )}
                    {visit.missedReason && (
                      <Text size="xs" mt={4}>
                        {visit.missedReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{visit.doneOn ? formatDate(visit.doneOn, locale) : '—'}</Table.Td>
                  <Table.Td>
                    {visit.riskReview ? t(`monitoring.risk.levels.${visit.riskReview.riskLevel}`) : '—'}
                  </Table.Td>
                  <Table.Td>
                    {canRecord && visit.status === 'planned' && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" onClick={() => onRecord(visit)}>
                          {t('monitoring.visits.record')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setChanging({ visit, kind: 'reschedule' })}
                        >
                          {t('monitoring.visits.reschedule')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setChanging({ visit, kind: 'missed' })}
                        >
                          {t('monitoring.visits.markMissed')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      <Modal
        opened={changing !== null || addingExtra}
        onClose={() => {
          setChanging(null);
          setAddingExtra(false);
        }}
        title={
          addingExtra
            ? t('monitoring.visits.addExtra')
            : changing?.kind === 'missed'
              ? t('monitoring.visits.markMissed')
              : t('monitoring.visits.reschedule')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {(changing || addingExtra) && (
          <VisitChangeForm
            caseId={caseId}
            change={changing}
            onDone={() => {
              setChanging(null);
              setAddingExtra(false);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function VisitChangeForm({
  caseId,
  change,
  onDone,
}: {
  caseId: string;
  change: { visit: Visit; kind: 'reschedule' | 'missed' } | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(change?.kind === 'reschedule' ? change.visit.plannedOn : '');
  const key = useRef(newIdempotencyKey('visit'));
  const save = useMutation({
    mutationFn: async () => {
      if (!change) return monitoringApi.addVisit(caseId, value, key.current);
      return change.kind === 'missed'
        ? monitoringApi.missed(caseId, change.visit, value.trim())
        : monitoringApi.reschedule(caseId, change.visit, value);
    },
    onSuccess: async () => {
      await invalidate(queryClient, caseId);
      onDone();
    },
  });
  return (
    <FormStack
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() && !save.isPending) save.mutate();
      }}
    >
      <ErrorAlert error={save.error} />
      {change?.kind === 'missed' ? (
        <Textarea
          label={t('monitoring.visits.missedReason')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          data-autofocus
        />
      ) : (
        <TextInput
          type="date"
          label={t('monitoring.visits.newDate')}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          required
          data-autofocus
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('monitoring.visits.save')}
        </Button>
      </Group>
    </FormStack>
  );
}

function AlertsSection({
  caseId,
  alerts,
  canResolve,
}: {
  caseId: string;
  alerts: MonitoringAlert[];
  canResolve: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const [resolving, setResolving] = useState<MonitoringAlert | null>(null);
  const open = alerts.filter((alert) => alert.resolvedAt === null);
  const itemLabel = (id: string) => ASSESSMENT_ITEMS.find((item) => item.id === id)?.label[locale] ?? id;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('monitoring.alerts.title')}
      </Title>
      {open.length === 0 && <Text size="sm">{t('monitoring.alerts.none')}</Text>}
      {open.map((alert) => (
        <Alert
          key={alert.id}
          color="red"
          variant="light"
          title={t(`monitoring.alerts.${alert.kind}`)}
          data-testid="open-alert"
        >
          <Stack gap={6}>
            <Text size="sm">
              {t('monitoring.alerts.raised', { date: formatDate(alert.raisedAt, locale) })}
            </Text>
            {alert.itemIds.length > 0 && (
              <Text size="sm">
                {t('monitoring.alerts.items', { items: alert.itemIds.map(itemLabel).join('; ') })}
              </Text>
            )}
            {canResolve && (
              <Group>
                <Button size="xs" variant="default" onClick={() => setResolving(alert)}>
                  {t('monitoring.alerts.resolve')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      ))}
      {alerts
        .filter((alert) => alert.resolvedAt !== null)
        .map((alert) => (
          <Text key={alert.id} size="sm">
            {t(`monitoring.alerts.${alert.kind}`)}:{' '}
            {t('monitoring.alerts.resolved', {
              date: formatDate(alert.resolvedAt, locale),
              note: alert.resolutionNote ?? '',
            })}
          </Text>
        ))}
      <Modal
        opened={resolving !== null}
        onClose={() => setResolving(null)}
        title={t('monitoring.alerts.resolveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {resolving && <ResolveForm caseId={caseId} alert={resolving} onDone={() => setResolving(null)} />}
      </Modal>
    </Stack>
  );
}

function ResolveForm({
  caseId,
  alert,
  onDone,
}: {
  caseId: string;
  alert: MonitoringAlert;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const resolve = useMutation({
    mutationFn: () => monitoringApi.resolveAlert(caseId, alert, outcome ?? '', note.trim()),
    onSuccess: async () => {
      await invalidate(queryClient, caseId);
      onDone();
    },
  });
  return (
    <FormStack
      onSubmit={(event) => {
        event.preventDefault();
        if (outcome && note.trim() && !resolve.isPending) resolve.mutate();
      }}
    >
      <ErrorAlert error={resolve.error} />
      <Select
        label={t('exits.alertOutcome.label')}
        description={t('exits.alertOutcome.help')}
        data={SELECTABLE_ALERT_OUTCOMES.map((value) => ({ value, label: t(`exits.alertOutcome.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
        required
        data-autofocus
      />
      <Textarea
        label={t('monitoring.alerts.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        required
        autosize
        minRows={3}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={resolve.isPending}>
          {t('monitoring.alerts.resolve')}
        </Button>
      </Group>
    </FormStack>
  );
}

function RulesSection({ list, overview }: { list: AssessmentList; overview: MonitoringOverview }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const threshold = formatScore(overview.settings.closureAtLeast);
  return (
    <Stack gap="sm">
      {list.planActions.map((action) => {
        const values = {
          domain: MONITORING_DOMAIN_LABELS[action.domain][locale],
          score: formatScore(action.score),
          count: action.openGoals,
        };
        return action.required ? (
          <Alert key={action.domain} color="orange" variant="light" data-testid="plan-action-required">
            {t('monitoring.rules.planActionRequired', values)}
          </Alert>
        ) : (
          <Text key={action.domain} size="sm">
            {t('monitoring.rules.planActionCovered', values)}
          </Text>
        );
      })}
      <Paper withBorder p="sm" radius="md" data-testid="closure-readiness">
        <Title order={3} size="h5">
          {t('monitoring.rules.closureTitle')}
        </Title>
        {list.closureBlockers.length === 0 ? (
          <Text size="sm">{t('monitoring.rules.closureReady', { threshold })}</Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {list.closureBlockers.map((blocker) => (
              <li key={blocker.code}>
                <Text size="sm">
                  {t(`monitoring.rules.blockers.${blocker.code}`, {
                    threshold,
                    defaultValue: t('monitoring.rules.blockers.other'),
                  })}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Paper>
    </Stack>
  );
}

function AssessmentsSection({ items }: { items: Assessment[] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  if (items.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('monitoring.assessments.title')}
      </Title>
      {[...items].reverse().map((assessment) => (
        <Paper key={assessment.id} withBorder p="sm" radius="md">
          <Text size="sm" fw={600}>
            {t('monitoring.assessments.by', {
              date: formatDate(assessment.assessedOn, locale),
              name: assessment.assessorName ?? '—',
            })}
          </Text>
          <Table mt="xs">
            <Table.Caption className="visually-hidden">
              {t('monitoring.assessments.by', {
                date: formatDate(assessment.assessedOn, locale),
                name: assessment.assessorName ?? '—',
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('monitoring.assessments.domain')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.childView.workerColumn')}</Table.Th>
                <Table.Th scope="col">{t('monitoring.childView.column')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {MONITORING_DOMAINS.map((domain) => {
                const child = assessment.childView ? (assessment.childView[domain] ?? null) : undefined;
                return (
                  <Table.Tr key={domain}>
                    <Table.Th scope="row">{MONITORING_DOMAIN_LABELS[domain][locale]}</Table.Th>
                    <Table.Td>{formatScore(assessment.domainScores[domain])}</Table.Td>
                    <Table.Td>
                      {child === undefined ? (
                        t('monitoring.childView.notDone')
                      ) : child === null ? (
                        t('monitoring.childView.skipped')
                      ) : (
                        <Group gap={6}>
                          <Face score={child} size={22} />
                          {t(`monitoring.child.faces.${child}`)}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {assessment.caregiverView && (
            <Text size="sm" mt="xs">
              <Text span fw={600}>
                {t('monitoring.record.caregiverView')}:
              </Text>{' '}
              {assessment.caregiverView}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
