// Proposing the determination: the durable solution, for return or reunification the family member,
// the reasons, and the other panel members who must each confirm. The rule that return cannot be chosen
// against the risk assessment is the server's; its refusal is explained here in the user's language.
import { Alert, Button, Group, MultiSelect, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Assessment,
  bestInterestsApi,
  bestInterestsKeys,
  DURABLE_SOLUTIONS,
  type DurableSolution,
} from '../../api/best-interests.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useFamilyNames } from './useFamilyNames.ts';

const RETURNING: ReadonlyArray<DurableSolution> = ['return', 'family-reunification'];

/** The refusal of CoE Art. 16(7), translated by its reason code. */
export function RuleError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'return_against_risk_assessment') {
    const reason = (error.details as { reason?: string } | undefined)?.reason ?? 'not-in-best-interests';
    return (
      <Alert color="red" variant="light" role="alert" title={t('bestInterests.refusal.title')}>
        {t(`bestInterests.refusal.${reason}`, { defaultValue: error.message })}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}

export function ProposeForm(props: { caseId: string; assessment: Assessment; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const family = useFamilyNames(props.caseId);
  const candidates = useQuery({
    queryKey: bestInterestsKeys.candidates(props.caseId),
    queryFn: () => bestInterestsApi.candidates(props.caseId),
  });
  const [solution, setSolution] = useState<DurableSolution | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [reasons, setReasons] = useState('');
  const [panel, setPanel] = useState<string[]>([]);
  const propose = useMutation({
    mutationFn: () =>
      bestInterestsApi.propose(props.caseId, props.assessment, {
        solution: solution ?? 'local-integration',
        reunificationTargetId: solution && RETURNING.includes(solution) ? target : null,
        reasons: reasons.trim(),
        panel,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bestInterestsKeys.list(props.caseId) });
      props.onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!propose.isPending && solution) propose.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={4} size="h5">
          {t('bestInterests.proposeTitle')}
        </Title>
        <RuleError error={propose.error} />
        <Stack gap="sm">
          <Select
            label={t('bestInterests.solution')}
            data={DURABLE_SOLUTIONS.map((value) => ({ value, label: t(`bestInterests.solutions.${value}`) }))}
            value={solution}
            onChange={(value) => setSolution(value as DurableSolution | null)}
            required
          />
          {solution && RETURNING.includes(solution) && (
            <Select
              label={t('bestInterests.target')}
              data={family.members.map((m) => ({ value: m.id, label: family.label(m.id) }))}
              value={target}
              onChange={setTarget}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
            />
          )}
          <Textarea
            label={t('bestInterests.reasons')}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            required
            autosize
            minRows={3}
          />
          <MultiSelect
            label={t('bestInterests.panelMembers')}
            description={t('bestInterests.panelHelp')}
            data={(candidates.data?.items ?? []).map((c) => ({ value: c.userId, label: c.name }))}
            value={panel}
            onChange={setPanel}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
          />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={propose.isPending} disabled={!solution || panel.length === 0}>
            {t('bestInterests.proposeSubmit')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
