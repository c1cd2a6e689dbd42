// Screening with the ILO/EC children's indicators: a checklist grouped by dimension, each indicator
// found with where it was learned and when; the server's per-dimension explanation and its suggested
// status. A suggestion only: a person records the status decision on the Status tab.
import {
  Alert,
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFile,
  caseKeys,
  type IndicatorReference,
  type Localised,
  type Screening,
  type ScreeningAnswer,
  screeningApi,
} from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLocale } from './labels.ts';

export function localisedText(text: Localised | undefined, locale: string): string {
  return text?.[locale] ?? text?.en ?? '';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function ScreeningTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const reference = useQuery({
    queryKey: ['reference', 'screening-indicators'],
    queryFn: screeningApi.indicators,
    staleTime: 10 * 60 * 1000,
  });
  const screenings = useQuery({
    queryKey: caseKeys.sub(file.id, 'screenings'),
    queryFn: () => screeningApi.list(file.id),
  });
  const [adding, setAdding] = useState(false);
  const canAdd = file.allowedActions.includes('cases.update');

  if (reference.isPending || screenings.isPending)
    return (
      <Center py="md">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (reference.error || screenings.error) return <ErrorAlert error={reference.error ?? screenings.error} />;
  const items = [...screenings.data.items].sort((a, b) => b.screenedAt.localeCompare(a.screenedAt));

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('cases.screening.title')}
        </Title>
        {canAdd && !adding && <Button onClick={() => setAdding(true)}>{t('cases.screening.new')}</Button>}
      </Group>
      {adding && (
        <ScreeningForm caseId={file.id} reference={reference.data} onDone={() => setAdding(false)} />
      )}
      {items.length === 0 && !adding && <Text>{t('cases.screening.none')}</Text>}
      {items.map((screening) => (
        <ScreeningResult key={screening.id} screening={screening} reference={reference.data} />
      ))}
    </Stack>
  );
}

function ScreeningResult({ screening, reference }: { screening: Screening; reference: IndicatorReference }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const listLabel = localisedText(reference.lists.find((list) => list.id === screening.list)?.label, locale);
  const indicator = (id: string) => reference.indicators.find((item) => item.id === id);
  const source = (id: string) =>
    localisedText(reference.evidenceSources.find((s) => s.id === id)?.label, locale);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('cases.screening.resultTitle', {
            list: listLabel,
            date: formatDateTime(screening.screenedAt, i18n.language),
          })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('cases.screening.by', {
            name: screening.screenedBy ?? '—',
            version: screening.indicatorSetVersion,
          })}
        </Text>
        <Alert color="blue" variant="light" title={t('cases.screening.suggestionTitle')}>
          <Text size="sm" fw={600}>
            {t(`cases.screening.suggestion.${screening.suggestion.status}`, {
              defaultValue: screening.suggestion.status,
            })}
          </Text>
          <Text size="sm">{screening.suggestion.explanation}</Text>
          <Text size="sm" mt="xs">
            {t('cases.screening.notADecision')}
          </Text>
        </Alert>
        {screening.dimensions.map((dimension) => (
          <Stack key={dimension.dimension} gap={2}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {localisedText(reference.dimensions.find((d) => d.id === dimension.dimension)?.label, locale)}
              </Text>
              <Badge variant="outline" color={dimension.positive ? 'red.9' : 'gray.8'}>
                {dimension.positive ? t('cases.screening.positive') : t('cases.screening.negative')}
              </Badge>
            </Group>
            <Text size="sm">{dimension.explanation}</Text>
          </Stack>
        ))}
        {screening.answers.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('cases.screening.found')}
            </Text>
            <ul style={{ margin: 0 }}>
              {screening.answers.map((answer) => (
                <li key={answer.indicatorId}>
                  <Text size="sm">
                    {localisedText(indicator(answer.indicatorId)?.label, locale) || answer.indicatorId} —{' '}
                    {source(answer.source)}, {answer.date}
                  </Text>
                </li>
              ))}
            </ul>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ScreeningForm({
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
  const [answers, setAnswers] = useState<Record<string, ScreeningAnswer>>({});
  const key = useRef(`screening-${crypto.getRandomValues(new Uint32Array(4)).join('-')}`);
  const save = useMutation({
    mutationFn: () =>
      screeningApi.create(
        caseId,
        { list, answers: Object.values(answers).filter((a) => a.indicatorId) },
        key.current,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'screenings') });
      onDone();
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
        {reference.dimensions.map((dimension) => {
          const inDimension = indicators.filter((indicator) => indicator.dimension === dimension.id);
          if (inDimension.length === 0) return null;
          return (
            <fieldset key={dimension.id} className="haven-fieldset">
              <legend>{localisedText(dimension.label, locale)}</legend>
              <Stack gap="xs">
                {inDimension.map((indicator) => {
                  const answer = answers[indicator.id];
                  return (
                    <Stack key={indicator.id} gap={4}>
                      <Checkbox
                        label={`${localisedText(indicator.label, locale)} (${grade(indicator.grade)})`}
                        checked={Boolean(answer)}
                        onChange={(event) => {
                          const checked = event.currentTarget.checked;
                          setAnswers((current) => {
                            const next = { ...current };
                            if (checked)
                              next[indicator.id] = {
                                indicatorId: indicator.id,
                                source: 'child-interview',
                                date: today(),
                              };
                            else delete next[indicator.id];
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
                            onChange={(value) =>
                              setAnswers((current) => ({
                                ...current,
                                [indicator.id]: { ...answer, source: value ?? answer.source },
                              }))
                            }
                          />
                          <TextInput
                            type="date"
                            label={t('cases.screening.date')}
                            value={answer.date}
                            size="xs"
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              setAnswers((current) => ({
                                ...current,
                                [indicator.id]: { ...answer, date: value },
                              }));
                            }}
                          />
                        </Group>
                      )}
                    </Stack>
                  );
                })}
              </Stack>
            </fieldset>
          );
        })}
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
