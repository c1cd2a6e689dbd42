// The legal hold of a case: the hold in force (reason, who placed it, since when) with "Lift", or a form
// to place one; earlier holds below. While a hold stands, the retention job will not anonymise the case.
import { Button, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLD_REASON_MAX, type LegalHold, rightsApi, rightsKeys } from '../../api/rights.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { holdRefusal, reasonProblem } from './reason.ts';

export function LegalHoldSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const holds = useQuery({ queryKey: rightsKeys.holds(caseId), queryFn: () => rightsApi.holds(caseId) });
  const items = holds.data?.items ?? [];
  const inForce = items.find((hold) => hold.active);
  const earlier = items.filter((hold) => !hold.active);
  return (
    <Stack gap="sm" component="section" aria-labelledby="legal-hold-heading">
      <Title order={2} size="h3" id="legal-hold-heading">
        {t('caseRights.hold.title')}
      </Title>
      <Text size="sm">{t('caseRights.hold.help')}</Text>
      <ErrorAlert error={holds.error} />
      {holds.data &&
        (inForce ? <HoldInForce caseId={caseId} hold={inForce} /> : <PlaceHoldForm caseId={caseId} />)}
      {earlier.length > 0 && (
        <>
          <Title order={3} size="h5" id="earlier-holds-heading">
            {t('caseRights.hold.earlier')}
          </Title>
          <List size="sm" spacing="xs" aria-labelledby="earlier-holds-heading">
            {earlier.map((hold) => (
              <List.Item key={hold.id}>
                {t('caseRights.hold.earlierItem', {
                  reason: hold.reason,
                  setBy: hold.setByName ?? t('caseRights.hold.someone'),
                  setAt: formatDateTime(hold.setAt, i18n.language),
                  liftedBy: hold.liftedByName ?? t('caseRights.hold.someone'),
                  liftedAt: formatDateTime(hold.liftedAt, i18n.language),
                  liftReason: hold.liftReason ?? '',
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

function HoldInForce({ caseId, hold }: { caseId: string; hold: LegalHold }) {
  const { t, i18n } = useTranslation();
  const [lifting, setLifting] = useState(false);
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="hold-in-force">
      <Stack gap={4}>
        <Text fw={700}>{t('caseRights.hold.inForce')}</Text>
        <dl className="rights-facts">
          <dt>{t('caseRights.hold.reason')}</dt>
          <dd>{hold.reason}</dd>
          <dt>{t('caseRights.hold.setBy')}</dt>
          <dd>{hold.setByName ?? t('caseRights.hold.someone')}</dd>
          <dt>{t('caseRights.hold.since')}</dt>
          <dd>{formatDateTime(hold.setAt, i18n.language)}</dd>
        </dl>
        <Group>
          <Button variant="default" onClick={() => setLifting(true)} className="rights-button">
            {t('caseRights.hold.lift')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={lifting}
        onClose={() => setLifting(false)}
        title={t('caseRights.hold.liftTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {lifting && <LiftHoldForm caseId={caseId} hold={hold} onDone={() => setLifting(false)} />}
      </Modal>
    </Paper>
  );
}

function ReasonField(props: {
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  autofocus?: boolean;
}) {
  return (
    <Textarea
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
      required
      maxLength={HOLD_REASON_MAX}
      autosize
      minRows={2}
      data-autofocus={props.autofocus ? true : undefined}
    />
  );
}

function PlaceHoldForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  // One key per attempt: a double click places one hold; a new reason is a new request.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const place = useMutation({
    mutationFn: () => rightsApi.placeHold(caseId, reason.trim(), key),
    onSuccess: async () => {
      setReason('');
      setTried(false);
      setKey(crypto.randomUUID());
      await queryClient.invalidateQueries({ queryKey: rightsKeys.holds(caseId) });
    },
    // The refusal stays next to the field; a 409 (someone placed a hold meanwhile) asks for a reload
    // rather than swapping the form away under the person's eyes.
    onError: () => setKey(crypto.randomUUID()),
  });
  const problem = tried ? reasonProblem(t, reason) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (reasonProblem(t, reason) || place.isPending) return;
    place.mutate();
  }

  return (
    <FormStack onSubmit={submit} gap="sm">
      <Text size="sm">{t('caseRights.hold.none')}</Text>
      <ReasonField
        label={t('caseRights.hold.placeReason')}
        description={t('caseRights.hold.placeReasonHelp')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          place.reset();
        }}
        error={problem ?? (place.error ? holdRefusal(t, place.error, 'place') : null)}
      />
      <Group>
        <Button type="submit" loading={place.isPending} className="rights-button">
          {t('caseRights.hold.place')}
        </Button>
      </Group>
    </FormStack>
  );
}

function LiftHoldForm({ caseId, hold, onDone }: { caseId: string; hold: LegalHold; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const lift = useMutation({
    mutationFn: () => rightsApi.liftHold(caseId, hold, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: rightsKeys.holds(caseId) });
      onDone();
    },
    // Someone else changed or lifted it: show them the hold as it now is.
    onError: () => void queryClient.invalidateQueries({ queryKey: rightsKeys.holds(caseId) }),
  });
  const problem = tried ? reasonProblem(t, reason) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (reasonProblem(t, reason) || lift.isPending) return;
    lift.mutate();
  }

  return (
    <FormStack onSubmit={submit} gap="sm">
      <Text size="sm">{t('caseRights.hold.liftHelp')}</Text>
      <ReasonField
        label={t('caseRights.hold.liftReason')}
        description={t('caseRights.hold.liftReasonHelp')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          lift.reset();
        }}
        error={problem ?? (lift.error ? holdRefusal(t, lift.error, 'lift') : null)}
        autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={lift.isPending}>
          {t('caseRights.hold.confirmLift')}
        </Button>
      </Group>
    </FormStack>
  );
}
