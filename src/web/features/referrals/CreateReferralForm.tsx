// Referring the child: pick a service by need in the child's district (the directory), narrow the data
// package within what the type allows, see whether consent covers the receiving agency, and — without
// consent — ask a supervisor for an override with a reason.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_KIND_CODES, type ServiceKind } from '../../../domain/directory/service-kinds.ts';
import { type CaseFile, newIdempotencyKey } from '../../api/cases.ts';
import {
  type PackageField,
  packageRuleFor,
  REFERRAL_REASONS,
  type ReferralReason,
  referralKeys,
  referralsApi,
  serviceChoicesApi,
  URGENCIES,
  type Urgency,
} from '../../api/referrals.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useServiceKindName } from './shared.tsx';

export function CreateReferralForm({ file, onDone }: { file: CaseFile; onDone: () => void }) {
  const { t } = useTranslation();
  const kindName = useServiceKindName();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ServiceKind | null>(null);
  const [onlyDistrict, setOnlyDistrict] = useState(true);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [fields, setFields] = useState<string[]>([]);
  const [urgency, setUrgency] = useState<Urgency>('routine');
  const [reason, setReason] = useState<ReferralReason>('AdditionalServicesRequired');
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const key = useRef(newIdempotencyKey('referral'));

  const district = onlyDistrict ? file.unitCode : undefined;
  const services = useQuery({
    queryKey: [...referralKeys.all, 'services', kind, district ?? ''],
    queryFn: () => serviceChoicesApi.search(kind!, district),
    enabled: kind !== null,
  });
  const service = services.data?.items.find((s) => s.id === serviceId) ?? null;
  const consent = useQuery({
    queryKey: referralKeys.consent(file.id, service?.agencyId ?? ''),
    queryFn: () => referralsApi.consent(file.id, service!.agencyId),
    enabled: service !== null,
  });
  const needsOverride = consent.data?.allowed === false;
  const rule = kind ? packageRuleFor(kind) : null;

  const send = useMutation({
    mutationFn: () =>
      referralsApi.create(
        file.id,
        {
          serviceId: serviceId!,
          urgency,
          reason,
          ...(note.trim() ? { note: note.trim() } : {}),
          packageFields: fields as PackageField[],
          ...(needsOverride ? { overrideReason: overrideReason.trim() } : {}),
        },
        key.current,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!send.isPending && serviceId && fields.length > 0) send.mutate();
  }
  function chooseKind(value: string | null) {
    const next = (value as ServiceKind | null) ?? null;
    setKind(next);
    setServiceId(null);
    setFields(next ? [...packageRuleFor(next).suggested] : []);
  }

  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={send.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('referrals.form.kind')}
            data={SERVICE_KIND_CODES.map((value) => ({ value, label: kindName(value) }))}
            value={kind}
            onChange={chooseKind}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            required
          />
          <Checkbox
            mt="xl"
            label={t('referrals.form.onlyDistrict')}
            checked={onlyDistrict}
            onChange={(e) => {
              setOnlyDistrict(e.currentTarget.checked);
              setServiceId(null);
            }}
          />
        </SimpleGrid>
        {kind && services.data && services.data.items.length === 0 && (
          <Alert color="orange" variant="light" title={t('referrals.form.gapTitle')}>
            {t('referrals.form.gap')}
          </Alert>
        )}
        <ErrorAlert error={services.error} />
        {kind && (
          <Select
            label={t('referrals.form.service')}
            data={(services.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${s.name} — ${s.agencyName}${
                s.freePlaces === null ? '' : ` (${t('referrals.form.freePlaces', { count: s.freePlaces })})`
              }`,
            }))}
            value={serviceId}
            onChange={setServiceId}
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            required
          />
        )}
        {service && consent.data && (
          <Alert
            color={needsOverride ? 'orange' : 'green'}
            variant="light"
            title={needsOverride ? t('referrals.consent.missingTitle') : t('referrals.consent.presentTitle')}
          >
            {needsOverride ? t('referrals.consent.missing') : t('referrals.consent.present')}
          </Alert>
        )}
        {rule && (
          <Checkbox.Group
            label={t('referrals.form.package')}
            description={t('referrals.form.packageHelp')}
            value={fields}
            onChange={setFields}
            required
            error={fields.length === 0 ? t('referrals.form.packageEmpty') : undefined}
          >
            <Stack gap={6} mt="xs">
              {rule.maximum.map((field) => (
                <Checkbox key={field} value={field} label={t(`referrals.fields.${field}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('referrals.form.urgency')}
            data={URGENCIES.map((value) => ({ value, label: t(`referrals.urgency.${value}`) }))}
            value={urgency}
            onChange={(value) => value && setUrgency(value as Urgency)}
            allowDeselect={false}
            required
          />
          <Select
            label={t('referrals.form.reason')}
            data={REFERRAL_REASONS.map((value) => ({ value, label: t(`referrals.reasons.${value}`) }))}
            value={reason}
            onChange={(value) => value && setReason(value as ReferralReason)}
            allowDeselect={false}
            required
          />
        </SimpleGrid>
        <Textarea
          label={t('referrals.form.note')}
          description={t('referrals.form.noteHelp')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {needsOverride && (
          <Textarea
            label={t('referrals.form.overrideReason')}
            description={t('referrals.form.overrideHelp')}
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.currentTarget.value)}
            required
            autosize
            minRows={2}
            maxLength={2000}
          />
        )}
        <Text size="sm" c="dimmed">
          {t(`referrals.deadlineHint.${urgency}`)}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={send.isPending}
            disabled={!service || fields.length === 0 || (needsOverride && !overrideReason.trim())}
          >
            {needsOverride ? t('referrals.form.requestOverride') : t('referrals.form.send')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
