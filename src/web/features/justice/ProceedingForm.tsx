// Create or edit criminal proceedings: number, articles of the country's code, authority, the child's
// role, legal aid, child-friendly measures used (each dated) and compensation claimed or awarded.
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHILD_ROLES,
  COMPENSATION_KINDS,
  COMPENSATION_SOURCES,
  CURRENCIES,
  PROTECTIVE_MEASURES,
} from '../../../domain/justice/index.ts';
import { newIdempotencyKey } from '../../api/cases.ts';
import {
  type ChildRole,
  type Compensation,
  justiceApi,
  justiceKey,
  type Measure,
  type Proceeding,
  type ProceedingFields,
} from '../../api/justice.ts';
import { useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useJusticeLabels } from './labels.ts';

const today = () => new Date().toISOString().slice(0, 10);
const DEFAULT_CURRENCY = { UA: 'UAH', MD: 'MDL', BY: 'BYN' } as const;

export function ProceedingForm({
  caseId,
  proceeding,
  onDone,
}: {
  caseId: string;
  proceeding?: Proceeding;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJusticeLabels();
  const agencies = useAgencies();
  const queryClient = useQueryClient();
  const [number, setNumber] = useState(proceeding?.number ?? '');
  const [articles, setArticles] = useState<string[]>(proceeding?.articles ?? []);
  const [agencyId, setAgencyId] = useState<string | null>(proceeding?.authorityAgencyId ?? null);
  const [authorityName, setAuthorityName] = useState(proceeding?.authorityName ?? '');
  const [childRole, setChildRole] = useState<ChildRole>(proceeding?.childRole ?? 'victim');
  const [stage, setStage] = useState<'report' | 'investigation'>('report');
  const [openedOn, setOpenedOn] = useState(proceeding?.openedOn ?? today());
  const [withLegalAid, setWithLegalAid] = useState(Boolean(proceeding?.legalAid));
  const [legalAidProvider, setLegalAidProvider] = useState(proceeding?.legalAid?.provider ?? '');
  const [legalAidFrom, setLegalAidFrom] = useState(proceeding?.legalAid?.from ?? today());
  const [measures, setMeasures] = useState<Measure[]>(proceeding?.measures ?? []);
  const [compensation, setCompensation] = useState<Compensation[]>(proceeding?.compensation ?? []);
  const key = useRef(newIdempotencyKey('proceeding'));
  const fields = (): ProceedingFields => ({
    number: number.trim() || null,
    articles,
    authorityAgencyId: agencyId,
    authorityName: authorityName.trim() || null,
    childRole,
    legalAid: withLegalAid ? { provider: legalAidProvider.trim(), from: legalAidFrom } : null,
    measures,
    compensation,
  });
  const save = useMutation({
    mutationFn: () =>
      proceeding
        ? justiceApi.updateProceeding(caseId, proceeding, fields())
        : justiceApi.createProceeding(caseId, { ...fields(), stage, openedOn }, key.current),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: justiceKey(caseId) });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  const currency = DEFAULT_CURRENCY[labels.country] ?? 'EUR';
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('justice.fields.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
          />
          <MultiSelect
            label={t('justice.fields.articles')}
            description={t('justice.fields.articlesHelp')}
            data={labels.articles.map((a) => ({
              value: a.article,
              label: `${a.article} — ${a.label[labels.locale]}${a.verify ? ` (${t('justice.fields.verify')})` : ''}`,
            }))}
            value={articles}
            onChange={setArticles}
            searchable
          />
          <Select
            label={t('justice.fields.authorityAgency')}
            data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
            value={agencyId}
            onChange={setAgencyId}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            nothingFoundMessage={t('common.nothingFound')}
          />
          <TextInput
            label={t('justice.fields.authorityName')}
            value={authorityName}
            onChange={(e) => setAuthorityName(e.currentTarget.value)}
          />
          <Select
            label={t('justice.fields.childRole')}
            data={CHILD_ROLES.map((value) => ({ value, label: labels.childRole(value) }))}
            value={childRole}
            onChange={(value) => setChildRole((value ?? 'victim') as ChildRole)}
            allowDeselect={false}
            required
          />
          {!proceeding && (
            <>
              <Select
                label={t('justice.fields.firstStage')}
                data={(['report', 'investigation'] as const).map((value) => ({
                  value,
                  label: labels.stage(value),
                }))}
                value={stage}
                onChange={(value) => setStage((value ?? 'report') as 'report' | 'investigation')}
                allowDeselect={false}
              />
              <TextInput
                type="date"
                label={t('justice.fields.openedOn')}
                value={openedOn}
                onChange={(e) => setOpenedOn(e.currentTarget.value)}
                required
              />
            </>
          )}
        </SimpleGrid>
        <Checkbox
          label={t('justice.fields.hasLegalAid')}
          checked={withLegalAid}
          onChange={(e) => setWithLegalAid(e.currentTarget.checked)}
        />
        {withLegalAid && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('justice.fields.legalAidProvider')}
              value={legalAidProvider}
              onChange={(e) => setLegalAidProvider(e.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('justice.fields.legalAidFrom')}
              value={legalAidFrom}
              onChange={(e) => setLegalAidFrom(e.currentTarget.value)}
              required
            />
          </SimpleGrid>
        )}
        <fieldset className="haven-fieldset">
          <legend>{t('justice.fields.measures')}</legend>
          <Stack gap="xs">
            {measures.length === 0 && <Text size="sm">{t('justice.measures.none')}</Text>}
            {measures.map((m, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of an unsaved list, edited in place.
              <Group key={index} align="flex-end" wrap="wrap">
                <Select
                  label={t('justice.measures.measure', { n: index + 1 })}
                  data={PROTECTIVE_MEASURES.map((value) => ({ value, label: labels.measure(value) }))}
                  value={m.measure}
                  onChange={(value) =>
                    value &&
                    setMeasures(
                      measures.map((x, i) =>
                        i === index ? { ...x, measure: value as Measure['measure'] } : x,
                      ),
                    )
                  }
                  allowDeselect={false}
                  miw={280}
                />
                <TextInput
                  type="date"
                  label={t('justice.measures.on', { n: index + 1 })}
                  value={m.on}
                  onChange={(e) => {
                    const on = e.currentTarget.value;
                    setMeasures(measures.map((x, i) => (i === index ? { ...x, on } : x)));
                  }}
                  required
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('justice.measures.remove', { n: index + 1 })}
                  onClick={() => setMeasures(measures.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              onClick={() =>
                setMeasures([...measures, { measure: 'specialised-interview-room', on: today() }])
              }
            >
              {t('justice.measures.add')}
            </Button>
          </Stack>
        </fieldset>
        <fieldset className="haven-fieldset">
          <legend>{t('justice.compensation.caption')}</legend>
          <Stack gap="xs">
            {compensation.map((c, index) => {
              const change = (patch: Partial<Compensation>) =>
                setCompensation(compensation.map((x, i) => (i === index ? { ...x, ...patch } : x)));
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of an unsaved list, edited in place.
                <Group key={index} align="flex-end" wrap="wrap">
                  <Select
                    label={t('justice.compensation.kind')}
                    data={COMPENSATION_KINDS.map((value) => ({
                      value,
                      label: t(`justice.compensation.kinds.${value}`),
                    }))}
                    value={c.kind}
                    onChange={(value) => value && change({ kind: value as Compensation['kind'] })}
                    allowDeselect={false}
                    w={150}
                  />
                  <Select
                    label={t('justice.compensation.source')}
                    data={COMPENSATION_SOURCES.map((value) => ({
                      value,
                      label: t(`justice.compensation.sources.${value}`),
                    }))}
                    value={c.source}
                    onChange={(value) => value && change({ source: value as Compensation['source'] })}
                    allowDeselect={false}
                    w={190}
                  />
                  <NumberInput
                    label={t('justice.compensation.amount')}
                    value={c.amount}
                    onChange={(value) =>
                      change({ amount: typeof value === 'number' ? value : Number(value) || 0 })
                    }
                    min={0}
                    decimalScale={2}
                    w={150}
                  />
                  <Select
                    label={t('justice.compensation.currency')}
                    data={[...CURRENCIES]}
                    value={c.currency}
                    onChange={(value) => value && change({ currency: value as Compensation['currency'] })}
                    allowDeselect={false}
                    w={100}
                  />
                  <TextInput
                    type="date"
                    label={t('justice.compensation.on')}
                    value={c.on ?? ''}
                    onChange={(e) => change({ on: e.currentTarget.value || null })}
                  />
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('justice.compensation.remove', { n: index + 1 })}
                    onClick={() => setCompensation(compensation.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              );
            })}
            <Button
              variant="light"
              size="xs"
              w="fit-content"
              onClick={() =>
                setCompensation([
                  ...compensation,
                  { kind: 'claimed', source: 'perpetrator', amount: 0, currency, on: null },
                ])
              }
            >
              {t('justice.compensation.add')}
            </Button>
          </Stack>
        </fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('justice.proceedings.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
