// The assessment's sections, edited together while the assessment is open: the child's views (how they
// were heard, who was present, whether the guardian was there), the family (per family member on the
// case, whether implicated), safety and risk, and the options weighed with their pros and cons.
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Assessment,
  bestInterestsApi,
  bestInterestsKeys,
  type ChildViews,
  DURABLE_SOLUTIONS,
  type DurableSolution,
  HOW_HEARD,
  type OptionConsidered,
  RISK_LEVELS,
  type RiskAssessment,
  type Sections,
} from '../../api/best-interests.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useFamilyNames } from './useFamilyNames.ts';

const today = () => new Date().toISOString().slice(0, 10);

export function AssessmentForm(props: { caseId: string; assessment: Assessment; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const family = useFamilyNames(props.caseId);
  const a = props.assessment;
  const [views, setViews] = useState<ChildViews>(
    a.childViews ?? {
      heardOn: today(),
      howHeard: 'individual-interview',
      whoPresent: '',
      guardianPresent: true,
      views: '',
    },
  );
  const [assessed, setAssessed] = useState(
    () => new Map((a.familyAssessment ?? []).map((m) => [m.familyMemberId, m] as const)),
  );
  const [risk, setRisk] = useState<RiskAssessment>(
    a.riskAssessment ?? {
      assessedOn: today(),
      riskLevel: 'medium',
      returnInBestInterests: false,
      factors: '',
    },
  );
  const [options, setOptions] = useState<Map<DurableSolution, OptionConsidered>>(
    () => new Map((a.options ?? []).map((o) => [o.option, o] as const)),
  );
  const save = useMutation({
    mutationFn: () => {
      const sections: Sections = {
        familyAssessment: [...assessed.values()].filter((m) => m.assessment.trim()),
        options: [...options.values()].filter((o) => o.pros.trim() && o.cons.trim()),
      };
      if (views.views.trim() && views.whoPresent.trim()) sections.childViews = views;
      if (risk.factors.trim()) sections.riskAssessment = risk;
      return bestInterestsApi.update(props.caseId, a, sections);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bestInterestsKeys.list(props.caseId) });
      props.onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  const member = (id: string) =>
    assessed.get(id) ?? { familyMemberId: id, implicated: false, assessment: '' };
  const setMember = (id: string, change: Partial<{ implicated: boolean; assessment: string }>) =>
    setAssessed(new Map(assessed).set(id, { ...member(id), ...change }));
  const option = (o: DurableSolution) => options.get(o) ?? { option: o, pros: '', cons: '' };

  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={3} size="h4">
          {t('bestInterests.editTitle')}
        </Title>
        <ErrorAlert error={save.error} />
        <fieldset className="haven-fieldset">
          <legend>{t('bestInterests.childViews')}</legend>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="date"
                label={t('bestInterests.heardOn')}
                value={views.heardOn}
                onChange={(e) => setViews({ ...views, heardOn: e.currentTarget.value })}
              />
              <Select
                label={t('bestInterests.howHeardLabel')}
                data={HOW_HEARD.map((value) => ({ value, label: t(`bestInterests.howHeard.${value}`) }))}
                value={views.howHeard}
                onChange={(value) =>
                  value && setViews({ ...views, howHeard: value as ChildViews['howHeard'] })
                }
                allowDeselect={false}
              />
              <Checkbox
                mt="lg"
                label={t('bestInterests.guardianPresent')}
                checked={views.guardianPresent}
                onChange={(e) => setViews({ ...views, guardianPresent: e.currentTarget.checked })}
              />
            </SimpleGrid>
            <TextInput
              label={t('bestInterests.whoPresent')}
              value={views.whoPresent}
              onChange={(e) => setViews({ ...views, whoPresent: e.currentTarget.value })}
            />
            <Textarea
              label={t('bestInterests.views')}
              value={views.views}
              onChange={(e) => setViews({ ...views, views: e.currentTarget.value })}
              autosize
              minRows={3}
            />
          </Stack>
        </fieldset>
        <fieldset className="haven-fieldset">
          <legend>{t('bestInterests.family')}</legend>
          <Stack gap="sm">
            {family.members.length === 0 && t('bestInterests.noFamily')}
            {family.members.map((m) => (
              <SimpleGrid cols={{ base: 1, sm: 3 }} key={m.id}>
                <Checkbox
                  mt="lg"
                  label={t('bestInterests.implicatedOf', { member: family.label(m.id) })}
                  checked={member(m.id).implicated || m.implicated}
                  disabled={m.implicated}
                  onChange={(e) => setMember(m.id, { implicated: e.currentTarget.checked })}
                />
                <Textarea
                  style={{ gridColumn: 'span 2' }}
                  label={t('bestInterests.assessmentOfMember', { member: family.label(m.id) })}
                  value={member(m.id).assessment}
                  onChange={(e) => setMember(m.id, { assessment: e.currentTarget.value })}
                  autosize
                  minRows={1}
                />
              </SimpleGrid>
            ))}
          </Stack>
        </fieldset>
        <fieldset className="haven-fieldset">
          <legend>{t('bestInterests.risk')}</legend>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('bestInterests.assessedOn')}
                value={risk.assessedOn}
                onChange={(e) => setRisk({ ...risk, assessedOn: e.currentTarget.value })}
              />
              <Select
                label={t('bestInterests.riskLevel')}
                data={RISK_LEVELS.map((value) => ({ value, label: t(`bestInterests.riskLevels.${value}`) }))}
                value={risk.riskLevel}
                onChange={(value) =>
                  value && setRisk({ ...risk, riskLevel: value as RiskAssessment['riskLevel'] })
                }
                allowDeselect={false}
              />
            </SimpleGrid>
            <Radio.Group
              label={t('bestInterests.returnQuestion')}
              value={risk.returnInBestInterests ? 'yes' : 'no'}
              onChange={(value) => setRisk({ ...risk, returnInBestInterests: value === 'yes' })}
            >
              <Group mt={4}>
                <Radio value="yes" label={t('common.yes')} />
                <Radio value="no" label={t('common.no')} />
              </Group>
            </Radio.Group>
            <Textarea
              label={t('bestInterests.factors')}
              value={risk.factors}
              onChange={(e) => setRisk({ ...risk, factors: e.currentTarget.value })}
              autosize
              minRows={2}
            />
          </Stack>
        </fieldset>
        <fieldset className="haven-fieldset">
          <legend>{t('bestInterests.options')}</legend>
          <Stack gap="sm">
            {DURABLE_SOLUTIONS.map((o) => (
              <SimpleGrid cols={{ base: 1, sm: 3 }} key={o}>
                <Checkbox
                  mt="lg"
                  label={t(`bestInterests.solutions.${o}`)}
                  checked={options.has(o)}
                  onChange={(e) => {
                    const next = new Map(options);
                    if (e.currentTarget.checked) next.set(o, option(o));
                    else next.delete(o);
                    setOptions(next);
                  }}
                />
                {options.has(o) && (
                  <>
                    <TextInput
                      label={t('bestInterests.prosOf', { option: t(`bestInterests.solutions.${o}`) })}
                      value={option(o).pros}
                      onChange={(e) =>
                        setOptions(new Map(options).set(o, { ...option(o), pros: e.currentTarget.value }))
                      }
                    />
                    <TextInput
                      label={t('bestInterests.consOf', { option: t(`bestInterests.solutions.${o}`) })}
                      value={option(o).cons}
                      onChange={(e) =>
                        setOptions(new Map(options).set(o, { ...option(o), cons: e.currentTarget.value }))
                      }
                    />
                  </>
                )}
              </SimpleGrid>
            ))}
          </Stack>
        </fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('bestInterests.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
