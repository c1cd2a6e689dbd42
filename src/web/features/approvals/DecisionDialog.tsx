// Approve or reject one request, with a reason (required to reject). A stale version (412) reloads the
// request and says so; the four-eyes refusal (409) is explained in the user's language.
import { Alert, Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Approval, approvalsApi } from '../../api/approvals.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';

export function kindLabel(t: (key: string, options?: Record<string, unknown>) => string, kind: string) {
  return t(`approvals.kinds.${kind}`, { defaultValue: kind });
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a request is about, in words: the case's code, or the account whose grants would change. */
export function subjectLabel(t: Translate, approval: Pick<Approval, 'caseCode' | 'accountName'>) {
  return (
    approval.caseCode ?? t('grants.accountCell', { name: approval.accountName ?? t('approvals.someone') })
  );
}

export type DecidableApproval = Pick<
  Approval,
  'id' | 'version' | 'kind' | 'caseId' | 'caseCode' | 'accountName' | 'requestedByName' | 'requestedAt'
>;

export function DecisionDialog({
  approval,
  decision,
  onClose,
  onDecided,
}: {
  approval: DecidableApproval | null;
  decision: 'approved' | 'rejected';
  onClose: () => void;
  onDecided?: (saved: Approval) => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const decide = useMutation({
    mutationFn: (target: DecidableApproval) => approvalsApi.decide(target, decision, reason.trim() || null),
    onSettled: async (_data, _error, target) => {
      await queryClient.invalidateQueries({ queryKey: ['approvals'] });
      await queryClient.invalidateQueries({ queryKey: ['inbox'] });
      if (target.caseId) await queryClient.invalidateQueries({ queryKey: ['cases', 'file', target.caseId] });
      else await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
    onSuccess: (saved) => {
      setReason('');
      onDecided?.(saved);
      onClose();
    },
  });
  const error = decide.error;
  const known =
    error instanceof ApiError && error.code === 'precondition_failed'
      ? t('approvals.stale')
      : error instanceof ApiError && error.code === 'four_eyes'
        ? t('approvals.fourEyes')
        : error instanceof ApiError && error.code === 'grant_beyond_scope'
          ? t('grants.beyondScope')
          : null;
  const rejecting = decision === 'rejected';
  const title = !approval
    ? ''
    : approval.caseId
      ? t(rejecting ? 'approvals.rejectTitle' : 'approvals.approveTitle', {
          kind: kindLabel(t, approval.kind),
          code: approval.caseCode,
        })
      : t(rejecting ? 'grants.rejectTitle' : 'grants.approveTitle', {
          kind: kindLabel(t, approval.kind),
          name: approval.accountName ?? t('approvals.someone'),
        });
  // Closing by any way (✕, Esc, Cancel) forgets the error and the reason: the next dialog starts clean.
  const close = () => {
    decide.reset();
    setReason('');
    setMissingReason(false);
    onClose();
  };
  return (
    <Modal
      opened={approval !== null}
      onClose={close}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {approval && (
        <FormStack
          onSubmit={(event) => {
            event.preventDefault();
            if (rejecting && !reason.trim()) {
              setMissingReason(true);
              return;
            }
            if (!decide.isPending) decide.mutate(approval);
          }}
        >
          {known ? (
            <Alert color="red" variant="light" role="alert">
              {known}
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
          <Textarea
            label={rejecting ? t('approvals.reason') : t('approvals.comment')}
            description={rejecting ? t('approvals.reasonHelp') : undefined}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissingReason(false);
            }}
            error={missingReason ? t('approvals.reasonRequired') : undefined}
            required={rejecting}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            {t('approvals.statusLine.pending', {
              who: approval.requestedByName ?? t('approvals.someone'),
              when: formatDate(approval.requestedAt, currentLocale(i18n.language)),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('approvals.cancel')}
            </Button>
            <Button type="submit" color={rejecting ? 'red' : undefined} loading={decide.isPending}>
              {t('approvals.confirm')}
            </Button>
          </Group>
        </FormStack>
      )}
    </Modal>
  );
}
