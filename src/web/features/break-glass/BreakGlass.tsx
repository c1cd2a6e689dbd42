// Break-glass in the case file: the offer on a case the user cannot open (a reason dialog), the banner
// while the user reads a case through emergency access, and the owning supervisor's review of accesses.
import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BREAK_GLASS_REASON_MIN,
  type BreakGlassAccess,
  breakGlassApi,
  breakGlassKeys,
} from '../../api/break-glass.ts';
import { type CaseFile, caseKeys, newIdempotencyKey } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { can, useMe } from '../../session/session.ts';

/** Shown where a case could not be opened: it may not exist, or be outside the user's reach. */
export function BreakGlassOffer({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const key = useRef(newIdempotencyKey('break-glass'));
  const submit = useMutation({
    mutationFn: () => breakGlassApi.open(caseId, reason.trim(), key.current),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: caseKeys.file(caseId) });
    },
  });
  if (!can(me, 'cases.read')) return null;
  const tooShort = reason.trim().length < BREAK_GLASS_REASON_MIN;
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!tooShort && !submit.isPending) submit.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text size="sm">{t('breakGlass.offer.help')}</Text>
        <Group>
          <Button color="red" variant="outline" onClick={() => setOpen(true)}>
            {t('breakGlass.offer.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('breakGlass.dialog.title')}>
        <FormStack onSubmit={onSubmit}>
          <Text size="sm">{t('breakGlass.dialog.help')}</Text>
          <ErrorAlert error={submit.error} />
          <Textarea
            label={t('breakGlass.dialog.reason')}
            description={t('breakGlass.dialog.reasonHelp', { min: BREAK_GLASS_REASON_MIN })}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('breakGlass.dialog.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={tooShort} loading={submit.isPending}>
              {t('breakGlass.dialog.confirm')}
            </Button>
          </Group>
        </FormStack>
      </Modal>
    </Paper>
  );
}

/** On the case file: the user's own emergency access, and the accesses awaiting a reviewer here. */
export function BreakGlassBanner({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { activeUntil, unreviewedAccesses } = file.breakGlass;
  return (
    <>
      {activeUntil && (
        <Alert color="red" variant="light" title={t('breakGlass.banner.title')} role="status">
          {t('breakGlass.banner.text', { until: formatDateTime(activeUntil, currentLocale()) })}
        </Alert>
      )}
      {(unreviewedAccesses ?? 0) > 0 && <ReviewPanel caseId={file.id} />}
    </>
  );
}

function ReviewPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: breakGlassKeys.toReview(caseId),
    queryFn: () => breakGlassApi.toReview(caseId),
  });
  const items = list.data?.items ?? [];
  return (
    <Alert color="orange" variant="light" title={t('breakGlass.review.title', { count: items.length })}>
      <Stack gap="sm">
        <ErrorAlert error={list.error} />
        {items.map((access) => (
          <ReviewItem key={access.id} access={access} />
        ))}
      </Stack>
    </Alert>
  );
}

function ReviewItem({ access }: { access: BreakGlassAccess }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const review = useMutation({
    mutationFn: () => breakGlassApi.review(access, note.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: breakGlassKeys.all });
      await queryClient.invalidateQueries({ queryKey: caseKeys.file(access.caseId) });
    },
  });
  const locale = currentLocale();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (note.trim() && !review.isPending) review.mutate();
  }
  return (
    <Paper withBorder p="sm" radius="md">
      <FormStack onSubmit={onSubmit}>
        <Text size="sm" fw={600}>
          {t('breakGlass.review.who', {
            name: access.userName,
            agency: access.userAgencyName ?? '—',
            from: formatDateTime(access.startedAt, locale),
            until: formatDateTime(access.expiresAt, locale),
          })}
        </Text>
        <Text size="sm">{t('breakGlass.review.reason', { reason: access.reason })}</Text>
        <ErrorAlert error={review.error} />
        <Textarea
          label={t('breakGlass.review.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required
        />
        <Group justify="flex-end">
          <Button type="submit" loading={review.isPending} disabled={!note.trim()}>
            {t('breakGlass.review.submit')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
