// Age assessments on the Identity tab (CETS 197 Art. 10(3)): while the age is uncertain the person is
// presumed a child; only an assessment concluding adult lifts the presumption. The list runs oldest
// first and the last one decides; the dialog records one with every field the server needs.
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGE_ASSESSMENT_METHODS,
  AGE_ASSESSMENT_RESULTS,
  type AgeAssessmentRecord,
  ageAssessmentsApi,
  type CaseFile,
  caseKeys,
  HOW_INFORMED,
  type NewAgeAssessment,
  newIdempotencyKey,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { FormStack } from '../../components/FormStack.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { formatDate } from './CaseListPage.tsx';
import { Facts } from './IdentityTab.tsx';
import { useCaseLabels } from './labels.ts';

/** The fields the form shows a refusal next to; any other problem goes to the alert above it. */
const FIELDS = [
  'assessedOn',
  'method',
  'assessedBy',
  'result',
  'childInformedOn',
  'childInformedHow',
  'note',
] as const;
type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = FIELDS.filter((field) => field !== 'note');

/** The server answers 403 to a caller who may not read them: say so, do not break the tab. */
const refused = (error: unknown) => error instanceof ApiError && error.status === 403;

export function AgeAssessmentSection({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [recording, setRecording] = useState(false);
  const assessments = useQuery({
    queryKey: caseKeys.sub(file.id, 'age-assessments'),
    queryFn: () => ageAssessmentsApi.list(file.id),
  });
  // The server records only for those who may change the case and see its identity group.
  const canRecord =
    file.allowedActions.includes('cases.update') &&
    file.fieldGroups.includes('identity') &&
    !refused(assessments.error);
  const items = assessments.data?.items ?? [];

  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId} data-testid="age-assessments">
      <Group justify="space-between">
        <Title order={2} size="h3" id={titleId}>
          {t('ageAssessment.title')}
        </Title>
        {canRecord && (
          <Button variant="light" onClick={() => setRecording(true)}>
            {t('ageAssessment.record')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('ageAssessment.help')}
      </Text>
      <Facts
        items={[
          [
            t('ageAssessment.current'),
            <StatusLabel
              key="presumption"
              tone={file.presumedMinor ? 'green' : 'gray'}
              label={file.presumedMinor ? t('ageAssessment.presumedChild') : t('ageAssessment.notPresumed')}
            />,
          ],
        ]}
      />
      {assessments.isPending && (
        <Center py="sm">
          <Loader size="sm" />
        </Center>
      )}
      {refused(assessments.error) ? (
        <Text size="sm">{t('ageAssessment.cannotSee')}</Text>
      ) : (
        <ErrorAlert error={assessments.error} />
      )}
      {assessments.data && items.length === 0 && <Text size="sm">{t('ageAssessment.none')}</Text>}
      {items.length > 0 && (
        <>
          <Text size="sm">{t('ageAssessment.lastDecides')}</Text>
          <Stack
            component="ol"
            gap="xs"
            aria-label={t('ageAssessment.listLabel')}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((item, index) => (
              <li key={item.id}>
                <AssessmentCard item={item} n={index + 1} inForce={index === items.length - 1} />
              </li>
            ))}
          </Stack>
        </>
      )}
      <Modal
        opened={recording}
        onClose={() => setRecording(false)}
        title={t('ageAssessment.dialogTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {recording && <AssessmentForm caseId={file.id} onDone={() => setRecording(false)} />}
      </Modal>
    </Stack>
  );
}

function AssessmentCard({ item, n, inForce }: { item: AgeAssessmentRecord; n: number; inForce: boolean }) {
  const { t } = useTranslation();
  const { locale } = useCaseLabels();
  const facts: [string, string][] = [
    [t('ageAssessment.assessedOn'), formatDate(item.assessedOn, locale)],
    [t('ageAssessment.method'), t(`ageAssessment.methods.${item.method}`)],
    [t('ageAssessment.assessedBy'), item.assessedBy ?? t('ageAssessment.hidden')],
    [t('ageAssessment.result'), t(`ageAssessment.results.${item.result}`)],
    [
      t('ageAssessment.childInformedOn'),
      `${formatDate(item.childInformedOn, locale)} (${t(`cases.consent.how.${item.childInformedHow}`)})`,
    ],
    ...(item.note ? [[t('ageAssessment.note'), item.note] as [string, string]] : []),
  ];
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" mb={4}>
        <Text fw={600} size="sm">
          {t('ageAssessment.number', { n })}
        </Text>
        {inForce && <StatusLabel tone="green" label={t('ageAssessment.inForce')} />}
      </Group>
      {/* Label above value: a card on a phone is too narrow for the case file's two columns. */}
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} m={0}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" fw={600}>
              {label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function AssessmentForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const [form, setForm] = useState<Record<Field, string>>({
    assessedOn: today,
    method: '',
    assessedBy: '',
    result: '',
    childInformedOn: today,
    childInformedHow: '',
    note: '',
  });
  const [tried, setTried] = useState(false);
  const key = useRef(newIdempotencyKey('age-assessment'));
  const set = (field: Field) => (value: string | null) =>
    setForm((now) => ({ ...now, [field]: value ?? '' }));
  const missing = REQUIRED.filter((field) => form[field].trim() === '');

  const save = useMutation({
    mutationFn: () => {
      const body: NewAgeAssessment = {
        assessedOn: form.assessedOn,
        method: form.method as NewAgeAssessment['method'],
        assessedBy: form.assessedBy.trim(),
        result: form.result as NewAgeAssessment['result'],
        childInformedOn: form.childInformedOn,
        childInformedHow: form.childInformedHow as NewAgeAssessment['childInformedHow'],
        ...(form.note.trim() ? { note: form.note.trim() } : {}),
      };
      return ageAssessmentsApi.record(caseId, body, key.current);
    },
    onSuccess: async () => {
      // The case's presumption and version change with an assessment.
      await queryClient.invalidateQueries({ queryKey: caseKeys.file(caseId) });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (save.isPending) return;
    if (missing.length > 0) {
      save.reset();
      return;
    }
    save.mutate();
  }

  const serverError = fieldErrorsOf(t, save.error);
  const errorOf = (field: Field) =>
    tried && missing.includes(field) ? t('errors.field.required') : serverError(field);

  return (
    <FormStack onSubmit={submit}>
      <ErrorAlert error={save.error} fields={FIELDS} />
      <Text size="sm" c="dimmed">
        {t('ageAssessment.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('ageAssessment.assessedOn')}
          value={form.assessedOn}
          max={today}
          onChange={(event) => set('assessedOn')(event.currentTarget.value)}
          error={errorOf('assessedOn')}
          required
          data-autofocus
        />
        <Select
          label={t('ageAssessment.method')}
          data={AGE_ASSESSMENT_METHODS.map((value) => ({
            value,
            label: t(`ageAssessment.methods.${value}`),
          }))}
          value={form.method || null}
          onChange={set('method')}
          error={errorOf('method')}
          allowDeselect={false}
          required
        />
      </SimpleGrid>
      <TextInput
        label={t('ageAssessment.assessedBy')}
        value={form.assessedBy}
        onChange={(event) => set('assessedBy')(event.currentTarget.value)}
        error={errorOf('assessedBy')}
        maxLength={200}
        required
      />
      <Select
        label={t('ageAssessment.result')}
        data={AGE_ASSESSMENT_RESULTS.map((value) => ({ value, label: t(`ageAssessment.results.${value}`) }))}
        value={form.result || null}
        onChange={set('result')}
        error={errorOf('result')}
        allowDeselect={false}
        required
      />
      {form.result === 'adult' && (
        <Alert color="orange" variant="light">
          {t('ageAssessment.adultWarning')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('ageAssessment.childInformedOn')}
          value={form.childInformedOn}
          max={today}
          onChange={(event) => set('childInformedOn')(event.currentTarget.value)}
          error={errorOf('childInformedOn')}
          required
        />
        <Select
          label={t('ageAssessment.childInformedHow')}
          data={HOW_INFORMED.map((value) => ({ value, label: t(`cases.consent.how.${value}`) }))}
          value={form.childInformedHow || null}
          onChange={set('childInformedHow')}
          error={errorOf('childInformedHow')}
          allowDeselect={false}
          required
        />
      </SimpleGrid>
      <Textarea
        label={t('ageAssessment.note')}
        value={form.note}
        onChange={(event) => set('note')(event.currentTarget.value)}
        error={errorOf('note')}
        autosize
        minRows={2}
        maxLength={2000}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('ageAssessment.save')}
        </Button>
      </Group>
    </FormStack>
  );
}
