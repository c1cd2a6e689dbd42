// Identity: the coarse, non-identifying part is shown; names, birth date, documents and contacts stay
// hidden until the worker reveals them, which the server records in the audit log. Edits send the
// version they started from (If-Match); when someone else changed the case meanwhile (412), the latest
// version is loaded and the worker is asked to repeat the change.
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFile,
  caseKeys,
  casesApi,
  type PersonName,
  type SensitiveIdentity,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { fieldError } from '../../components/field-errors.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { AgeAssessmentSection } from './AgeAssessmentSection.tsx';
import { formatDate } from './CaseListPage.tsx';
import { countryOptions, genderOptions, languageOptions, useCaseLabels } from './labels.ts';

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="haven-facts">
      {items.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function IdentityTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const [revealed, setRevealed] = useState<SensitiveIdentity | null>(null);
  const [editing, setEditing] = useState(false);
  const [stale, setStale] = useState(false);
  const reveal = useMutation({ mutationFn: () => casesApi.reveal(file.id), onSuccess: setRevealed });
  const canReveal = file.allowedActions.includes('cases.reveal') && file.fieldGroups.includes('identity');
  const canEdit = file.allowedActions.includes('cases.update');
  const identity = file.identity;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const list = (values: string[], label: (value: string) => string) =>
    values.length ? values.map(label).join(', ') : '—';

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('cases.identity.coarse')}
          </Title>
          {canEdit && (
            <Button
              variant="light"
              onClick={() => {
                setStale(false);
                setEditing(true);
              }}
            >
              {t('cases.identity.edit')}
            </Button>
          )}
        </Group>
        <Facts
          items={[
            [t('cases.fields.gender'), labels.gender(identity.gender)],
            [t('cases.fields.ageBand'), labels.ageBand(file.ageBand)],
            [
              t('cases.identity.birthYears'),
              file.birthYears
                ? file.birthYears.from === file.birthYears.to
                  ? String(file.birthYears.from)
                  : `${file.birthYears.from}–${file.birthYears.to}`
                : t('cases.identity.unknown'),
            ],
            [t('cases.fields.presumedMinor'), yesNo(identity.presumedMinor)],
            [t('cases.fields.unaccompanied'), yesNo(identity.unaccompanied)],
            [t('cases.fields.place'), labels.place(identity.unitCode)],
            [t('cases.fields.citizenships'), list(identity.citizenships, labels.country)],
            [t('cases.fields.stateless'), yesNo(identity.stateless)],
            [t('cases.fields.languages'), list(identity.languages, labels.language)],
            [t('cases.fields.disability'), identity.disability || '—'],
            [t('cases.identity.nameCount'), String(file.nameCount)],
          ]}
        />
      </Stack>
      <AgeAssessmentSection file={file} />
      {canReveal && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('cases.identity.sensitive')}
          </Title>
          {!revealed && (
            <>
              <Text size="sm">{t('cases.identity.revealHelp')}</Text>
              <ErrorAlert error={reveal.error} />
              <Group>
                <Button onClick={() => reveal.mutate()} loading={reveal.isPending}>
                  {t('cases.identity.reveal')}
                </Button>
              </Group>
            </>
          )}
          {revealed && (
            <>
              <RevealedIdentity identity={revealed} />
              <Group>
                <Button variant="default" onClick={() => setRevealed(null)}>
                  {t('cases.identity.hide')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('cases.identity.editTitle', { code: file.code })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {editing && (
          <>
            {stale && (
              <Alert
                color="orange"
                variant="light"
                role="alert"
                mb="md"
                title={t('cases.identity.staleTitle')}
              >
                {t('cases.identity.stale')}
              </Alert>
            )}
            <EditIdentityForm
              key={file.version}
              file={file}
              revealed={revealed}
              onSaved={(names) => {
                if (revealed && names) setRevealed({ ...revealed, names });
                setEditing(false);
              }}
              onStale={() => setStale(true)}
              onCancel={() => setEditing(false)}
            />
          </>
        )}
      </Modal>
    </Stack>
  );
}

function RevealedIdentity({ identity }: { identity: SensitiveIdentity }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const birth = identity.birthDate;
  return (
    <Stack gap="sm" data-testid="revealed-identity">
      <Alert color="blue" variant="light">
        {t('cases.identity.revealedNote')}
      </Alert>
      <TableScroller label={t('cases.identity.namesCaption')} minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Caption className="visually-hidden">{t('cases.identity.namesCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.create.nameKind')}</Table.Th>
              <Table.Th scope="col">{t('cases.fields.givenName')}</Table.Th>
              <Table.Th scope="col">{t('cases.fields.familyName')}</Table.Th>
              <Table.Th scope="col">{t('cases.fields.patronymic')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {identity.names.map((name, index) => (
              <Table.Tr key={`${name.kind}-${index.toString()}`}>
                <Table.Td>{t(`cases.nameKind.${name.kind}`)}</Table.Td>
                <Table.Td>{name.given || '—'}</Table.Td>
                <Table.Td>{name.family || '—'}</Table.Td>
                <Table.Td>{name.patronymic || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
      <Facts
        items={[
          [
            t('cases.fields.birthDate'),
            birth.kind === 'exact'
              ? formatDate(birth.date, labels.locale)
              : birth.kind === 'estimated'
                ? t('cases.identity.estimatedBetween', {
                    from: formatDate(birth.from, labels.locale),
                    to: formatDate(birth.to, labels.locale),
                  })
                : t('cases.identity.unknown'),
          ],
          [
            t('cases.fields.documents'),
            identity.documents.length
              ? identity.documents
                  .map(
                    (doc) =>
                      `${t(`cases.documentType.${doc.type}`)} ${doc.number}${doc.issuingCountry ? ` (${labels.country(doc.issuingCountry)})` : ''}`,
                  )
                  .join('; ')
              : '—',
          ],
          [
            t('cases.fields.contacts'),
            identity.contacts.length
              ? identity.contacts.map((c) => `${t(`cases.contactKind.${c.kind}`)}: ${c.value}`).join('; ')
              : '—',
          ],
          [t('cases.identity.address'), identity.address || '—'],
        ]}
      />
    </Stack>
  );
}

function EditIdentityForm({
  file,
  revealed,
  onSaved,
  onStale,
  onCancel,
}: {
  file: CaseFile;
  revealed: SensitiveIdentity | null;
  onSaved: (names: PersonName[] | null) => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = useCaseLabels();
  const locale = labels.locale;
  const identity = file.identity;
  const [gender, setGender] = useState<string | null>(identity.gender);
  const [unitCode, setUnitCode] = useState<string | null>(identity.unitCode);
  const [presumedMinor, setPresumedMinor] = useState(identity.presumedMinor);
  const [unaccompanied, setUnaccompanied] = useState(identity.unaccompanied);
  const [citizenships, setCitizenships] = useState(identity.citizenships);
  const [stateless, setStateless] = useState(identity.stateless);
  const [languages, setLanguages] = useState(identity.languages);
  const [disability, setDisability] = useState(identity.disability ?? '');
  const [names, setNames] = useState<PersonName[] | null>(revealed ? revealed.names : null);

  const save = useMutation({
    mutationFn: () =>
      casesApi.update(file, {
        identity: {
          gender: gender ?? identity.gender,
          unitCode: unitCode ?? identity.unitCode,
          presumedMinor,
          unaccompanied,
          citizenships,
          stateless,
          languages,
          ...(disability.trim() ? { disability: disability.trim() } : {}),
        },
        ...(names ? { sensitive: { names } } : {}),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.file(file.id), updated);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onSaved(names);
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 412) {
        onStale();
        await queryClient.refetchQueries({ queryKey: caseKeys.file(file.id), exact: true });
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  const stale = save.error instanceof ApiError && save.error.status === 412;

  return (
    <FormStack onSubmit={submit}>
      {!stale && <ErrorAlert error={save.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('cases.fields.gender')}
          data={genderOptions(locale)}
          value={gender}
          onChange={setGender}
          allowDeselect={false}
          data-autofocus
        />
        <Select
          label={t('cases.fields.place')}
          data={(labels.units.data ?? [])
            .filter((unit) => unit.level === 'district' || unit.code === identity.unitCode)
            .map((unit) => ({ value: unit.code, label: labels.place(unit.code) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
          value={unitCode}
          onChange={setUnitCode}
          searchable
          limit={500}
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
        />
      </SimpleGrid>
      <Switch
        label={t('cases.fields.presumedMinor')}
        checked={presumedMinor}
        onChange={(event) => setPresumedMinor(event.currentTarget.checked)}
        error={fieldError(t, save.error, 'identity.presumedMinor')}
      />
      <Switch
        label={t('cases.fields.unaccompanied')}
        checked={unaccompanied}
        onChange={(event) => setUnaccompanied(event.currentTarget.checked)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('cases.fields.citizenships')}
          data={countryOptions(locale)}
          value={citizenships}
          onChange={setCitizenships}
          searchable
          maxValues={5}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <MultiSelect
          label={t('cases.fields.languages')}
          data={languageOptions(locale)}
          value={languages}
          onChange={setLanguages}
          searchable
          maxValues={10}
          nothingFoundMessage={t('common.nothingFound')}
        />
      </SimpleGrid>
      <Switch
        label={t('cases.fields.stateless')}
        checked={stateless}
        onChange={(event) => setStateless(event.currentTarget.checked)}
      />
      <Textarea
        label={t('cases.fields.disability')}
        value={disability}
        onChange={(event) => setDisability(event.currentTarget.value)}
        maxLength={300}
        autosize
        minRows={2}
      />
      {names && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('cases.identity.names')}
          </Title>
          {names.map((name, index) => (
            <SimpleGrid key={`${name.kind}-${index.toString()}`} cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={`${t('cases.fields.givenName')} (${t(`cases.nameKind.${name.kind}`)})`}
                value={name.given}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setNames((list) => list?.map((n, i) => (i === index ? { ...n, given: value } : n)) ?? null);
                }}
              />
              <TextInput
                label={`${t('cases.fields.familyName')} (${t(`cases.nameKind.${name.kind}`)})`}
                value={name.family}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setNames(
                    (list) => list?.map((n, i) => (i === index ? { ...n, family: value } : n)) ?? null,
                  );
                }}
              />
              <TextInput
                label={`${t('cases.fields.patronymic')} (${t(`cases.nameKind.${name.kind}`)})`}
                value={name.patronymic ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setNames(
                    (list) => list?.map((n, i) => (i === index ? { ...n, patronymic: value } : n)) ?? null,
                  );
                }}
              />
            </SimpleGrid>
          ))}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </FormStack>
  );
}
