// Both records of a possible duplicate side by side, names included: loading this page reveals both
// identities and is recorded in the audit log. The reviewer merges (keeping one case; the other is
// hidden behind it, reversibly), marks them as different children, or undoes an earlier decision. Every
// decision sends the pair's version as If-Match.
import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  type CaseSummary,
  caseKeys,
  type DuplicatePair,
  type DuplicatePairDetail,
  duplicateKeys,
  duplicatesApi,
  type SensitiveIdentity,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../cases/CaseListPage.tsx';
import { Facts } from '../cases/IdentityTab.tsx';
import { useCaseLabels } from '../cases/labels.ts';
import { agreedFields } from './DuplicatesPage.tsx';

type Decision = { kind: 'merge'; keepCaseId: string } | { kind: 'distinct' } | { kind: 'reopen' };

export function DuplicateComparePage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/app/duplicates/$id' });
  const queryClient = useQueryClient();
  const pair = useQuery({ queryKey: duplicateKeys.pair(id), queryFn: () => duplicatesApi.compare(id) });
  usePageTitle(
    pair.data
      ? t('duplicates.compareTitle', { a: pair.data.caseA.code, b: pair.data.caseB.code })
      : t('duplicates.title'),
  );
  const decide = useMutation({
    mutationFn: (decision: Decision) => {
      const current = pair.data as DuplicatePair;
      if (decision.kind === 'merge') return duplicatesApi.merge(current, decision.keepCaseId);
      if (decision.kind === 'distinct') return duplicatesApi.distinct(current);
      return duplicatesApi.reopen(current);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: duplicateKeys.all });
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: duplicateKeys.pair(id) });
    },
  });

  if (pair.isPending)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (pair.error || !pair.data)
    return (
      <Stack>
        <Title order={1}>{t('duplicates.title')}</Title>
        <ErrorAlert error={pair.error} />
        <AnchorLink to="/duplicates">{t('duplicates.back')}</AnchorLink>
      </Stack>
    );
  const data = pair.data;
  const open = data.status === 'open';
  return (
    <Stack gap="md">
      <AnchorLink to="/duplicates" size="sm">
        {t('duplicates.back')}
      </AnchorLink>
      <Title order={1}>{t('duplicates.compareTitle', { a: data.caseA.code, b: data.caseB.code })}</Title>
      <Alert color="blue" variant="light">
        {t('duplicates.auditNote')}
      </Alert>
      <Group gap="lg">
        <Text size="sm">
          <Text span fw={600}>
            {t('duplicates.score')}:
          </Text>{' '}
          {t('cases.create.scoreValue', {
            percent: Math.round(data.score * 100),
            classification: t(`cases.create.classification.${data.classification}`),
          })}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {t('duplicates.agreed')}:
          </Text>{' '}
          {agreedFields(t, data)}
        </Text>
        <Badge variant="light" size="lg" color={open ? 'blue' : 'gray'} data-testid="pair-status">
          {t(`duplicates.status.${data.status}`)}
        </Badge>
      </Group>
      {decide.error instanceof ApiError && decide.error.status === 412 ? (
        <Alert color="orange" variant="light" role="alert" title={t('duplicates.staleTitle')}>
          {t('duplicates.stale')}
        </Alert>
      ) : (
        <ErrorAlert error={decide.error} />
      )}
      {decide.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {t(`duplicates.done.${decide.data.status}`)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Side
          summary={data.caseA}
          identity={data.identityA}
          kept={data.keptCase === data.caseA.id}
          open={open}
          busy={decide.isPending}
          onKeep={() => decide.mutate({ kind: 'merge', keepCaseId: data.caseA.id })}
        />
        <Side
          summary={data.caseB}
          identity={data.identityB}
          kept={data.keptCase === data.caseB.id}
          open={open}
          busy={decide.isPending}
          onKeep={() => decide.mutate({ kind: 'merge', keepCaseId: data.caseB.id })}
        />
      </SimpleGrid>
      <Group>
        {open ? (
          <Button
            variant="default"
            onClick={() => decide.mutate({ kind: 'distinct' })}
            loading={decide.isPending}
          >
            {t('duplicates.distinct')}
          </Button>
        ) : (
          <Button
            variant="default"
            onClick={() => decide.mutate({ kind: 'reopen' })}
            loading={decide.isPending}
          >
            {t('duplicates.reopen')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function Side({
  summary,
  identity,
  kept,
  open,
  busy,
  onKeep,
}: {
  summary: CaseSummary;
  identity: DuplicatePairDetail['identityA'];
  kept: boolean;
  open: boolean;
  busy: boolean;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('cases.file.title', { code: summary.code })}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" ff="monospace">
            {summary.code}
          </Title>
          {kept && (
            <Badge color="green" variant="light">
              {t('duplicates.kept')}
            </Badge>
          )}
        </Group>
        <Facts
          items={[
            [t('cases.identity.names'), namesOf(identity)],
            [t('cases.fields.birthDate'), birthOf(t, identity, labels.locale)],
            [t('cases.fields.gender'), labels.gender(summary.gender)],
            [t('cases.fields.ageBand'), labels.ageBand(summary.ageBand)],
            [t('cases.fields.stage'), labels.stage(summary.stage)],
            [t('cases.fields.place'), labels.place(summary.unitCode)],
            [
              t('cases.fields.owner'),
              [summary.ownerName, summary.ownerAgencyName].filter(Boolean).join(', ') || '—',
            ],
            [
              t('cases.fields.documents'),
              identity.documents.length
                ? identity.documents
                    .map((doc) => `${t(`cases.documentType.${doc.type}`)} ${doc.number}`)
                    .join('; ')
                : '—',
            ],
          ]}
        />
        <Group>
          <AnchorLink to="/cases/$id" params={{ id: summary.id }} search={{}}>
            {t('cases.create.openCase', { code: summary.code })}
          </AnchorLink>
        </Group>
        {open && (
          <Button onClick={onKeep} loading={busy}>
            {t('duplicates.keep')}
            <span className="visually-hidden"> ({summary.code})</span>
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

function namesOf(identity: SensitiveIdentity): string {
  return (
    identity.names
      .map((name) => [name.given, name.patronymic, name.family].filter(Boolean).join(' '))
      .filter(Boolean)
      .join('; ') || '—'
  );
}

function birthOf(
  t: ReturnType<typeof useTranslation>['t'],
  identity: SensitiveIdentity,
  locale: string,
): string {
  const birth = identity.birthDate;
  if (birth.kind === 'exact') return formatDate(birth.date, locale);
  if (birth.kind === 'estimated')
    return t('cases.identity.estimatedBetween', {
      from: formatDate(birth.from, locale),
      to: formatDate(birth.to, locale),
    });
  return t('cases.identity.unknown');
}
