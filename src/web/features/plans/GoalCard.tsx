// One goal of the plan: objective, HTCDS support type, status and review date, its actions with the
// responsible agency and due date (overdue marked in words), and the services delivered towards it.
// On the plan in force the statuses are editable (progress needs no new approval).
import { Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useTranslation } from 'react-i18next';
import { isServiceKind, serviceKindName } from '../../../domain/directory/service-kinds.ts';
import { vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import {
  ACTION_STATUSES,
  type ActionStatus,
  GOAL_STATUSES,
  type GoalStatus,
  type PlanGoal,
} from '../../api/plans.ts';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';

export function GoalCard(props: {
  goal: PlanGoal;
  tracking: boolean;
  busy: boolean;
  onGoalStatus: (status: GoalStatus) => void;
  onActionStatus: (id: string, status: ActionStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const { goal } = props;
  const objective = goal.objective ?? t('plans.hiddenText');
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{objective}</Text>
          <Text size="sm" c="dimmed">
            {vocabularyLabel('supportPlanType', goal.supportPlanType, locale)}
            {goal.reviewOn ? ` · ${t('plans.reviewOn')}: ${formatDate(goal.reviewOn, locale)}` : ''}
          </Text>
        </Stack>
        {props.tracking ? (
          <Select
            aria-label={t('plans.goalStatusOf', { goal: objective })}
            data={GOAL_STATUSES.map((value) => ({ value, label: t(`plans.goalStatus.${value}`) }))}
            value={goal.status}
            onChange={(value) => value && props.onGoalStatus(value as GoalStatus)}
            allowDeselect={false}
            disabled={props.busy}
            w={180}
          />
        ) : (
          <StatusLabel
            tone={goal.status === 'open' ? 'orange' : goal.status === 'achieved' ? 'green' : 'gray'}
            label={t(`plans.goalStatus.${goal.status}`)}
          />
        )}
      </Group>
      {goal.actions.length > 0 && (
        <TableScroller label={t('plans.actionsOf', { goal: objective })} minWidth={640} mt="xs">
          <Table verticalSpacing="xs">
            <Table.Caption className="visually-hidden">
              {t('plans.actionsOf', { goal: objective })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('plans.action')}</Table.Th>
                <Table.Th scope="col">{t('plans.responsible')}</Table.Th>
                <Table.Th scope="col">{t('plans.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('plans.actionStatusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {goal.actions.map((action) => (
                <Table.Tr key={action.id}>
                  <Table.Td>{action.text ?? t('plans.hiddenText')}</Table.Td>
                  <Table.Td>{action.responsibleAgencyName ?? '—'}</Table.Td>
                  <Table.Td>
                    {action.dueOn ? formatDate(action.dueOn, locale) : '—'}
                    {action.overdue && (
                      <Text span c="red.8" fw={600} size="sm">
                        {' '}
                        ({t('plans.overdue')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {props.tracking ? (
                      <Select
                        aria-label={t('plans.actionStatusOf', { action: action.text ?? '' })}
                        data={ACTION_STATUSES.map((value) => ({
                          value,
                          label: t(`plans.actionStatus.${value}`),
                        }))}
                        value={action.status}
                        onChange={(value) => value && props.onActionStatus(action.id, value as ActionStatus)}
                        allowDeselect={false}
                        disabled={props.busy}
                        size="xs"
                        w={160}
                      />
                    ) : (
                      t(`plans.actionStatus.${action.status}`)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      <Text size="sm" mt="xs" fw={500}>
        {t('plans.servicesDelivered')}
      </Text>
      {goal.servicesDelivered.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.noServices')}
        </Text>
      ) : (
        <ul>
          {goal.servicesDelivered.map((service) => (
            <li key={service.id}>
              <Text size="sm" span>
                {isServiceKind(service.serviceKind)
                  ? serviceKindName(service.serviceKind, locale)
                  : service.serviceKind}{' '}
                · {formatDate(service.deliveredOn, locale)}
                {service.outcome
                  ? ` · ${t(`plans.outcome.${service.outcome}`, { defaultValue: service.outcome })}`
                  : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}
