// The case file's "Best interests" tab: the assessment (the child's views, the family, safety and risk,
// the options weighed) and the determination of a durable solution by a panel of at least two people.
// Sections the user's field groups do not cover are said to be hidden, never shown as empty.
import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assessment, bestInterestsApi, bestInterestsKeys } from '../../api/best-interests.ts';
import { type CaseFile, newIdempotencyKey } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import { useFamilyNames } from './useFamilyNames.ts';

const TONE = { open: 'gray', proposed: 'orange', decided: 'green' } as const;

export function BestInterestsTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: bestInterestsKeys.list(file.id),
    queryFn: () => bestInterestsApi.list(file.id),
  });
  const mayRecord = file.allowedActions.includes('cases.update') && file.fieldGroups.includes('health');
  const key = useRef(newIdempotencyKey('bi'));
  const start = useMutation({
    mutationFn: () => bestInterestsApi.start(file.id, {}, key.current),
    onSuccess: async () => {
      key.current = newIdempotencyKey('bi');
      await queryClient.invalidateQueries({ queryKey: bestInterestsKeys.list(file.id) });
    },
  });
  if (list.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (!list.data) return <ErrorAlert error={list.error} />;
  const openOne = list.data.items.some((item) => item.status !== 'decided');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('bestInterests.title')}
        </Title>
        {mayRecord && !openOne && (
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            {t('bestInterests.start')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('bestInterests.help')}
      </Text>
      <Text>
        {t('bestInterests.durableSolution')}:{' '}
        <strong>
          {list.data.durableSolution
            ? t(`bestInterests.solutions.${list.data.durableSolution}`)
            : t('bestInterests.noDecision')}
        </strong>
      </Text>
      <ErrorAlert error={start.error} />
      {list.data.items.length === 0 && <Text>{t('bestInterests.none')}</Text>}
      {list.data.items.map((item) => (
        <AssessmentCard key={item.id} caseId={file.id} assessment={item} />
      ))}
    </Stack>
  );
}

function Section({ title, hidden, children }: { title: string; hidden: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={4} size="h5" mb={4}>
        {title}
      </Title>
      {hidden ? (
        <Text size="sm" c="dimmed">
          {t('bestInterests.hiddenSection')}
        </Text>
      ) : (
        children
      )}
    </section>
  );
}

function AssessmentCard({ caseId, assessment }: { caseId: string; assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const queryClient = useQueryClient();
  const family = useFamilyNames(caseId);
  const [mode, setMode] = useState<'view' | 'edit' | 'propose'>('view');
  const refresh = () => queryClient.invalidateQueries({ queryKey: bestInterestsKeys.list(caseId) });
  const confirm = useMutation({
    mutationFn: () => bestInterestsApi.confirm(caseId, assessment),
    onSettled: refresh,
  });
  const decline = useMutation({
    mutationFn: () => bestInterestsApi.decline(caseId, assessment),
    onSettled: refresh,
  });
  const hidden = (section: Assessment['hiddenSections'][number]) =>
    assessment.hiddenSections.includes(section);
  const none = <Text size="sm">{t('bestInterests.notRecorded')}</Text>;
  const { childViews: views, riskAssessment: risk, decision } = assessment;
  if (mode === 'edit')
    return <AssessmentForm caseId={caseId} assessment={assessment} onDone={() => setMode('view')} />;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={3} size="h5">
              {t('bestInterests.assessmentOf', { date: formatDate(assessment.createdAt, locale) })}
            </Title>
            <StatusLabel
              tone={TONE[assessment.status]}
              label={t(`bestInterests.status.${assessment.status}`)}
            />
          </Group>
          <Group gap="xs">
            {assessment.operations.includes('edit') && (
              <Button variant="default" onClick={() => setMode('edit')}>
                {t('bestInterests.edit')}
              </Button>
            )}
            {assessment.operations.includes('propose') && mode !== 'propose' && (
              <Button onClick={() => setMode('propose')}>{t('bestInterests.propose')}</Button>
            )}
          </Group>
        </Group>
        <Section title={t('bestInterests.childViews')} hidden={hidden('childViews')}>
          {views ? (
            <Stack gap={2}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {views.views}
              </Text>
              <Text size="sm" c="dimmed">
                {t('bestInterests.heardSummary', {
                  date: formatDate(views.heardOn, locale),
                  how: t(`bestInterests.howHeard.${views.howHeard}`),
                  who: views.whoPresent,
                  guardian: views.guardianPresent ? t('common.yes') : t('common.no'),
                })}
              </Text>
            </Stack>
          ) : (
            none
          )}
        </Section>
        <Section title={t('bestInterests.family')} hidden={hidden('familyAssessment')}>
          {assessment.familyAssessment && assessment.familyAssessment.length > 0 ? (
            <Table>
              <Table.Caption className="visually-hidden">{t('bestInterests.family')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('bestInterests.familyMember')}</Table.Th>
                  <Table.Th scope="col">{t('bestInterests.implicated')}</Table.Th>
                  <Table.Th scope="col">{t('bestInterests.familyNotes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assessment.familyAssessment.map((member) => (
                  <Table.Tr key={member.familyMemberId}>
                    <Table.Td>{family.label(member.familyMemberId)}</Table.Td>
                    <Table.Td>{member.implicated ? t('common.yes') : t('common.no')}</Table.Td>
                    <Table.Td>{member.assessment}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            none
          )}
        </Section>
        <Section title={t('bestInterests.risk')} hidden={hidden('riskAssessment')}>
          {risk ? (
            <Stack gap={2}>
              <Text size="sm">
                {t('bestInterests.riskSummary', {
                  date: formatDate(risk.assessedOn, locale),
                  level: t(`bestInterests.riskLevels.${risk.riskLevel}`),
                })}
              </Text>
              <Text size="sm" fw={600}>
                {risk.returnInBestInterests ? t('bestInterests.returnYes') : t('bestInterests.returnNo')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {risk.factors}
              </Text>
            </Stack>
          ) : (
            none
          )}
        </Section>
        <Section title={t('bestInterests.options')} hidden={hidden('options')}>
          {assessment.options && assessment.options.length > 0 ? (
            <Table>
              <Table.Caption className="visually-hidden">{t('bestInterests.options')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('bestInterests.option')}</Table.Th>
                  <Table.Th scope="col">{t('bestInterests.pros')}</Table.Th>
                  <Table.Th scope="col">{t('bestInterests.cons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assessment.options.map((option) => (
                  <Table.Tr key={option.option}>
                    <Table.Td>{t(`bestInterests.solutions.${option.option}`)}</Table.Td>
                    <Table.Td>{option.pros}</Table.Td>
                    <Table.Td>{option.cons}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            none
          )}
        </Section>
        {mode === 'propose' && (
          <ProposeForm caseId={caseId} assessment={assessment} onDone={() => setMode('view')} />
        )}
        {decision && (
          <section>
            <Title order={4} size="h5" mb={4}>
              {t('bestInterests.decision')}
            </Title>
            <Text size="sm" fw={600}>
              {t(`bestInterests.solutions.${decision.solution}`)}
              {decision.reunificationTargetId ? ` — ${family.label(decision.reunificationTargetId)}` : ''}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {decision.reasons ?? t('bestInterests.hiddenSection')}
            </Text>
            <Text size="sm" mt={4}>
              {t('bestInterests.panel')}:
            </Text>
            <ul>
              {decision.panel.map((member) => (
                <li key={member.userId}>
                  <Text size="sm" span>
                    {member.name ?? member.userId} —{' '}
                    {member.confirmedAt
                      ? t('bestInterests.confirmedOn', { date: formatDate(member.confirmedAt, locale) })
                      : t('bestInterests.awaiting')}
                  </Text>
                </li>
              ))}
            </ul>
            {assessment.status === 'decided' && decision.decidedAt && (
              <Alert color="green" variant="light" p="xs">
                {t('bestInterests.decidedOn', { date: formatDate(decision.decidedAt, locale) })}
              </Alert>
            )}
          </section>
        )}
        <ErrorAlert error={confirm.error ?? decline.error} />
        {assessment.operations.includes('confirm') && (
          <Group>
            <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
              {t('bestInterests.confirm')}
            </Button>
            <Button variant="default" onClick={() => decline.mutate()} loading={decline.isPending}>
              {t('bestInterests.decline')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
