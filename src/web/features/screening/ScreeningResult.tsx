// One recorded screening, read with the indicator set it was made with: its suggestion (never a
// decision), each dimension's explanation from the server, the ILO/EC indicators found and, apart,
// Haven's own items found. A screening made with an older set says so.
import { Alert, Badge, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorReference, Screening, ScreeningAnswer } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLocale } from '../cases/labels.ts';
import { localisedText, useIndicatorReference } from './reference.ts';

function AnswerList({
  title,
  answers,
  label,
  source,
}: {
  title: string;
  answers: ScreeningAnswer[];
  label: (id: string) => string;
  source: (id: string) => string;
}) {
  if (answers.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <ul style={{ margin: 0 }}>
        {answers.map((answer) => (
          <li key={answer.indicatorId}>
            <Text size="sm">
              {label(answer.indicatorId) || answer.indicatorId} — {source(answer.source)}, {answer.date}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

export function ScreeningResult({
  screening,
  current,
}: {
  screening: Screening;
  current: IndicatorReference;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const isCurrent = screening.indicatorSetVersion === current.version;
  const own = useIndicatorReference(screening.indicatorSetVersion, !isCurrent);
  if (!isCurrent && own.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (!isCurrent && own.error) return <ErrorAlert error={own.error} />;
  const reference = isCurrent ? current : own.data!;

  const listLabel = localisedText(reference.lists.find((list) => list.id === screening.list)?.label, locale);
  const label = (id: string) =>
    localisedText(
      (
        reference.indicators.find((item) => item.id === id) ??
        reference.havenIndicators.find((item) => item.id === id)
      )?.label,
      locale,
    );
  const source = (id: string) =>
    localisedText(reference.evidenceSources.find((s) => s.id === id)?.label, locale);
  const haven = new Set(reference.havenIndicators.map((item) => item.id));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('cases.screening.resultTitle', {
            list: listLabel,
            date: formatDateTime(screening.screenedAt, i18n.language),
          })}
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('cases.screening.by', {
              name: screening.screenedBy ?? '—',
              version: screening.indicatorSetVersion,
            })}
          </Text>
          {reference.supersededBy && (
            <Badge variant="outline" color="gray.8">
              {t('ilo.superseded')}
            </Badge>
          )}
        </Group>
        {reference.supersededBy && (
          <Text size="sm" c="dimmed">
            {t('ilo.supersededHelp')}
          </Text>
        )}
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
        <AnswerList
          title={t('cases.screening.found')}
          answers={screening.answers.filter((answer) => !haven.has(answer.indicatorId))}
          label={label}
          source={source}
        />
        <AnswerList
          title={t('ilo.havenFound')}
          answers={screening.answers.filter((answer) => haven.has(answer.indicatorId))}
          label={label}
          source={source}
        />
      </Stack>
    </Paper>
  );
}
