// The consent ledger: per purpose (and recipient), the child's assent and the guardian's consent
// recorded apart, how the child was informed, expiry and withdrawal. The state comes from the server.
import {
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFile,
  type Consent,
  CONSENT_PURPOSES,
  caseKeys,
  consentApi,
  HOW_INFORMED,
  newIdempotencyKey,
} from '../../api/cases.ts';
import { useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';

import { FormStack } from '../../components/FormStack.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from './CaseListPage.tsx';
import { currentLocale } from './labels.ts';

/** The fields this form shows a server refusal next to; others are listed in the alert. */
const CONSENT_FIELDS = ['purpose', 'recipientAgencyId', 'childAssent', 'guardianConsent', 'expiresOn'];

const TONE = { active: 'green', expired: 'gray', withdrawn: 'gray', incomplete: 'orange' } as const;

export function ConsentTab({ file }: { file: CaseFile }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const consents = useQuery({
    queryKey: caseKeys.sub(file.id, 'consents'),
    queryFn: () => consentApi.list(file.id),
  });
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const canEdit = file.allowedActions.includes('cases.update');
  const assent = (c: Consent) =>
    `${c.childAssent.given ? t('cases.consent.given') : t('cases.consent.refused')}, ${formatDate(c.childAssent.date, locale)} (${t(`cases.consent.how.${c.childAssent.howInformed}`)})`;
  const guardian = (c: Consent) =>
    c.guardianConsent
      ? `${c.guardianConsent.given ? t('cases.consent.given') : t('cases.consent.refused')}, ${formatDate(c.guardianConsent.date, locale)}${c.guardianConsent.givenBy ? ` (${c.guardianConsent.givenBy})` : ''}`
      : t('cases.consent.notRecorded');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('cases.consent.title')}
        </Title>
        {canEdit && !adding && <Button onClick={() => setAdding(true)}>{t('cases.consent.record')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('cases.consent.help')}
      </Text>
      {adding && <ConsentForm caseId={file.id} onDone={() => setAdding(false)} />}
      {consents.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={consents.error} />
      {consents.data && consents.data.items.length === 0 && <Text>{t('cases.consent.none')}</Text>}
      {consents.data && consents.data.items.length > 0 && (
        <TableScroller label={t('cases.consent.caption')} minWidth={820}>
          <Table striped verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('cases.consent.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.consent.purpose')}</Table.Th>
                <Table.Th scope="col">{t('cases.consent.recipient')}</Table.Th>
                <Table.Th scope="col">{t('cases.consent.childAssent')}</Table.Th>
                <Table.Th scope="col">{t('cases.consent.guardianConsent')}</Table.Th>
                <Table.Th scope="col">{t('cases.consent.expiresOn')}</Table.Th>
                <Table.Th scope="col">{t('cases.consent.state')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('cases.consent.withdraw')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.data.items.map((consent) => (
                <Table.Tr key={consent.id}>
                  <Table.Td>{t(`cases.consent.purposes.${consent.purpose}`)}</Table.Td>
                  <Table.Td>{consent.recipientAgencyName ?? '—'}</Table.Td>
                  <Table.Td>{assent(consent)}</Table.Td>
                  <Table.Td>{guardian(consent)}</Table.Td>
                  <Table.Td>{consent.expiresOn ? formatDate(consent.expiresOn, locale) : '—'}</Table.Td>
                  <Table.Td>
                    <StatusLabel
                      tone={TONE[consent.state]}
                      label={t(`cases.consent.states.${consent.state}`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {canEdit && consent.state !== 'withdrawn' && (
                      <Button size="xs" variant="default" onClick={() => setWithdrawing(consent)}>
                        {t('cases.consent.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      <Modal
        opened={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={t('cases.consent.withdraw')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {withdrawing && (
          <WithdrawForm caseId={file.id} consent={withdrawing} onDone={() => setWithdrawing(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function WithdrawForm({ caseId, consent, onDone }: { caseId: string; consent: Consent; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: () => consentApi.withdraw(caseId, consent, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'consents') });
      onDone();
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'consents') });
    },
  });
  return (
    <FormStack
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() && !withdraw.isPending) withdraw.mutate();
      }}
    >
      <ErrorAlert error={withdraw.error} />
      <Textarea
        label={t('cases.actions.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        required
        autosize
        minRows={3}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={withdraw.isPending}>
          {t('cases.actions.confirm')}
        </Button>
      </Group>
    </FormStack>
  );
}

function ConsentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const today = new Date().toISOString().slice(0, 10);
  const [purpose, setPurpose] = useState<string | null>(null);
  const [recipient, setRecipient] = useState<string | null>(null);
  // Consent must be an act: both boxes open unticked and the worker ticks what the child and guardian said.
  const [assentGiven, setAssentGiven] = useState(false);
  const [assentDate, setAssentDate] = useState(today);
  const [how, setHow] = useState<string | null>('orally-in-own-language');
  const [withGuardian, setWithGuardian] = useState(true);
  const [guardianGiven, setGuardianGiven] = useState(false);
  const [guardianDate, setGuardianDate] = useState(today);
  const [expiresOn, setExpiresOn] = useState('');
  const key = useRef(newIdempotencyKey('consent'));
  const save = useMutation({
    mutationFn: () =>
      consentApi.record(
        caseId,
        {
          purpose: (purpose ?? 'assistance') as Consent['purpose'],
          ...(recipient ? { recipientAgencyId: recipient } : {}),
          childAssent: {
            given: assentGiven,
            date: assentDate,
            howInformed: (how ?? 'other') as Consent['childAssent']['howInformed'],
          },
          guardianConsent: withGuardian ? { given: guardianGiven, date: guardianDate } : null,
          ...(expiresOn ? { expiresOn } : {}),
        },
        key.current,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'consents') });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  const errorOf = fieldErrorsOf(t, save.error);
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={save.error} fields={CONSENT_FIELDS} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('cases.consent.purpose')}
            data={CONSENT_PURPOSES.map((value) => ({ value, label: t(`cases.consent.purposes.${value}`) }))}
            value={purpose}
            onChange={setPurpose}
            error={errorOf('purpose')}
            required
          />
          <Select
            label={t('cases.consent.recipient')}
            data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
            value={recipient}
            onChange={setRecipient}
            error={errorOf('recipientAgencyId')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('common.nothingFound')}
          />
        </SimpleGrid>
        <fieldset className="haven-fieldset">
          <legend>{t('cases.consent.childAssent')}</legend>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Checkbox
              mt="lg"
              label={t('cases.consent.assentGiven')}
              checked={assentGiven}
              onChange={(e) => setAssentGiven(e.currentTarget.checked)}
              error={errorOf('childAssent.given')}
            />
            <TextInput
              type="date"
              label={t('cases.consent.date')}
              value={assentDate}
              onChange={(e) => setAssentDate(e.currentTarget.value)}
              error={errorOf('childAssent.date')}
              required
            />
            <Select
              label={t('cases.consent.howInformed')}
              data={HOW_INFORMED.map((value) => ({ value, label: t(`cases.consent.how.${value}`) }))}
              value={how}
              onChange={setHow}
              error={errorOf('childAssent.howInformed')}
              allowDeselect={false}
              required
            />
          </SimpleGrid>
        </fieldset>
        <Checkbox
          label={t('cases.consent.withGuardian')}
          checked={withGuardian}
          onChange={(e) => setWithGuardian(e.currentTarget.checked)}
        />
        {withGuardian && (
          <fieldset className="haven-fieldset">
            <legend>{t('cases.consent.guardianConsent')}</legend>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Checkbox
                mt="lg"
                label={t('cases.consent.guardianGiven')}
                checked={guardianGiven}
                onChange={(e) => setGuardianGiven(e.currentTarget.checked)}
                error={errorOf('guardianConsent.given')}
              />
              <TextInput
                type="date"
                label={t('cases.consent.date')}
                value={guardianDate}
                onChange={(e) => setGuardianDate(e.currentTarget.value)}
                error={errorOf('guardianConsent.date')}
                required
              />
            </SimpleGrid>
          </fieldset>
        )}
        <TextInput
          type="date"
          label={t('cases.consent.expiresOn')}
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.currentTarget.value)}
          error={errorOf('expiresOn')}
          maw={240}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('cases.consent.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
