// A new screening with the current indicator set: the ILO/EC checklist grouped by dimension, then
// Haven's own child-protection items as a list of their own, each ticked item with where it was
// learned and when. The form names the set it was built from, so the server refuses it if the set has
// changed meanwhile instead of scoring it with items the practitioner never saw.
import { Button, Checkbox, Group, Paper, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { caseKeys, type IndicatorReference, type ScreeningAnswer, screeningApi } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { currentLocale } from '../cases/labels.ts';
import { INDICATOR_REFERENCE_KEY, localisedText } from './reference.ts';
import { VerificationNotice } from './VerificationNotice.tsx';

type Answers = Record<string, ScreeningAnswer>;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function IndicatorCheck({
  id,
  label,
  answers,
  setAnswers,
  sources,
}: {
  id: string;
  label: string;
  answers: Answers;
  setAnswers: (update: (current: Answers) => Answers) => void;
  sources: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const answer = answers[id];
  const change = (patch: Partial<ScreeningAnswer>) =>
    setAnswers((current) => ({ ...current, [id]: { ...current[id]!, ...patch } }));
  return (
    <Stack gap={4}>
      <Checkbox
        label={label}
        checked={Boolean(answer)}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setAnswers((current) => {
            const next = { ...current };
            if (checked) next[id] = { indicatorId: id, source: 'child-interview', date: today() };
            else delete next[id];
            return next;
          });
        }}
      />
      {answer && (
        <Group ml="xl" gap="sm" align="flex-end">
          <Select
            label={t('cases.screening.source')}
            data={sources}
            value={answer.source}
            allowDeselect={false}
            size="xs"
            onChange={(value) => change({ source: value ?? answer.source })}
          />
          <TextInput
            type="date"
            label={t('cases.screening.date')}
            value={answer.date}
            size="xs"
            onChange={(event) => change({ date: event.currentTarget.value })}
          />
        </Group>
      )}
    </Stack>
  );
}

export function ScreeningForm({
  caseId,
  reference,
  onDone,
}: {
  caseId: string;
  reference: IndicatorReference;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const queryClient = useQueryClient();
  const [list, setList] = useState<'labour' | 'sexual'>('labour');
  const [answers, setAnswers] = useState<Answers>({});
  const key = useRef(`screening-${crypto.getRandomValues(new Uint32Array(4)).join('-')}`);
  const save = useMutation({
    mutationFn: () =>
      screeningApi.create(
        caseId,
        { list, indicatorSetVersion: reference.version, answers: Object.values(answers) },
        key.current,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'screenings') });
      onDone();
    },
    onError: async (error) => {
      // The set changed since the form opened: load the current one; the ticks were for the old items.
      if (error instanceof ApiError && error.code === 'indicator_set_superseded') {
        setAnswers({});
        key.current = `screening-${crypto.getRandomValues(new Uint32Array(4)).join('-')}`;
        await queryClient.invalidateQueries({ queryKey: INDICATOR_REFERENCE_KEY });
      }
    },
  });
  const sources = reference.evidenceSources.map((s) => ({
    value: s.id,
    label: localisedText(s.label, locale),
  }));
  const grade = (id: string) => localisedText(reference.grades.find((g) => g.id === id)?.label, locale);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  const indicators = reference.indicators.filter((indicator) => indicator.list === list);
  const check = { answers, setAnswers, sources };
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={3} size="h4">
          {t('cases.screening.new')}
        </Title>
        <Text size="sm">{t('cases.screening.formHelp')}</Text>
        <ErrorAlert error={save.error} />
        <Radio.Group
          label={t('cases.screening.list')}
          value={list}
          onChange={(value) => {
            setList(value as 'labour' | 'sexual');
            setAnswers({});
          }}
        >
          <Group mt="xs">
            {reference.lists.map((item) => (
              <Radio key={item.id} value={item.id} label={localisedText(item.label, locale)} />
            ))}
          </Group>
        </Radio.Group>
        <VerificationNotice reference={reference} list={list} />
        {reference.dimensions.map((dimension) => {
          const inDimension = indicators.filter((indicator) => indicator.dimension === dimension.id);
          if (inDimension.length === 0) return null;
          return (
            <fieldset key={dimension.id} className="haven-fieldset">
              <legend>{localisedText(dimension.label, locale)}</legend>
              <Stack gap="xs">
                {inDimension.map((indicator) => (
                  <IndicatorCheck
                    key={indicator.id}
                    id={indicator.id}
                    label={`${localisedText(indicator.label, locale)} (${grade(indicator.grade)})`}
                    {...check}
                  />
                ))}
              </Stack>
            </fieldset>
          );
        })}
        {reference.havenIndicators.length > 0 && (
          <fieldset className="haven-fieldset" data-testid="haven-indicators">
            <legend>{t('ilo.havenTitle')}</legend>
            <Stack gap="xs">
              <Text size="sm">{t('ilo.havenHelp')}</Text>
              {reference.havenIndicators.map((indicator) => (
                <IndicatorCheck
                  key={indicator.id}
                  id={indicator.id}
                  label={localisedText(indicator.label, locale)}
                  {...check}
                />
              ))}
            </Stack>
          </fieldset>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('cases.screening.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
