// Opening a case. A child may be met at a police station at night, so the first step asks only for the
// minimum (a name or alias, an approximate age, gender, place, presumed minor, unaccompanied); details
// are optional; before saving, the server's duplicate check shows possible existing cases of the same
// child (codes and agreeing fields, never names) and the worker decides. One Idempotency-Key per body
// means a double click or a retry never opens two cases.
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BirthDate,
  CONTACT_KINDS,
  type Contact,
  type ContactKind,
  casesApi,
  DOCUMENT_TYPES,
  type DocumentType,
  type DuplicateCandidate,
  type DuplicateFinding,
  type IdentityDocument,
  NAME_KINDS,
  type NameKind,
  type NewCase,
  type PersonName,
} from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldError } from '../../components/field-errors.ts';
import { FormStack } from '../../components/FormStack.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { countryOptions, genderOptions, languageOptions, useCaseLabels } from './labels.ts';

type BirthKind = BirthDate['kind'];

/** A birth-date range for "about N years old": born between N+1 years ago (plus a day) and N years ago. */
export function rangeForAge(age: number, today = new Date()): { from: string; to: string } {
  const shift = (years: number, days: number) => {
    const date = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };
  return { from: shift(age + 1, 1), to: shift(age, 0) };
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `case-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const emptyName = (kind: NameKind): PersonName => ({ given: '', family: '', patronymic: '', kind });

export function CaseCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.create.title'));
  const navigate = useNavigate();
  const labels = useCaseLabels();
  const locale = labels.locale;

  const [step, setStep] = useState(0);
  const [tried, setTried] = useState(false);
  const [primary, setPrimary] = useState<PersonName>(emptyName('original'));
  const [birthKind, setBirthKind] = useState<BirthKind>('estimated');
  const [exactDate, setExactDate] = useState('');
  const [age, setAge] = useState<number | string>('');
  const [gender, setGender] = useState<string | null>(null);
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [presumedMinor, setPresumedMinor] = useState(true);
  const [ageDisputed, setAgeDisputed] = useState(false);
  // A save refused for the birth date or the presumption of minority: shown under those fields (step 1).
  const [refusal, setRefusal] = useState<unknown>(null);
  const birthRefusal = fieldError(t, refusal, 'sensitive.birthDate');
  const presumptionRefusal = fieldError(t, refusal, 'identity.presumedMinor');
  const [unaccompanied, setUnaccompanied] = useState(false);
  const [otherNames, setOtherNames] = useState<PersonName[]>([]);
  const [citizenships, setCitizenships] = useState<string[]>([]);
  const [stateless, setStateless] = useState(false);
  const [languages, setLanguages] = useState<string[]>([]);
  const [documents, setDocuments] = useState<IdentityDocument[]>([]);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [disability, setDisability] = useState('');

  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows each change of step
  useEffect(() => {
    // Move focus to the new step's heading so keyboard and screen-reader users know where they are.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const ageNumber = typeof age === 'number' ? age : Number.NaN;
  const problems = {
    name: !primary.given.trim() && !primary.family.trim() ? t('cases.create.needName') : null,
    birth:
      birthKind === 'exact' && !/^\d{4}-\d{2}-\d{2}$/.test(exactDate)
        ? t('cases.create.needDate')
        : birthKind === 'estimated' && !(ageNumber >= 0 && ageNumber <= 30)
          ? t('cases.create.needAge')
          : null,
    gender: gender ? null : t('cases.create.needGender'),
    place: unitCode ? null : t('cases.create.needPlace'),
  };
  const essentialsValid = Object.values(problems).every((problem) => problem === null);

  function buildCase(): NewCase {
    const clean = (name: PersonName): PersonName => ({
      given: name.given.trim(),
      family: name.family.trim(),
      ...(name.patronymic?.trim() ? { patronymic: name.patronymic.trim() } : {}),
      kind: name.kind,
    });
    const birthDate: BirthDate =
      birthKind === 'exact'
        ? { kind: 'exact', date: exactDate }
        : birthKind === 'estimated'
          ? { kind: 'estimated', ...rangeForAge(ageNumber) }
          : { kind: 'unknown' };
    return {
      sensitive: {
        names: [primary, ...otherNames].map(clean).filter((name) => name.given || name.family),
        birthDate,
        documents: documents
          .filter((doc) => doc.number.trim())
          .map((doc) => ({
            type: doc.type,
            number: doc.number.trim(),
            ...(doc.issuingCountry ? { issuingCountry: doc.issuingCountry } : {}),
          })),
        contacts: contacts
          .filter((contact) => contact.value.trim())
          .map((c) => ({ kind: c.kind, value: c.value.trim() })),
      },
      identity: {
        gender: gender ?? 'NonSpecifiedUnknown',
        presumedMinor,
        ...(birthKind === 'exact' && ageDisputed ? { ageDisputed: true } : {}),
        citizenships,
        stateless,
        languages,
        ...(disability.trim() ? { disability: disability.trim() } : {}),
        unitCode: unitCode ?? '',
        unaccompanied,
      },
    };
  }

  function next(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setRefusal(null);
    if (!essentialsValid) {
      setStep(0);
      return;
    }
    setStep((current) => Math.min(current + 1, 2));
  }

  const districtOptions = (labels.units.data ?? [])
    .filter((unit) => unit.level === 'district')
    .map((unit) => ({ value: unit.code, label: labels.place(unit.code) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <Stack gap="md">
      <Title order={1}>{t('cases.create.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm" mb="lg">
          <Stepper.Step label={t('cases.create.stepEssentials')} />
          <Stepper.Step label={t('cases.create.stepDetails')} />
          <Stepper.Step label={t('cases.create.stepReview')} />
        </Stepper>
        <Title order={2} size="h3" ref={stepHeading} tabIndex={-1} mb="xs">
          {t('cases.create.stepOf', {
            step: step + 1,
            total: 3,
            name: [
              t('cases.create.stepEssentials'),
              t('cases.create.stepDetails'),
              t('cases.create.stepReview'),
            ][step],
          })}
        </Title>
        {step === 0 && (
          <FormStack onSubmit={next}>
            <Text size="sm" c="dimmed">
              {t('cases.create.essentialsHelp')}
            </Text>
            <NameFields
              name={primary}
              onChange={setPrimary}
              error={tried ? problems.name : null}
              legend={t('cases.create.nameLegend')}
            />
            <Radio.Group
              label={t('cases.create.birthLegend')}
              value={birthKind}
              onChange={(value) => setBirthKind(value as BirthKind)}
            >
              <Group mt="xs">
                <Radio value="exact" label={t('cases.create.birthExact')} />
                <Radio value="estimated" label={t('cases.create.birthEstimated')} />
                <Radio value="unknown" label={t('cases.create.birthUnknown')} />
              </Group>
            </Radio.Group>
            {birthKind === 'exact' && (
              <TextInput
                type="date"
                label={t('cases.fields.birthDate')}
                value={exactDate}
                onChange={(event) => setExactDate(event.currentTarget.value)}
                error={(tried ? problems.birth : null) ?? birthRefusal}
                maw={240}
                required
              />
            )}
            {birthKind === 'estimated' && (
              <NumberInput
                label={t('cases.create.approxAge')}
                description={t('cases.create.approxAgeHelp')}
                value={age}
                onChange={setAge}
                min={0}
                max={30}
                allowDecimal={false}
                error={(tried ? problems.birth : null) ?? birthRefusal}
                maw={240}
                required
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('cases.fields.gender')}
                data={genderOptions(locale)}
                value={gender}
                onChange={setGender}
                error={tried ? problems.gender : null}
                required
              />
              <Select
                label={t('cases.fields.place')}
                description={t('cases.create.placeHelp')}
                data={districtOptions}
                value={unitCode}
                onChange={setUnitCode}
                searchable
                limit={500}
                nothingFoundMessage={t('common.nothingFound')}
                error={tried ? problems.place : null}
                required
              />
            </SimpleGrid>
            <Switch
              label={t('cases.fields.presumedMinor')}
              description={t('cases.create.presumedMinorHelp')}
              checked={presumedMinor}
              onChange={(event) => setPresumedMinor(event.currentTarget.checked)}
              error={presumptionRefusal}
            />
            {birthKind === 'exact' && (
              <Switch
                label={t('child.ageDisputed')}
                description={t('child.ageDisputedHelp')}
                checked={ageDisputed}
                onChange={(event) => setAgeDisputed(event.currentTarget.checked)}
              />
            )}
            <Switch
              label={t('cases.fields.unaccompanied')}
              description={t('cases.create.unaccompaniedHelp')}
              checked={unaccompanied}
              onChange={(event) => setUnaccompanied(event.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button type="submit">{t('cases.create.next')}</Button>
            </Group>
          </FormStack>
        )}
        {step === 1 && (
          <FormStack onSubmit={next}>
            <Text size="sm" c="dimmed">
              {t('cases.create.detailsHelp')}
            </Text>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('cases.create.otherNames')}
              </Title>
              {otherNames.map((name, index) => (
                <Group key={`name-${index.toString()}`} align="flex-end" wrap="nowrap">
                  <NameFields
                    name={name}
                    onChange={(changed) =>
                      setOtherNames((list) => list.map((item, i) => (i === index ? changed : item)))
                    }
                    legend={t('cases.create.otherNameN', { n: index + 2 })}
                    withKind
                  />
                  <RemoveButton onClick={() => setOtherNames((list) => list.filter((_, i) => i !== index))} />
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => setOtherNames((list) => [...list, emptyName('latin')])}
                >
                  {t('cases.create.addName')}
                </Button>
              </Group>
            </Stack>
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
            <Checkbox
              label={t('cases.fields.stateless')}
              checked={stateless}
              onChange={(event) => setStateless(event.currentTarget.checked)}
            />
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('cases.fields.documents')}
              </Title>
              {documents.map((doc, index) => (
                <Group key={`doc-${index.toString()}`} align="flex-end" wrap="nowrap">
                  <Select
                    label={t('cases.create.documentType')}
                    data={DOCUMENT_TYPES.map((value) => ({ value, label: t(`cases.documentType.${value}`) }))}
                    value={doc.type}
                    allowDeselect={false}
                    onChange={(value) =>
                      setDocuments((list) =>
                        list.map((item, i) =>
                          i === index ? { ...item, type: value as DocumentType } : item,
                        ),
                      )
                    }
                  />
                  <TextInput
                    label={t('cases.create.documentNumber')}
                    value={doc.number}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setDocuments((list) =>
                        list.map((item, i) => (i === index ? { ...item, number: value } : item)),
                      );
                    }}
                  />
                  <Select
                    label={t('cases.create.issuingCountry')}
                    data={countryOptions(locale)}
                    value={doc.issuingCountry ?? null}
                    searchable
                    clearable
                    clearButtonProps={{ 'aria-label': t('common.clear') }}
                    nothingFoundMessage={t('common.nothingFound')}
                    onChange={(value) =>
                      setDocuments((list) =>
                        list.map((item, i) =>
                          i === index ? { ...item, issuingCountry: value ?? undefined } : item,
                        ),
                      )
                    }
                  />
                  <RemoveButton onClick={() => setDocuments((list) => list.filter((_, i) => i !== index))} />
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => setDocuments((list) => [...list, { type: 'passport', number: '' }])}
                >
                  {t('cases.create.addDocument')}
                </Button>
              </Group>
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('cases.fields.contacts')}
              </Title>
              {contacts.map((contact, index) => (
                <Group key={`contact-${index.toString()}`} align="flex-end" wrap="nowrap">
                  <Select
                    label={t('cases.create.contactKind')}
                    data={CONTACT_KINDS.map((value) => ({ value, label: t(`cases.contactKind.${value}`) }))}
                    value={contact.kind}
                    allowDeselect={false}
                    onChange={(value) =>
                      setContacts((list) =>
                        list.map((item, i) => (i === index ? { ...item, kind: value as ContactKind } : item)),
                      )
                    }
                  />
                  <TextInput
                    label={t('cases.create.contactValue')}
                    value={contact.value}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setContacts((list) => list.map((item, i) => (i === index ? { ...item, value } : item)));
                    }}
                  />
                  <RemoveButton onClick={() => setContacts((list) => list.filter((_, i) => i !== index))} />
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  onClick={() => setContacts((list) => [...list, { kind: 'phone', value: '' }])}
                >
                  {t('cases.create.addContact')}
                </Button>
              </Group>
            </Stack>
            <Textarea
              label={t('cases.fields.disability')}
              value={disability}
              onChange={(event) => setDisability(event.currentTarget.value)}
              maxLength={300}
              autosize
              minRows={2}
            />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('cases.create.back')}
              </Button>
              <Button type="submit">{t('cases.create.toReview')}</Button>
            </Group>
          </FormStack>
        )}
        {step === 2 && (
          <ReviewStep
            body={buildCase()}
            onBack={() => setStep(1)}
            onCreated={(id) => void navigate({ to: '/cases/$id', params: { id } })}
            onFieldRefusal={(error) => {
              setRefusal(error);
              setStep(0);
            }}
          />
        )}
      </Paper>
    </Stack>
  );
}

function RemoveButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      mb={4}
      onClick={onClick}
      aria-label={t('cases.create.remove')}
    >
      <span aria-hidden="true">✕</span>
    </ActionIcon>
  );
}

function NameFields({
  name,
  onChange,
  error,
  legend,
  withKind,
}: {
  name: PersonName;
  onChange: (name: PersonName) => void;
  error?: string | null;
  legend: string;
  withKind?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="haven-fieldset">
      <legend>{legend}</legend>
      <SimpleGrid cols={{ base: 1, sm: withKind ? 4 : 3 }} spacing="sm">
        <TextInput
          label={t('cases.fields.givenName')}
          value={name.given}
          onChange={(event) => onChange({ ...name, given: event.currentTarget.value })}
          error={error}
          autoComplete="off"
        />
        <TextInput
          label={t('cases.fields.familyName')}
          value={name.family}
          onChange={(event) => onChange({ ...name, family: event.currentTarget.value })}
          autoComplete="off"
        />
        <TextInput
          label={t('cases.fields.patronymic')}
          value={name.patronymic ?? ''}
          onChange={(event) => onChange({ ...name, patronymic: event.currentTarget.value })}
          autoComplete="off"
        />
        {withKind && (
          <Select
            label={t('cases.create.nameKind')}
            data={NAME_KINDS.map((value) => ({ value, label: t(`cases.nameKind.${value}`) }))}
            value={name.kind}
            allowDeselect={false}
            onChange={(value) => onChange({ ...name, kind: (value ?? 'alias') as NameKind })}
          />
        )}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={4}>
        {t('cases.create.nameHelp')}
      </Text>
    </fieldset>
  );
}

function ReviewStep({
  body,
  onBack,
  onCreated,
  onFieldRefusal,
}: {
  body: NewCase;
  onBack: () => void;
  onCreated: (id: string) => void;
  /** The birth date or the presumption was refused: back to the first step, message under the field. */
  onFieldRefusal: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const bodyJson = JSON.stringify(body);
  const check = useMutation({ mutationFn: () => casesApi.duplicateCheck(body) });
  // One key per distinct request body: the same click twice is one case; a changed body is a new request.
  const keys = useRef(new Map<string, string>());
  const keyFor = (json: string) => {
    let key = keys.current.get(json);
    if (!key) {
      key = randomKey();
      keys.current.set(json, key);
    }
    return key;
  };
  const [serverFinding, setServerFinding] = useState<DuplicateFinding | null>(null);
  const save = useMutation({
    mutationFn: (reviewed: boolean) => {
      const final: NewCase = reviewed ? { ...body, duplicatesReviewed: true } : body;
      return casesApi.create(final, keyFor(JSON.stringify(final)));
    },
    onSuccess: (created) => onCreated(created.id),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'possible_duplicates' && isFinding(error.details))
        setServerFinding(error.details);
      if (
        error instanceof ApiError &&
        error.code === 'validation_failed' &&
        Array.isArray(error.details) &&
        (error.details as { path?: string }[]).some((d) =>
          ['body.sensitive.birthDate', 'body.identity.presumedMinor'].includes(d.path ?? ''),
        )
      )
        onFieldRefusal(error);
    },
  });

  const runCheck = check.mutate;
  // biome-ignore lint/correctness/useExhaustiveDependencies: run the check once per distinct body
  useEffect(() => {
    runCheck();
  }, [bodyJson, runCheck]);

  const finding = serverFinding ?? check.data;
  const candidates = finding?.candidates ?? [];
  const outsideReach = finding?.possibleMatchOutsideReach === true;
  // A match outside reach also needs the worker's confirmation that this is a different child.
  const needsConfirmation = candidates.length > 0 || outsideReach;
  const checked = check.isSuccess || serverFinding !== null;
  const saveError =
    save.error instanceof ApiError && save.error.code === 'possible_duplicates' ? null : save.error;

  return (
    <Stack gap="md">
      <Text size="sm">{t('cases.create.reviewHelp')}</Text>
      <ErrorAlert error={check.error} />
      {check.isPending && serverFinding === null && <Text role="status">{t('cases.create.checking')}</Text>}
      {checked && outsideReach && (
        <Alert color="orange" variant="light" title={t('breakGlass.duplicates.outsideTitle')} role="status">
          {t('breakGlass.duplicates.outside')}
        </Alert>
      )}
      {checked && !needsConfirmation && (
        <Alert color="green" variant="light" title={t('cases.create.noDuplicatesTitle')} role="status">
          {t('cases.create.noDuplicates')}
        </Alert>
      )}
      {checked && candidates.length > 0 && (
        <>
          <Alert
            color="orange"
            variant="light"
            title={t('cases.create.duplicatesTitle', { count: candidates.length })}
          >
            {t('cases.create.duplicatesHelp')}
          </Alert>
          <DuplicateTable candidates={candidates} />
        </>
      )}
      <ErrorAlert error={saveError} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('cases.create.back')}
        </Button>
        {checked && (
          <Button
            loading={save.isPending}
            onClick={() => {
              if (!save.isPending) save.mutate(needsConfirmation);
            }}
          >
            {needsConfirmation ? t('cases.create.differentChild') : t('cases.create.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

function isFinding(details: unknown): details is DuplicateFinding {
  return (
    typeof details === 'object' && details !== null && Array.isArray((details as DuplicateFinding).candidates)
  );
}

function DuplicateTable({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <TableScroller label={t('cases.create.duplicatesCaption')} minWidth={760}>
      <Table striped verticalSpacing="sm">
        <Table.Caption className="visually-hidden">{t('cases.create.duplicatesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('cases.create.score')}</Table.Th>
            <Table.Th scope="col">{t('cases.create.agreed')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.ageBand')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.place')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('cases.create.openExisting')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((candidate) => {
            const agreed = candidate.agreements.filter(
              (item) => item.outcome !== 'missing' && item.outcome !== 'disagree',
            );
            return (
              <Table.Tr key={candidate.caseId}>
                <Table.Td ff="monospace" fw={600}>
                  {candidate.code}
                </Table.Td>
                <Table.Td>
                  {t('cases.create.scoreValue', {
                    percent: Math.round(candidate.score * 100),
                    classification: t(`cases.create.classification.${candidate.classification}`),
                  })}
                </Table.Td>
                <Table.Td>
                  {agreed.length === 0
                    ? '—'
                    : agreed
                        .map(
                          (item) =>
                            `${t(`cases.match.field.${item.field}`, { defaultValue: item.field })} (${t(
                              `cases.match.outcome.${item.outcome}`,
                              { defaultValue: item.outcome },
                            )})`,
                        )
                        .join(', ')}
                </Table.Td>
                <Table.Td>{labels.ageBand(candidate.ageBand)}</Table.Td>
                <Table.Td>{labels.place(candidate.unitCode)}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/cases/$id" params={{ id: candidate.caseId }}>
                    {t('cases.create.openCase', { code: candidate.code })}
                  </AnchorLink>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}
