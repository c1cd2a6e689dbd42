// The case file's "Plan" tab: the individual assistance plan, goals per monitoring domain with their
// actions, due dates and the services delivered towards them; submit for approval (four eyes), and on
// the approved plan, progress (statuses) without a new approval. Earlier versions stay readable.
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONITORING_DOMAIN_LABELS, MONITORING_DOMAINS } from '../../../domain/monitoring/domains.ts';
import { type CaseFile, newIdempotencyKey } from '../../api/cases.ts';
import { type Plan, type PlanProgress, planKeys, plansApi } from '../../api/plans.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApprovalStatus } from '../approvals/ApprovalStatus.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { GoalCard } from './GoalCard.tsx';
import { PlanEditor } from './PlanEditor.tsx';

const TONE = {
  draft: 'gray',
  submitted: 'orange',
  approved: 'green',
  returned: 'orange',
  superseded: 'gray',
} as const;

export function PlanTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const plans = useQuery({ queryKey: planKeys.list(file.id), queryFn: () => plansApi.list(file.id) });
  const [shownId, setShownId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const startKey = useRef(newIdempotencyKey('plan'));
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.list(file.id) });
  const start = useMutation({
    mutationFn: () => plansApi.start(file.id, startKey.current),
    onSuccess: async (plan) => {
      startKey.current = newIdempotencyKey('plan');
      setShownId(plan.id);
      setEditing(true);
      await refresh();
    },
  });
  const submit = useMutation({
    mutationFn: (plan: Plan) => plansApi.submit(file.id, plan),
    onSettled: refresh,
  });

  if (plans.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (!plans.data) return <ErrorAlert error={plans.error} />;
  const { items, mayStartVersion } = plans.data;
  const plan = items.find((item) => item.id === shownId) ?? items[0];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('plans.title')}
        </Title>
        <Group gap="xs">
          {items.length > 1 && (
            <Select
              aria-label={t('plans.version')}
              data={items.map((item) => ({
                value: item.id,
                label: t('plans.versionLabel', {
                  number: item.number,
                  status: t(`plans.status.${item.status}`),
                }),
              }))}
              value={plan?.id ?? null}
              onChange={(value) => {
                setShownId(value);
                setEditing(false);
              }}
              allowDeselect={false}
              w={260}
            />
          )}
          {mayStartVersion && (
            <Button onClick={() => start.mutate()} loading={start.isPending}>
              {items.length === 0 ? t('plans.start') : t('plans.revise')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('plans.help')}
      </Text>
      <ErrorAlert error={start.error ?? submit.error} />
      {!plan && <Text>{t('plans.none')}</Text>}
      {plan && editing && plan.operations.includes('edit') ? (
        <PlanEditor caseId={file.id} plan={plan} onDone={() => setEditing(false)} />
      ) : (
        plan && (
          <PlanView
            caseId={file.id}
            plan={plan}
            onEdit={() => setEditing(true)}
            onSubmit={() => submit.mutate(plan)}
            submitting={submit.isPending}
          />
        )
      )}
    </Stack>
  );
}

function PlanView(props: {
  caseId: string;
  plan: Plan;
  onEdit: () => void;
  onSubmit: () => void;
  submitting: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const queryClient = useQueryClient();
  const { plan } = props;
  const progress = useMutation({
    mutationFn: (change: PlanProgress) => plansApi.progress(props.caseId, plan, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: planKeys.list(props.caseId) }),
  });
  const tracking = plan.operations.includes('record-progress');
  const date = (value: string | null) => (value ? formatDate(value, locale) : '—');
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Text fw={600}>{t('plans.versionNumber', { number: plan.number })}</Text>
              <StatusLabel tone={TONE[plan.status]} label={t(`plans.status.${plan.status}`)} />
            </Group>
            <PlanApprovalLine plan={plan} date={date} />
          </Stack>
          <Group gap="xs">
            {plan.operations.includes('edit') && (
              <Button variant="default" onClick={props.onEdit}>
                {t('plans.edit')}
              </Button>
            )}
            {plan.operations.includes('submit') && (
              <Button onClick={props.onSubmit} loading={props.submitting} disabled={plan.goals.length === 0}>
                {t('plans.submit')}
              </Button>
            )}
          </Group>
        </Group>
        <Stack mt="sm">
          <ApprovalStatus
            kind="assistance-plan"
            subjectId={plan.id}
            caseId={props.caseId}
            onDecided={() => void queryClient.invalidateQueries({ queryKey: planKeys.list(props.caseId) })}
            hideWhenNone
          />
        </Stack>
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="sm">
          <Fact label={t('plans.startedOn')} value={date(plan.startedOn)} />
          <Fact label={t('plans.plannedEnd')} value={date(plan.plannedEnd)} />
          <Fact label={t('plans.reviewOn')} value={date(plan.reviewOn)} />
          <Fact label={t('plans.actualEnd')} value={date(plan.actualEnd)} />
        </SimpleGrid>
      </Paper>
      <ErrorAlert error={progress.error} />
      {plan.goals.length === 0 && <Text>{t('plans.noGoals')}</Text>}
      {MONITORING_DOMAINS.filter((domain) => plan.goals.some((goal) => goal.domain === domain)).map(
        (domain) => (
          <section key={domain} aria-labelledby={`plan-domain-${domain}`}>
            <Title order={3} size="h4" id={`plan-domain-${domain}`} mb="xs">
              {MONITORING_DOMAIN_LABELS[domain][locale]}
            </Title>
            <Stack gap="sm">
              {plan.goals
                .filter((goal) => goal.domain === domain)
                .map((goal) => (
                  <GoalCard
                    key={goal.id}
                    goal={goal}
                    tracking={tracking}
                    busy={progress.isPending}
                    onGoalStatus={(status) => progress.mutate({ goals: [{ id: goal.id, status }] })}
                    onActionStatus={(id, status) => progress.mutate({ actions: [{ id, status }] })}
                  />
                ))}
            </Stack>
          </section>
        ),
      )}
    </Stack>
  );
}

function PlanApprovalLine({ plan, date }: { plan: Plan; date: (value: string | null) => string }) {
  const { t } = useTranslation();
  if (plan.status === 'submitted')
    return <Text size="sm">{t('plans.approval.waiting', { date: date(plan.submittedAt) })}</Text>;
  if (plan.status === 'approved' || plan.status === 'superseded')
    return <Text size="sm">{t('plans.approval.approved', { date: date(plan.decidedAt) })}</Text>;
  if (plan.status === 'returned')
    return (
      <Alert color="orange" variant="light" p="xs">
        {t('plans.approval.returned', { date: date(plan.decidedAt) })}
      </Alert>
    );
  return <Text size="sm">{t('plans.approval.draft')}</Text>;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
