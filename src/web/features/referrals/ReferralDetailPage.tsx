// One referral: the facts, the frozen package (all the receiving agency ever sees of the child), the
// steps this user may take now, services delivered, and opening the receiving agency's own case.
import {
  Alert,
  Button,
  Center,
  Group,
  List,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReferralDetail, type ReferralEvent, referralKeys, referralsApi } from '../../api/referrals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApprovalStatus } from '../approvals/ApprovalStatus.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLocale } from '../cases/labels.ts';
import { PackageView } from './PackageView.tsx';
import { RecordServiceForm, ServicesDeliveredTable } from './ServicesDelivered.tsx';
import { DueLabel, ReferralStateLabel, useServiceKindName } from './shared.tsx';

type Step = Exclude<ReferralEvent, 'approve-override' | 'reject-override'>;
const NEEDS_TEXT: Partial<Record<Step, 'reason' | 'outcome'>> = {
  decline: 'reason',
  cancel: 'reason',
  complete: 'outcome',
  fail: 'outcome',
};

export function ReferralDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/app/referrals/$id' });
  const referral = useQuery({ queryKey: referralKeys.one(id), queryFn: () => referralsApi.get(id) });
  usePageTitle(t('referrals.detail.title'));
  if (referral.isPending)
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  if (referral.error || !referral.data)
    return (
      <Stack>
        <Title order={1}>{t('referrals.detail.title')}</Title>
        <ErrorAlert error={referral.error} />
        <AnchorLink to="/referrals">{t('referrals.detail.back')}</AnchorLink>
      </Stack>
    );
  return <ReferralView referral={referral.data} />;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function ReferralView({ referral }: { referral: ReferralDetail }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const kindName = useServiceKindName();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Step | null>(null);
  const [recording, setRecording] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: referralKeys.all });
  const step = useMutation({
    mutationFn: ({ event, text }: { event: Step; text?: string }) => referralsApi.step(referral, event, text),
    onSuccess: async () => {
      setAsking(null);
      await refresh();
    },
    onError: refresh,
  });
  const openCase = useMutation({
    mutationFn: () => referralsApi.openCase(referral),
    onSuccess: async (opened) => {
      await refresh();
      await navigate({ to: '/cases/$id', params: { id: opened.caseId } });
    },
  });
  const steps = referral.allowedEvents.filter(
    (event): event is Step => event !== 'approve-override' && event !== 'reject-override',
  );
  return (
    <Stack gap="md">
      <AnchorLink
        to={referral.caseId ? '/cases/$id' : '/referrals'}
        params={{ id: referral.caseId ?? '' }}
        search={referral.caseId ? { tab: 'referrals' } : {}}
        size="sm"
      >
        {referral.caseId ? t('referrals.detail.backToCase') : t('referrals.detail.back')}
      </AnchorLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>
            {t('referrals.detail.heading', {
              service: referral.serviceName ?? kindName(referral.serviceKind),
            })}
          </Title>
          <Text c="dimmed">{kindName(referral.serviceKind)}</Text>
        </div>
        <ReferralStateLabel state={referral.state} />
      </Group>
      <ErrorAlert error={step.error ?? openCase.error} />
      {referral.state === 'awaiting-override' && (
        <Alert color="orange" variant="light" title={t('referrals.detail.awaitingOverrideTitle')}>
          {t('referrals.detail.awaitingOverride')}
        </Alert>
      )}
      {referral.caseId && (referral.state === 'awaiting-override' || referral.overrideReason) && (
        <ApprovalStatus
          kind="consent-override"
          subjectId={referral.id}
          caseId={referral.caseId}
          onDecided={() => void refresh()}
          hideWhenNone
        />
      )}
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
          <Fact label={t('referrals.list.from')}>
            {referral.senderAgencyName ?? '—'}
            {referral.senderName ? ` (${referral.senderName})` : ''}
          </Fact>
          <Fact label={t('referrals.list.to')}>{referral.recipientAgencyName ?? '—'}</Fact>
          <Fact label={t('referrals.list.urgency')}>{t(`referrals.urgency.${referral.urgency}`)}</Fact>
          <Fact label={t('referrals.form.reason')}>{t(`referrals.reasons.${referral.reason}`)}</Fact>
          <Fact label={t('referrals.detail.sentAt')}>
            {referral.sentAt ? formatDateTime(referral.sentAt, locale) : '—'}
          </Fact>
          <Fact label={t('referrals.list.due')}>
            <DueLabel referral={referral} />
          </Fact>
          {referral.caseCode && <Fact label={t('referrals.detail.case')}>{referral.caseCode}</Fact>}
        </SimpleGrid>
        {referral.note && (
          <Text mt="sm">
            <strong>{t('referrals.form.note')}:</strong> {referral.note}
          </Text>
        )}
        {referral.overrideReason && (
          <Text mt="sm">
            <strong>{t('referrals.form.overrideReason')}:</strong> {referral.overrideReason}
          </Text>
        )}
        {referral.declineReason && (
          <Text mt="sm">
            <strong>{t('referrals.detail.declineReason')}:</strong> {referral.declineReason}
          </Text>
        )}
        {referral.cancelReason && (
          <Text mt="sm">
            <strong>{t('referrals.detail.cancelReason')}:</strong> {referral.cancelReason}
          </Text>
        )}
        {referral.outcome && (
          <Text mt="sm">
            <strong>{t('referrals.detail.outcome')}:</strong> {referral.outcome}
          </Text>
        )}
      </Paper>
      {(steps.length > 0 || referral.mayOpenCase) && (
        <Group>
          {steps.map((event) => (
            <Button
              key={event}
              variant={event === 'accept' || event === 'start' || event === 'complete' ? 'filled' : 'default'}
              loading={step.isPending && step.variables?.event === event}
              onClick={() => (NEEDS_TEXT[event] ? setAsking(event) : step.mutate({ event }))}
            >
              {t(`referrals.actions.${event}`)}
            </Button>
          ))}
          {referral.mayOpenCase && (
            <Button variant="default" loading={openCase.isPending} onClick={() => openCase.mutate()}>
              {t('referrals.actions.openCase')}
            </Button>
          )}
        </Group>
      )}
      {referral.recipientCaseId && (
        <AnchorLink to="/cases/$id" params={{ id: referral.recipientCaseId }}>
          {t('referrals.detail.ownCase')}
        </AnchorLink>
      )}
      <Title order={2} size="h3">
        {t('referrals.detail.package')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('referrals.detail.packageHelp')}
      </Text>
      {referral.package ? (
        <PackageView fields={referral.packageFields} data={referral.package} />
      ) : (
        <Text>{t('referrals.detail.notSent')}</Text>
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('referrals.delivered.title')}
        </Title>
        {referral.mayRecordService && !recording && (
          <Button variant="default" onClick={() => setRecording(true)}>
            {t('referrals.delivered.record')}
          </Button>
        )}
      </Group>
      {recording && (
        <RecordServiceForm
          defaultKind={referral.serviceKind}
          save={(body, key) => referralsApi.recordService(referral.id, body, key)}
          invalidate={referralKeys.one(referral.id)}
          onDone={() => setRecording(false)}
        />
      )}
      <ServicesDeliveredTable items={referral.services} />
      <Title order={2} size="h3">
        {t('referrals.detail.history')}
      </Title>
      <List>
        {referral.events.map((event) => (
          <List.Item key={event.seq}>
            {formatDateTime(event.at, locale)} —{' '}
            {t(`referrals.events.${event.type}`, { defaultValue: event.type })}
            {event.actorAgencyName ? ` (${event.actorAgencyName})` : ''}
          </List.Item>
        ))}
      </List>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`referrals.actions.${asking}`) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {asking && (
          <TextStep
            event={asking}
            onSubmit={(text) => step.mutate({ event: asking, text })}
            busy={step.isPending}
            error={step.error}
            onCancel={() => setAsking(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function TextStep({
  event,
  onSubmit,
  onCancel,
  busy,
  error,
}: {
  event: Step;
  onSubmit: (text: string) => void;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const field = NEEDS_TEXT[event] ?? 'reason';
  return (
    <FormStack
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() && !busy) onSubmit(text.trim());
      }}
    >
      <ErrorAlert error={error} />
      <Textarea
        label={t(`referrals.detail.${field === 'reason' ? 'reasonLabel' : 'outcomeLabel'}`)}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        required
        autosize
        minRows={3}
        maxLength={2000}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={busy}>
          {t('referrals.actions.confirm')}
        </Button>
      </Group>
    </FormStack>
  );
}
