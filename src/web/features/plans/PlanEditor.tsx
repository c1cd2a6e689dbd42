// Editing a draft (or returned) plan as a whole: goals per monitoring domain with their HTCDS support
// type, objective, status and review date, each with actions (responsible agency, due date, status).
// Saved in one request with the plan's version, so two people cannot overwrite each other's changes.
import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONITORING_DOMAIN_LABELS, MONITORING_DOMAINS } from '../../../domain/monitoring/domains.ts';
import { SupportPlanType, vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import {
  ACTION_STATUSES,
  GOAL_STATUSES,
  type GoalInput,
  type Plan,
  type PlanContent,
  planKeys,
  plansApi,
} from '../../api/plans.ts';
import { useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { currentLocale } from '../cases/labels.ts';

type Action = GoalInput['actions'][number];
const newAction = (): Action => ({ text: '', responsibleAgencyId: null, dueOn: null, status: 'planned' });
const newGoal = (): GoalInput => ({
  domain: 'safety',
  supportPlanType: 'SocialCare',
  objective: '',
  status: 'open',
  reviewOn: null,
  actions: [newAction()],
});

function contentOf(plan: Plan): PlanContent {
  return {
    plannedEnd: plan.plannedEnd,
    reviewOn: plan.reviewOn,
    goals: plan.goals.map((goal) => ({
      id: goal.id,
      domain: goal.domain,
      supportPlanType: goal.supportPlanType,
      objective: goal.objective ?? '',
      status: goal.status,
      reviewOn: goal.reviewOn,
      actions: goal.actions.map((action) => ({
        id: action.id,
        text: action.text ?? '',
        responsibleAgencyId: action.responsibleAgencyId,
        dueOn: action.dueOn,
        status: action.status,
      })),
    })),
  };
}

export function PlanEditor({ caseId, plan, onDone }: { caseId: string; plan: Plan; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const [content, setContent] = useState<PlanContent>(() => contentOf(plan));
  const save = useMutation({
    mutationFn: () =>
      plansApi.save(caseId, plan, {
        ...content,
        goals: content.goals.map((goal) => ({
          ...goal,
          objective: goal.objective.trim(),
          actions: goal.actions
            .filter((action) => action.text.trim())
            .map((action) => ({ ...action, text: action.text.trim() })),
        })),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.list(caseId) });
      onDone();
    },
  });
  const setGoal = (index: number, change: Partial<GoalInput>) =>
    setContent((c) => ({ ...c, goals: c.goals.map((g, i) => (i === index ? { ...g, ...change } : g)) }));
  const setAction = (goal: number, index: number, change: Partial<Action>) =>
    setGoal(goal, {
      actions: content.goals[goal]!.actions.map((a, i) => (i === index ? { ...a, ...change } : a)),
    });
  const agencyOptions = (agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }));
  const dateOrNull = (value: string) => (value ? value : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={3} size="h4">
          {t('plans.editTitle', { number: plan.number })}
        </Title>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('plans.plannedEnd')}
            value={content.plannedEnd ?? ''}
            onChange={(e) => setContent({ ...content, plannedEnd: dateOrNull(e.currentTarget.value) })}
          />
          <TextInput
            type="date"
            label={t('plans.reviewOn')}
            value={content.reviewOn ?? ''}
            onChange={(e) => setContent({ ...content, reviewOn: dateOrNull(e.currentTarget.value) })}
          />
        </SimpleGrid>
        {content.goals.map((goal, g) => (
          <fieldset className="haven-fieldset" key={goal.id ?? `new-${g}`}>
            <legend>{t('plans.goalNumber', { number: g + 1 })}</legend>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('plans.domain')}
                  data={MONITORING_DOMAINS.map((value) => ({
                    value,
                    label: MONITORING_DOMAIN_LABELS[value][locale],
                  }))}
                  value={goal.domain}
                  onChange={(value) => value && setGoal(g, { domain: value as GoalInput['domain'] })}
                  allowDeselect={false}
                  required
                />
                <Select
                  label={t('plans.supportPlanType')}
                  data={SupportPlanType.map((value) => ({
                    value,
                    label: vocabularyLabel('supportPlanType', value, locale),
                  }))}
                  value={goal.supportPlanType}
                  onChange={(value) =>
                    value && setGoal(g, { supportPlanType: value as GoalInput['supportPlanType'] })
                  }
                  allowDeselect={false}
                  required
                />
              </SimpleGrid>
              <Textarea
                label={t('plans.objective')}
                value={goal.objective}
                onChange={(e) => setGoal(g, { objective: e.currentTarget.value })}
                required
                autosize
                minRows={2}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('plans.goalStatusLabel')}
                  data={GOAL_STATUSES.map((value) => ({ value, label: t(`plans.goalStatus.${value}`) }))}
                  value={goal.status}
                  onChange={(value) => value && setGoal(g, { status: value as GoalInput['status'] })}
                  allowDeselect={false}
                />
                <TextInput
                  type="date"
                  label={t('plans.goalReviewOn')}
                  value={goal.reviewOn ?? ''}
                  onChange={(e) => setGoal(g, { reviewOn: dateOrNull(e.currentTarget.value) })}
                />
              </SimpleGrid>
              {goal.actions.map((action, a) => (
                <Paper withBorder p="xs" radius="sm" key={action.id ?? `new-${a}`}>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
                    <TextInput
                      label={t('plans.actionNumber', { number: a + 1 })}
                      value={action.text}
                      onChange={(e) => setAction(g, a, { text: e.currentTarget.value })}
                    />
                    <Select
                      label={t('plans.responsible')}
                      data={agencyOptions}
                      value={action.responsibleAgencyId}
                      onChange={(value) => setAction(g, a, { responsibleAgencyId: value })}
                      searchable
                      clearable
                      clearButtonProps={{ 'aria-label': t('common.clear') }}
                      nothingFoundMessage={t('common.nothingFound')}
                    />
                    <TextInput
                      type="date"
                      label={t('plans.dueOn')}
                      value={action.dueOn ?? ''}
                      onChange={(e) => setAction(g, a, { dueOn: dateOrNull(e.currentTarget.value) })}
                    />
                    <Select
                      label={t('plans.actionStatusLabel')}
                      data={ACTION_STATUSES.map((value) => ({
                        value,
                        label: t(`plans.actionStatus.${value}`),
                      }))}
                      value={action.status}
                      onChange={(value) => value && setAction(g, a, { status: value as Action['status'] })}
                      allowDeselect={false}
                    />
                  </SimpleGrid>
                  <Group justify="flex-end" mt={4}>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setGoal(g, { actions: goal.actions.filter((_, i) => i !== a) })}
                    >
                      {t('plans.removeAction', { number: a + 1 })}
                    </Button>
                  </Group>
                </Paper>
              ))}
              <Group justify="space-between">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setGoal(g, { actions: [...goal.actions, newAction()] })}
                >
                  {t('plans.addAction')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setContent({ ...content, goals: content.goals.filter((_, i) => i !== g) })}
                >
                  {t('plans.removeGoal', { number: g + 1 })}
                </Button>
              </Group>
            </Stack>
          </fieldset>
        ))}
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => setContent({ ...content, goals: [...content.goals, newGoal()] })}
          >
            {t('plans.addGoal')}
          </Button>
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('plans.save')}
            </Button>
          </Group>
        </Group>
      </FormStack>
    </Paper>
  );
}
