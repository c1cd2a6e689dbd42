// Lifecycle actions the server offers this user on this case now (GET /api/cases/:id/actions). Each
// opens a dialog that asks for what the action needs: a reason where the domain requires one, the
// closure reason, re-trafficking on reopening, the receiving agency and district on transfer.
import { Alert, Button, Checkbox, Group, Modal, Select, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CLOSURE_REASONS, REASON_REQUIRED } from '../../../domain/lifecycle/actions.ts';
import type { ActionType } from '../../../domain/lifecycle/index.ts';
import {
  type ActionInput,
  assignApi,
  type CaseFile,
  caseKeys,
  casesApi,
  type HistoryEntry,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { unitOptions, useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import type { ClosureEvidence } from '../../../domain/exits/closure-evidence.ts';
import type { CaseClosureReason } from '../../../domain/lifecycle/actions.ts';
import { ClosureEvidenceFields, missingEvidence } from './ClosureEvidenceFields.tsx';
import { useCaseLabels } from './labels.ts';

// Identification and a not-a-victim outcome are status decisions (the Status tab), not buttons here.
const OFFERED = [
  'presume',
  'start-assistance',
  'start-monitoring',
  'request-closure',
  'approve-closure',
  'reject-closure',
  'reopen',
  'transfer',
  'assign',
];

/** The closure request still waiting for a supervisor's decision, if any. */
export function pendingClosure(items: HistoryEntry[]): HistoryEntry | null {
  let pending: HistoryEntry | null = null;
  for (const entry of items) {
    if (entry.type === 'request-closure') pending = entry;
    else if (entry.type === 'approve-closure' || entry.type === 'reject-closure' || entry.type === 'reopen')
      pending = null;
  }
  return pending;
}

export function CaseActions({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const actions = useQuery({
    queryKey: caseKeys.sub(file.id, 'actions'),
    queryFn: () => casesApi.actions(file.id),
  });
  const available = (actions.data?.available ?? []).filter((type) => OFFERED.includes(type));
  if (actions.error) return <ErrorAlert error={actions.error} />;
  if (available.length === 0) return null;
  return (
    <Group gap="sm" role="group" aria-label={t('cases.actions.label')}>
      {available.map((type) => (
        <Button
          key={type}
          variant={type === 'reject-closure' || type === 'decide-not-victim' ? 'default' : 'light'}
          onClick={() => setOpen(type)}
        >
          {t(`cases.actions.do.${type}`, { defaultValue: type })}
        </Button>
      ))}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? t(`cases.actions.do.${open}`, { defaultValue: open }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {open && <ActionForm key={open} type={open} file={file} onDone={() => setOpen(null)} />}
      </Modal>
    </Group>
  );
}

function ActionForm({ type, file, onDone }: { type: string; file: CaseFile; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = useCaseLabels();
  const agencies = useAgencies();
  const [reason, setReason] = useState('');
  const [closureReason, setClosureReason] = useState<string | null>(null);
  const [evidence, setEvidence] = useState<ClosureEvidence>({});
  const [retrafficking, setRetrafficking] = useState(false);
  const [toAgencyId, setToAgencyId] = useState<string | null>(null);
  const [toUnitCode, setToUnitCode] = useState<string | null>(null);
  const [toUserId, setToUserId] = useState<string | null>(null);
  const staff = useQuery({
    queryKey: caseKeys.sub(file.id, 'assignable-users'),
    queryFn: () => assignApi.users(file.id),
    enabled: type === 'assign',
  });
  const [tried, setTried] = useState(false);
  const reasonRequired =
    REASON_REQUIRED.has(type as ActionType) ||
    type === 'assign' ||
    (type === 'request-closure' && closureReason === 'other');

  const take = useMutation({
    mutationFn: () => {
      const input: ActionInput = { type };
      if (reason.trim()) input.reason = reason.trim();
      if (type === 'request-closure' && closureReason) {
        input.closureReason = closureReason;
        if (Object.keys(evidence).length > 0) input.closureEvidence = evidence;
      }
      if (type === 'reopen') input.retrafficking = retrafficking;
      if (type === 'assign' && toUserId) input.toUserId = toUserId;
      if (type === 'transfer') {
        if (toAgencyId) input.toAgencyId = toAgencyId;
        if (toUnitCode) input.toUnitCode = toUnitCode;
      }
      return casesApi.takeAction(file, input);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onDone();
    },
    onError: async (error) => {
      // The case moved on meanwhile: load the new version so the next try sends the right If-Match.
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: caseKeys.file(file.id) });
    },
  });

  const missing =
    (reasonRequired && !reason.trim()) ||
    (type === 'request-closure' && !closureReason) ||
    (type === 'request-closure' && missingEvidence(closureReason as CaseClosureReason | null, evidence)) ||
    (type === 'transfer' && (!toAgencyId || !toUnitCode)) ||
    (type === 'assign' && !toUserId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing || take.isPending) return;
    take.mutate();
  }

  const refusal =
    take.error instanceof ApiError && take.error.code === 'lifecycle_refused'
      ? t(`cases.refusal.${String((take.error.details as { reason?: string } | undefined)?.reason)}`, {
          defaultValue: take.error.message,
        })
      : null;

  return (
    <FormStack onSubmit={submit}>
      <Text size="sm">{t(`cases.actions.explain.${type}`, { defaultValue: '' })}</Text>
      {refusal ? (
        <Alert color="red" variant="light" title={t('errors.lifecycle_refused')} role="alert">
          {refusal}
        </Alert>
      ) : (
        <ErrorAlert error={take.error} />
      )}
      {type === 'request-closure' && (
        <Select
          label={t('cases.actions.closureReason')}
          data={CASE_CLOSURE_REASONS.map((value) => ({ value, label: t(`cases.closureReason.${value}`) }))}
          value={closureReason}
          onChange={(next) => {
            setClosureReason(next);
            setEvidence({});
          }}
          error={tried && !closureReason ? t('cases.actions.needClosureReason') : null}
          required
          data-autofocus
        />
      )}
      {type === 'request-closure' && closureReason && (
        <ClosureEvidenceFields
          reason={closureReason as CaseClosureReason}
          value={evidence}
          onChange={setEvidence}
          tried={tried}
          error={take.error}
        />
      )}
      {type === 'reopen' && (
        <Checkbox
          label={t('cases.actions.retrafficking')}
          checked={retrafficking}
          onChange={(event) => setRetrafficking(event.currentTarget.checked)}
        />
      )}
      {type === 'assign' && (
        <>
          <ErrorAlert error={staff.error} />
          <Select
            label={t('cases.actions.toUser')}
            data={(staff.data?.items ?? [])
              .filter((user) => user.id !== file.ownerUserId)
              .map((user) => ({ value: user.id, label: user.displayName }))}
            value={toUserId}
            onChange={setToUserId}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            error={tried && !toUserId ? t('cases.actions.needUser') : null}
            description={
              file.ownerName ? t('cases.actions.currentOwner', { name: file.ownerName }) : undefined
            }
            required
            data-autofocus
          />
        </>
      )}
      {type === 'transfer' && (
        <>
          <Select
            label={t('cases.actions.toAgency')}
            data={(agencies.data ?? [])
              .filter((agency) => agency.status === 'active')
              .map((agency) => ({ value: agency.id, label: agency.name }))}
            value={toAgencyId}
            onChange={setToAgencyId}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            error={tried && !toAgencyId ? t('cases.actions.needAgency') : null}
            required
          />
          <Select
            label={t('cases.actions.toUnit')}
            data={unitOptions(labels.units.data, labels.locale, ['district'])}
            value={toUnitCode}
            onChange={setToUnitCode}
            searchable
            limit={500}
            nothingFoundMessage={t('common.nothingFound')}
            error={tried && !toUnitCode ? t('cases.actions.needUnit') : null}
            required
          />
        </>
      )}
      <Textarea
        label={reasonRequired ? t('cases.actions.reason') : t('cases.actions.reasonOptional')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={tried && reasonRequired && !reason.trim() ? t('cases.actions.needReason') : null}
        required={reasonRequired}
        maxLength={2000}
        autosize
        minRows={3}
        data-autofocus={type !== 'request-closure' && type !== 'assign' ? true : undefined}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={take.isPending}>
          {t('cases.actions.confirm')}
        </Button>
      </Group>
    </FormStack>
  );
}
