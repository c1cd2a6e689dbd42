// The child's trafficking history: HTCDS historic events (recruitment, transit, exploitation) with
// partial dates, the country and region, and what happened. Shown only with the `exploitation` field
// group. The server checks the combinations (types only on exploitation events, …) and answers with one
// problem per field; the form shows each next to its field, in the interface language where it knows it.
import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../domain/locales.ts';
import {
  ForcedLabourIndustry,
  isHtcdsExtension,
  MethodOfControl,
  MethodOfRecruitment,
  RecruitmentApp,
  RelationshipToTrafficker,
  TypeOfExploitation,
  TypeOfSexExploitation,
  type VocabularyName,
  vocabularyLabel,
} from '../../../domain/vocabularies/index.ts';
import {
  type CaseFile,
  caseKeys,
  EVENT_TYPES,
  type EventInput,
  type EventType,
  eventsApi,
  newIdempotencyKey,
  type TraffickingEvent,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { unitOptions, useUnits } from '../../api/referenceQueries.ts';
import type { Country } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { Facts } from './IdentityTab.tsx';
import { countryName, countryOptions, useCaseLabels } from './labels.ts';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const HAVEN_COUNTRIES = ['UA', 'MD', 'BY'];

/** The server's English problem messages (src/server/trafficking-history/event-rules.ts) → our keys. */
const KNOWN_PROBLEMS: Record<string, string> = {
  'Not a real date.': 'notRealDate',
  'The date is in the future.': 'future',
  'The event ends before it starts.': 'endsBeforeStart',
  'Not a region of the event’s country.': 'regionNotInCountry',
  'Name at least one type of exploitation.': 'needType',
  'Only an exploitation event has types.': 'typesOnlyExploitation',
  'Only a recruitment event has methods.': 'methodsOnlyRecruitment',
  'An industry needs a labour type of exploitation.': 'industryNeedsLabour',
  'Needs SexualExploitation among the types.': 'sexTypeNeedsSexual',
};

function vocabularyOptions(
  vocabulary: VocabularyName,
  values: readonly string[],
  locale: Locale,
  extension: string,
) {
  return values.map((value) => ({
    value,
    label: isHtcdsExtension(vocabulary, value)
      ? `${vocabularyLabel(vocabulary, value, locale)} (${extension})`
      : vocabularyLabel(vocabulary, value, locale),
  }));
}

export function EventsTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const queryClient = useQueryClient();
  const events = useQuery({
    queryKey: caseKeys.sub(file.id, 'events'),
    queryFn: () => eventsApi.list(file.id),
  });
  const canEdit = file.allowedActions.includes('cases.update');
  const [editing, setEditing] = useState<TraffickingEvent | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TraffickingEvent | null>(null);
  const remove = useMutation({
    mutationFn: (event: TraffickingEvent) => eventsApi.remove(file.id, event),
    onSuccess: async () => {
      setDeleting(null);
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(file.id, 'events') });
      await queryClient.invalidateQueries({ queryKey: caseKeys.file(file.id) });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: caseKeys.sub(file.id, 'events') });
    },
  });
  const items = (events.data?.items ?? []).slice().sort((a, b) => a.dateFrom.localeCompare(b.dateFrom));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2} size="h3">
            {t('cases.events.title')}
          </Title>
          {events.data?.crossBorder && (
            <Badge color="grape" variant="light" size="lg" data-testid="cross-border">
              {t('cases.events.crossBorder')}
            </Badge>
          )}
        </Group>
        {canEdit && <Button onClick={() => setEditing('new')}>{t('cases.events.add')}</Button>}
      </Group>
      {events.data?.crossBorder && <Text size="sm">{t('cases.events.crossBorderHelp')}</Text>}
      {events.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={events.error} />
      {events.data && items.length === 0 && <Text>{t('cases.events.none')}</Text>}
      {items.map((event) => (
        <EventCard
          key={event.id}
          event={event}
          locale={labels.locale}
          canEdit={canEdit}
          onEdit={() => setEditing(event)}
          onDelete={() => {
            remove.reset();
            setDeleting(event);
          }}
        />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('cases.events.addTitle') : t('cases.events.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="xl"
      >
        {editing !== null && (
          <EventForm
            key={editing === 'new' ? 'new' : editing.id}
            caseId={file.id}
            event={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('cases.events.deleteTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {deleting && (
          <Stack gap="md">
            <Text>
              {t('cases.events.deleteConfirm', { event: eventHeading(t, deleting, labels.locale) })}
            </Text>
            <ErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(deleting)}>
                {t('cases.events.delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function eventHeading(t: T, event: TraffickingEvent, locale: Locale): string {
  const when = event.dateTo ? `${event.dateFrom} – ${event.dateTo}` : event.dateFrom;
  return `${t(`cases.events.type.${event.type}`)}, ${when}, ${countryName(event.country, locale)}`;
}

function EventCard({
  event,
  locale,
  canEdit,
  onEdit,
  onDelete,
}: {
  event: TraffickingEvent;
  locale: Locale;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const extension = t('cases.events.nationalExtension');
  const list = (vocabulary: VocabularyName, values: string[]) =>
    values.length === 0
      ? null
      : vocabularyOptions(vocabulary, values, locale, extension)
          .map((option) => option.label)
          .join(', ');
  const region = event.regionCode
    ? HAVEN_COUNTRIES.includes(event.country)
      ? labels.unit(event.regionCode)
      : event.regionCode
    : null;
  const rows: [string, string | null][] = [
    [t('cases.events.fields.dates'), event.dateTo ? `${event.dateFrom} – ${event.dateTo}` : event.dateFrom],
    [
      t('cases.events.fields.country'),
      [countryName(event.country, locale), region].filter(Boolean).join(', '),
    ],
    [t('cases.events.fields.place'), event.place],
    [t('cases.events.fields.recruitmentMethods'), list('methodOfRecruitment', event.recruitmentMethods)],
    [t('cases.events.fields.apps'), list('recruitmentApp', event.apps)],
    [
      t('cases.events.fields.relationship'),
      event.relationshipToTrafficker
        ? vocabularyLabel('relationshipToTrafficker', event.relationshipToTrafficker, locale)
        : null,
    ],
    [t('cases.events.fields.exploitationTypes'), list('typeOfExploitation', event.exploitationTypes)],
    [
      t('cases.events.fields.labourIndustry'),
      event.labourIndustry
        ? `${event.labourIndustry}: ${vocabularyLabel('forcedLabourIndustry', event.labourIndustry, locale)}`
        : null,
    ],
    [
      t('cases.events.fields.sexExploitationType'),
      event.sexExploitationType
        ? vocabularyLabel('typeOfSexExploitation', event.sexExploitationType, locale)
        : null,
    ],
    [t('cases.events.fields.controlMethods'), list('methodOfControl', event.controlMethods)],
    [
      t('cases.events.fields.duration'),
      event.durationDays === null ? null : t('cases.events.days', { count: event.durationDays }),
    ],
  ];
  const heading = eventHeading(t, event, locale);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={heading}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} size="h4">
          {t(`cases.events.type.${event.type}`)}
        </Title>
        {canEdit && (
          <Group gap="xs">
            <Button
              variant="light"
              size="xs"
              onClick={onEdit}
              aria-label={t('cases.events.editNamed', { event: heading })}
            >
              {t('common.edit')}
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={onDelete}
              aria-label={t('cases.events.deleteNamed', { event: heading })}
            >
              {t('cases.events.delete')}
            </Button>
          </Group>
        )}
      </Group>
      <Facts items={rows.filter((row): row is [string, string] => Boolean(row[1]))} />
    </Paper>
  );
}

interface Draft {
  type: EventType;
  dateFrom: string;
  dateTo: string;
  country: string | null;
  regionCode: string;
  place: string;
  recruitmentMethods: string[];
  apps: string[];
  relationshipToTrafficker: string | null;
  exploitationTypes: string[];
  labourIndustry: string | null;
  sexExploitationType: string | null;
  controlMethods: string[];
  durationDays: number | '';
}

function draftOf(event: TraffickingEvent | null): Draft {
  return {
    type: event?.type ?? 'Recruitment',
    dateFrom: event?.dateFrom ?? '',
    dateTo: event?.dateTo ?? '',
    country: event?.country ?? null,
    regionCode: event?.regionCode ?? '',
    place: event?.place ?? '',
    recruitmentMethods: event?.recruitmentMethods ?? [],
    apps: event?.apps ?? [],
    relationshipToTrafficker: event?.relationshipToTrafficker ?? null,
    exploitationTypes: event?.exploitationTypes ?? [],
    labourIndustry: event?.labourIndustry ?? null,
    sexExploitationType: event?.sexExploitationType ?? null,
    controlMethods: event?.controlMethods ?? [],
    durationDays: event?.durationDays ?? '',
  };
}

function bodyOf(draft: Draft): EventInput {
  const exploitation = draft.type === 'Exploitation';
  return {
    type: draft.type,
    dateFrom: draft.dateFrom.trim(),
    dateTo: draft.dateTo.trim() || null,
    country: draft.country ?? '',
    regionCode: draft.regionCode.trim() || null,
    place: draft.place.trim() || null,
    recruitmentMethods: draft.type === 'Recruitment' ? draft.recruitmentMethods : [],
    apps: draft.apps,
    relationshipToTrafficker: draft.relationshipToTrafficker,
    exploitationTypes: exploitation ? draft.exploitationTypes : [],
    labourIndustry: exploitation ? draft.labourIndustry : null,
    sexExploitationType: exploitation ? draft.sexExploitationType : null,
    controlMethods: draft.controlMethods,
    durationDays: draft.durationDays === '' ? null : draft.durationDays,
  };
}

function EventForm({
  caseId,
  event,
  onDone,
}: {
  caseId: string;
  event: TraffickingEvent | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const locale = labels.locale;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const [tried, setTried] = useState(false);
  const key = useRef(newIdempotencyKey('event'));
  const havenCountry =
    draft.country && HAVEN_COUNTRIES.includes(draft.country) ? (draft.country as Country) : null;
  const regionUnits = useUnits(havenCountry ?? 'UA');
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const extension = t('cases.events.nationalExtension');

  const save = useMutation({
    mutationFn: () =>
      event
        ? eventsApi.update(caseId, event, bodyOf(draft))
        : eventsApi.add(caseId, bodyOf(draft), key.current),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'events') });
      await queryClient.invalidateQueries({ queryKey: caseKeys.file(caseId) });
      onDone();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'events') });
    },
  });

  // Per-field problems from the server (400 validation_failed, details [{ path: 'body.<field>', message }]).
  const serverProblems = new Map<string, string>();
  const otherProblems: string[] = [];
  if (
    save.error instanceof ApiError &&
    save.error.code === 'validation_failed' &&
    Array.isArray(save.error.details)
  ) {
    for (const item of save.error.details as { path?: string; message?: string }[]) {
      const message = item.message ?? '';
      const known = KNOWN_PROBLEMS[message];
      const text = known ? t(`cases.events.problems.${known}`) : message;
      const field = (item.path ?? '').replace(/^body\.?/, '').split('.')[0] ?? '';
      if (field && field in draft && !serverProblems.has(field)) serverProblems.set(field, text);
      else otherProblems.push(item.path ? `${item.path}: ${text}` : text);
    }
  }
  const problem = (field: keyof Draft): string | null => serverProblems.get(field) ?? null;

  const dateFromInvalid = !PARTIAL_DATE.test(draft.dateFrom.trim());
  const dateToInvalid = draft.dateTo.trim() !== '' && !PARTIAL_DATE.test(draft.dateTo.trim());
  const missing = dateFromInvalid || dateToInvalid || !draft.country;

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (missing || save.isPending) return;
    save.mutate();
  }

  const isValidation = save.error instanceof ApiError && save.error.code === 'validation_failed';
  return (
    <FormStack onSubmit={submit}>
      {isValidation ? (
        <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert">
          {t('cases.events.fixFields')}
          {otherProblems.length > 0 && <Text size="sm">{otherProblems.join('; ')}</Text>}
        </Alert>
      ) : save.error instanceof ApiError && save.error.status === 412 ? (
        <Alert color="orange" variant="light" title={t('cases.identity.staleTitle')} role="alert">
          {t('cases.events.stale')}
        </Alert>
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('cases.events.fields.type')}
          data={EVENT_TYPES.map((value) => ({ value, label: t(`cases.events.type.${value}`) }))}
          value={draft.type}
          onChange={(value) => set('type', (value ?? 'Recruitment') as EventType)}
          allowDeselect={false}
          required
          data-autofocus
        />
        <TextInput
          label={t('cases.events.fields.dateFrom')}
          description={t('cases.events.partialDateHelp')}
          value={draft.dateFrom}
          onChange={(e) => set('dateFrom', e.currentTarget.value)}
          error={tried && dateFromInvalid ? t('cases.events.problems.dateFormat') : problem('dateFrom')}
          required
          maxLength={10}
        />
        <TextInput
          label={t('cases.events.fields.dateTo')}
          description={t('cases.events.partialDateHelp')}
          value={draft.dateTo}
          onChange={(e) => set('dateTo', e.currentTarget.value)}
          error={tried && dateToInvalid ? t('cases.events.problems.dateFormat') : problem('dateTo')}
          maxLength={10}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.events.fields.country')}
          data={countryOptions(locale)}
          value={draft.country}
          onChange={(value) => setDraft((d) => ({ ...d, country: value, regionCode: '' }))}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          error={tried && !draft.country ? t('cases.events.problems.needCountry') : problem('country')}
          required
        />
        {havenCountry ? (
          <Select
            label={t('cases.events.fields.region')}
            data={unitOptions(regionUnits.data, locale, ['region'])}
            value={draft.regionCode || null}
            onChange={(value) => set('regionCode', value ?? '')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('common.nothingFound')}
            error={problem('regionCode')}
          />
        ) : (
          <TextInput
            label={t('cases.events.fields.regionIso')}
            description={t('cases.events.regionIsoHelp', { example: `${draft.country ?? 'PL'}-…` })}
            value={draft.regionCode}
            onChange={(e) => set('regionCode', e.currentTarget.value.toUpperCase())}
            error={problem('regionCode')}
            maxLength={6}
          />
        )}
      </SimpleGrid>
      <TextInput
        label={t('cases.events.fields.place')}
        description={t('cases.events.placeHelp')}
        value={draft.place}
        onChange={(e) => set('place', e.currentTarget.value)}
        error={problem('place')}
        maxLength={500}
      />
      {draft.type === 'Recruitment' && (
        <MultiSelect
          label={t('cases.events.fields.recruitmentMethods')}
          data={vocabularyOptions('methodOfRecruitment', MethodOfRecruitment, locale, extension)}
          value={draft.recruitmentMethods}
          onChange={(value) => set('recruitmentMethods', value)}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          error={problem('recruitmentMethods')}
        />
      )}
      <MultiSelect
        label={t('cases.events.fields.apps')}
        data={vocabularyOptions('recruitmentApp', RecruitmentApp, locale, extension)}
        value={draft.apps}
        onChange={(value) => set('apps', value)}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        error={problem('apps')}
      />
      <Select
        label={t('cases.events.fields.relationship')}
        data={vocabularyOptions('relationshipToTrafficker', RelationshipToTrafficker, locale, extension)}
        value={draft.relationshipToTrafficker}
        onChange={(value) => set('relationshipToTrafficker', value)}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        error={problem('relationshipToTrafficker')}
      />
      {draft.type === 'Exploitation' && (
        <>
          <MultiSelect
            label={t('cases.events.fields.exploitationTypes')}
            description={t('cases.events.extensionHelp')}
            data={vocabularyOptions('typeOfExploitation', TypeOfExploitation, locale, extension)}
            value={draft.exploitationTypes}
            onChange={(value) => set('exploitationTypes', value)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            error={problem('exploitationTypes')}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('cases.events.fields.labourIndustry')}
              data={ForcedLabourIndustry.map((value) => ({
                value,
                label: `${value}: ${vocabularyLabel('forcedLabourIndustry', value, locale)}`,
              }))}
              value={draft.labourIndustry}
              onChange={(value) => set('labourIndustry', value)}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              nothingFoundMessage={t('common.nothingFound')}
              error={problem('labourIndustry')}
            />
            <Select
              label={t('cases.events.fields.sexExploitationType')}
              data={vocabularyOptions('typeOfSexExploitation', TypeOfSexExploitation, locale, extension)}
              value={draft.sexExploitationType}
              onChange={(value) => set('sexExploitationType', value)}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              error={problem('sexExploitationType')}
            />
          </SimpleGrid>
        </>
      )}
      <MultiSelect
        label={t('cases.events.fields.controlMethods')}
        data={vocabularyOptions('methodOfControl', MethodOfControl, locale, extension)}
        value={draft.controlMethods}
        onChange={(value) => set('controlMethods', value)}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        error={problem('controlMethods')}
      />
      <NumberInput
        label={t('cases.events.fields.durationDays')}
        value={draft.durationDays}
        onChange={(value) => set('durationDays', typeof value === 'number' ? value : '')}
        min={0}
        max={36500}
        allowDecimal={false}
        allowNegative={false}
        error={problem('durationDays')}
        maw={240}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {event ? t('common.save') : t('cases.events.save')}
        </Button>
      </Group>
    </FormStack>
  );
}
