// Trafficking status: the current status and who decided it, the country's formal procedure record,
// the recovery and reflection period clock, and the non-punishment flag. A decision sends the case's
// version (If-Match) and also takes the matching lifecycle action on the server.
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_TIME_ZONES, calendarDateIn } from '../../../domain/status/calendar-date.ts';
import { decisionProcedure } from '../../../domain/status/decision-procedure.ts';
import { FORMAL_PROCEDURES, type ProcedureCountry } from '../../../domain/status/formal-procedures.ts';
import { type ChildTraffickingStatus, STATUS_CHANGES } from '../../../domain/status/trafficking-status.ts';
import { StatusDecisionMakingOrg, vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import {
  type CaseFile,
  type CaseStatusView,
  caseKeys,
  type StatusDecision,
  statusApi,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { FormStack } from '../../components/FormStack.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { useMe } from '../../session/session.ts';
import { formatDate } from './CaseListPage.tsx';
import { Facts } from './IdentityTab.tsx';
import { useCaseLabels } from './labels.ts';

export function StatusTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const me = useMe();
  const status = useQuery({
    queryKey: caseKeys.sub(file.id, 'status'),
    queryFn: () => statusApi.get(file.id),
  });
  const [deciding, setDeciding] = useState(false);
  if (status.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (status.error) return <ErrorAlert error={status.error} />;
  const view = status.data;
  const procedure = FORMAL_PROCEDURES[me.user.country as ProcedureCountry];
  const canDecide = file.allowedActions.includes('cases.transition') && nextStatuses(view.status).length > 0;
  const canFlag = file.allowedActions.includes('cases.update') && file.fieldGroups.includes('justice');
  const period = view.reflectionPeriod;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('cases.statusTab.title')}
        </Title>
        {canDecide && !deciding && (
          <Button onClick={() => setDeciding(true)}>{t('cases.statusTab.decide')}</Button>
        )}
      </Group>
      <Facts
        items={[
          [t('cases.fields.status'), labels.status(view.status)],
          [
            t('cases.statusTab.decidingOrg'),
            view.decidingOrgType
              ? vocabularyLabel('statusDecisionMakingOrg', view.decidingOrgType, labels.locale)
              : '—',
          ],
          [t('cases.statusTab.decidedOn'), view.decidedOn ? formatDate(view.decidedOn, labels.locale) : '—'],
        ]}
      />
      {deciding && (
        <DecisionForm
          file={file}
          current={view.status}
          onDone={() => setDeciding(false)}
          country={me.user.country as ProcedureCountry}
        />
      )}
      {view.formalProcedure && procedure && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('cases.statusTab.procedure')}
          </Title>
          <Text size="sm">{view.formalProcedure.legalBasis}</Text>
          <Facts
            items={[
              [t('cases.statusTab.receivedBy'), procedure.receivedBy[labels.locale]] as [string, string],
              [t('cases.statusTab.decidedBy'), procedure.decidedBy[labels.locale]] as [string, string],
              ...procedure.fields
                .filter((field) => view.formalProcedure?.values[field.key])
                .map((field): [string, string] => {
                  const value = view.formalProcedure?.values[field.key] ?? '';
                  const option = field.options?.find((o) => o.value === value);
                  return [
                    field.label[labels.locale],
                    field.type === 'date'
                      ? formatDate(value, labels.locale)
                      : (option?.label[labels.locale] ?? value),
                  ];
                }),
            ]}
          />
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('cases.statusTab.reflection')}
        </Title>
        {period ? (
          <>
            <StatusLabel
              tone={period.state === 'running' ? 'green' : period.state === 'ending-soon' ? 'orange' : 'gray'}
              label={
                period.state === 'ended'
                  ? t('cases.statusTab.reflectionEnded')
                  : t('cases.statusTab.daysLeft', { count: period.daysLeft })
              }
            />
            <Text size="sm">
              {t('cases.statusTab.reflectionDates', {
                from: formatDate(period.startsOn, labels.locale),
                to: formatDate(period.endsOn, labels.locale),
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('cases.statusTab.reflectionHelp')}
            </Text>
          </>
        ) : (
          <Text size="sm">{t('cases.statusTab.noReflection')}</Text>
        )}
      </Stack>
      <NonPunishment caseId={file.id} view={view} canEdit={canFlag} />
    </Stack>
  );
}

/** The decisions the Status tab records (possible is where a case starts, not a decision). */
type DecidedStatus = StatusDecision['status'];
const DECIDED: readonly DecidedStatus[] = ['presumed', 'identified', 'not-a-victim'];

/** The statuses a decision may move the case to from its current status (the server's rule). */
export function nextStatuses(current: string): DecidedStatus[] {
  const changes = STATUS_CHANGES[current as ChildTraffickingStatus] ?? [];
  return DECIDED.filter((status) => changes.includes(status));
}

const PHASES = ['application', 'decision', 'appeal'] as const;

function DecisionForm({
  file,
  current,
  country,
  onDone,
}: {
  file: CaseFile;
  current: string;
  country: ProcedureCountry;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const queryClient = useQueryClient();
  const choices = nextStatuses(current);
  const [status, setStatus] = useState<DecidedStatus>(choices[0] ?? 'presumed');
  const [decidingOrgType, setDecidingOrgType] = useState<string | null>(null);
  const [decidedOn, setDecidedOn] = useState(() =>
    calendarDateIn(new Date().toISOString(), COUNTRY_TIME_ZONES[country] ?? 'UTC'),
  );
  const [values, setValues] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  // The procedure's fields for this status in this country, and which are required: the same domain
  // rule the server applies (src/domain/status/decision-procedure.ts), so the two cannot disagree.
  const form = decisionProcedure(country, status, decidingOrgType, values);
  const missing = new Set(form?.missing ?? []);

  const decide = useMutation({
    mutationFn: () =>
      statusApi.decide(file.id, file.version, {
        status,
        decidingOrgType: decidingOrgType ?? '',
        decidedOn,
        ...(form?.record ? { formalProcedure: form.record } : {}),
        reason: reason.trim(),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onDone();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: caseKeys.file(file.id) });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (decide.isPending) return;
    if (!decidingOrgType || !decidedOn || !reason.trim() || missing.size > 0) {
      // Nothing is sent; an earlier refusal no longer describes the form.
      decide.reset();
      return;
    }
    decide.mutate();
  }

  const serverError = fieldErrorsOf(t, decide.error);
  const required = t('errors.field.required');
  const procedureKey = (key: string) => `formalProcedure.${key}`;
  const errorOfField = (key: string) =>
    tried && missing.has(key) ? required : serverError(procedureKey(key));
  const shownFields = [
    'status',
    'decidingOrgType',
    'decidedOn',
    'reason',
    ...(form?.fields ?? []).map((f) => procedureKey(f.field.key)),
  ];
  const setValue = (key: string, value: string) => setValues((now) => ({ ...now, [key]: value }));
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <Title order={3} size="h4">
          {t('cases.statusTab.decide')}
        </Title>
        <ErrorAlert error={decide.error} fields={shownFields} />
        <Radio.Group
          label={t('cases.statusTab.newStatus')}
          value={status}
          onChange={(value) => setStatus(value as DecidedStatus)}
          error={serverError('status')}
        >
          <Group mt="xs">
            {choices.map((value) => (
              <Radio key={value} value={value} label={labels.status(value)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('cases.statusTab.decidingOrg')}
            data={StatusDecisionMakingOrg.map((value) => ({
              value,
              label: vocabularyLabel('statusDecisionMakingOrg', value, labels.locale),
            }))}
            value={decidingOrgType}
            onChange={setDecidingOrgType}
            error={tried && !decidingOrgType ? t('cases.statusTab.needOrg') : serverError('decidingOrgType')}
            required
          />
          <TextInput
            type="date"
            label={t('cases.statusTab.decidedOn')}
            value={decidedOn}
            onChange={(event) => setDecidedOn(event.currentTarget.value)}
            error={tried && !decidedOn ? required : serverError('decidedOn')}
            required
          />
        </SimpleGrid>
        {form && (
          <fieldset className="haven-fieldset" data-testid="formal-procedure">
            <legend>{t('cases.statusTab.procedure')}</legend>
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {form.procedure.legalBasis[labels.locale]}
              </Text>
              {/* Who receives the application and who decides: in Ukraine they are different bodies, and
                  a presumption that only starts the procedure still names who will decide. */}
              <Stack gap={2}>
                <Text size="sm">
                  {t('cases.statusTab.receivedBy')}: {form.procedure.receivedBy[labels.locale]}
                </Text>
                <Text size="sm">
                  {t('cases.statusTab.decidedBy')}: {form.procedure.decidedBy[labels.locale]}
                </Text>
              </Stack>
              <Text size="sm">
                {form.recordRequired
                  ? status === 'presumed'
                    ? t('cases.statusTab.presumedThroughProcedure')
                    : t('cases.statusTab.procedureRequired')
                  : t('cases.statusTab.procedureOptional')}
              </Text>
              {PHASES.map((phase) => {
                const fields = form.fields.filter((f) => f.field.phase === phase);
                if (fields.length === 0) return null;
                return (
                  <Stack key={phase} gap={4} data-testid={`procedure-${phase}`}>
                    <Text size="sm" fw={600}>
                      {t(`cases.statusTab.phase.${phase}`)}
                    </Text>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      {fields.map(({ field, required: isRequired }) =>
                        field.type === 'choice' ? (
                          <Select
                            key={field.key}
                            label={field.label[labels.locale]}
                            data={(field.options ?? []).map((option) => ({
                              value: option.value,
                              label: option.label[labels.locale],
                            }))}
                            value={values[field.key] || null}
                            clearable
                            clearButtonProps={{ 'aria-label': t('common.clear') }}
                            required={isRequired}
                            error={errorOfField(field.key)}
                            onChange={(value) => setValue(field.key, value ?? '')}
                          />
                        ) : (
                          <TextInput
                            key={field.key}
                            type={field.type === 'date' ? 'date' : 'text'}
                            label={field.label[labels.locale]}
                            value={values[field.key] ?? ''}
                            required={isRequired}
                            error={errorOfField(field.key)}
                            maxLength={field.type === 'date' ? undefined : 500}
                            onChange={(event) => setValue(field.key, event.currentTarget.value)}
                          />
                        ),
                      )}
                    </SimpleGrid>
                  </Stack>
                );
              })}
            </Stack>
          </fieldset>
        )}
        <Textarea
          label={t('cases.actions.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried && !reason.trim() ? t('cases.actions.needReason') : serverError('reason')}
          required
          autosize
          minRows={3}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending}>
            {t('cases.statusTab.record')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}

function NonPunishment({
  caseId,
  view,
  canEdit,
}: {
  caseId: string;
  view: CaseStatusView;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [flagged, setFlagged] = useState(view.nonPunishment.flagged);
  const [note, setNote] = useState(view.nonPunishment.note ?? '');
  const save = useMutation({
    mutationFn: () => statusApi.nonPunishment(caseId, view.version, { flagged, note: note.trim() || null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      setEditing(false);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'status') });
    },
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('cases.statusTab.nonPunishment')}
        </Title>
        {canEdit && !editing && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('cases.statusTab.nonPunishmentHelp')}
      </Text>
      {!editing && (
        <>
          <Text size="sm" fw={600}>
            {view.nonPunishment.flagged ? t('cases.statusTab.flagged') : t('cases.statusTab.notFlagged')}
          </Text>
          {view.nonPunishment.note && <Text size="sm">{view.nonPunishment.note}</Text>}
        </>
      )}
      {editing && (
        <FormStack
          onSubmit={(event) => {
            event.preventDefault();
            if (!save.isPending) save.mutate();
          }}
        >
          <ErrorAlert error={save.error} />
          <Switch
            label={t('cases.statusTab.flag')}
            checked={flagged}
            onChange={(event) => setFlagged(event.currentTarget.checked)}
          />
          <Textarea
            label={t('cases.statusTab.flagNote')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            required={flagged}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {flagged && !note.trim() && (
            <Alert color="orange" variant="light">
              {t('cases.statusTab.needFlagNote')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </FormStack>
      )}
    </Stack>
  );
}
