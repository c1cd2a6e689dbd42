// Create or edit a service. Edits send the version the form was opened with (If-Match); the server
// checks the rules (free places within capacity, units of this country) and answers with field paths.
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../domain/languages.ts';
import { Gender, TypeOfExploitation } from '../../../domain/vocabularies/index.ts';
import {
  directoryApi,
  directoryKeys,
  type OpeningInterval,
  type Service,
  type ServiceInput,
  type ServiceKind,
} from '../../api/directory.ts';
import { unitOptions, useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useMe } from '../../session/session.ts';
import { useDirectoryLabels, weekdayName } from './labels.ts';

interface Props {
  service: Service | null;
  opened: boolean;
  onClose: () => void;
}

export function ServiceFormModal({ service, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={
        service ? t('directory.form.editTitle', { name: service.name }) : t('directory.form.createTitle')
      }
      size="xl"
    >
      {opened && <ServiceForm key={service?.id ?? 'new'} service={service} onDone={onClose} />}
    </Modal>
  );
}

const WORKDAYS: OpeningInterval[] = [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' }));

const toNumber = (value: number | string): number | null => (typeof value === 'number' ? value : null);

function ServiceForm({ service, onDone }: { service: Service | null; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useDirectoryLabels();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const idempotencyKey = useRef(crypto.randomUUID());
  const countryWide = me.roles.some(
    (grant) => (grant.role === 'coordinator' || grant.role === 'admin') && grant.scope === 'country',
  );
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState<string | null>(service?.agencyId ?? me.user.agencyId);
  const [kind, setKind] = useState<string | null>(service?.kind ?? null);
  const [name, setName] = useState(service?.name ?? '');
  const [description, setDescription] = useState(service?.description ?? '');
  const [ageMin, setAgeMin] = useState<number | string>(service?.eligibility.ageMin ?? '');
  const [ageMax, setAgeMax] = useState<number | string>(service?.eligibility.ageMax ?? '');
  const [genders, setGenders] = useState<string[]>(service?.eligibility.genders ?? []);
  const [exploitation, setExploitation] = useState<string[]>(service?.eligibility.exploitationTypes ?? []);
  const [languages, setLanguages] = useState<string[]>(service?.languages ?? []);
  const [units, setUnits] = useState<string[]>(service?.units ?? []);
  const [alwaysOpen, setAlwaysOpen] = useState(service?.openingHours.alwaysOpen ?? false);
  const [weekly, setWeekly] = useState<OpeningInterval[]>(service?.openingHours.weekly ?? WORKDAYS);
  const [countsPlaces, setCountsPlaces] = useState(service ? service.capacity !== null : false);
  const [capacity, setCapacity] = useState<number | string>(service?.capacity ?? '');
  const [freePlaces, setFreePlaces] = useState<number | string>(service?.freePlaces ?? '');
  const [standard, setStandard] = useState(service?.accreditation?.standard ?? '');
  const [number, setNumber] = useState(service?.accreditation?.number ?? '');
  const [validUntil, setValidUntil] = useState(service?.accreditation?.validUntil ?? '');
  const [phone, setPhone] = useState(service?.contacts.phone ?? '');
  const [email, setEmail] = useState(service?.contacts.email ?? '');
  const [active, setActive] = useState(service ? service.status === 'active' : true);

  const input = (): ServiceInput => ({
    ...(!service && agencyId ? { agencyId } : {}),
    kind: (kind ?? '') as ServiceKind,
    name: name.trim(),
    description: description.trim(),
    eligibility: {
      ageMin: toNumber(ageMin),
      ageMax: toNumber(ageMax),
      genders,
      exploitationTypes: exploitation,
    },
    languages,
    units,
    openingHours: { alwaysOpen, weekly: alwaysOpen ? [] : weekly },
    capacity: countsPlaces ? toNumber(capacity) : null,
    freePlaces: countsPlaces ? toNumber(freePlaces) : null,
    accreditation: standard.trim()
      ? { standard: standard.trim(), number: number.trim() || null, validUntil: validUntil || null }
      : null,
    contacts: { phone: phone.trim() || null, email: email.trim() || null },
    status: active ? 'active' : 'inactive',
  });

  const save = useMutation({
    mutationFn: () => {
      if (service) {
        const { agencyId: _ignored, ...changes } = input();
        return directoryApi.update(service, changes);
      }
      return directoryApi.create(input(), idempotencyKey.current);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: directoryKeys.all });
      onDone();
      if (!service) void navigate({ to: '/services/$id', params: { id: saved.id } });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  const setSlot = (index: number, change: Partial<OpeningInterval>) =>
    setWeekly((slots) => slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  const dayOptions = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: weekdayName(day, labels.locale, 'long'),
  }));

  return (
    <FormStack onSubmit={submit}>
      <ErrorAlert error={save.error} />
      {!service && countryWide && (
        <Select
          label={t('directory.field.agency')}
          data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
          value={agencyId}
          onChange={setAgencyId}
          searchable
          required
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('directory.field.kind')}
          data={labels.kindOptions()}
          value={kind}
          onChange={setKind}
          searchable
          required
        />
        <TextInput
          label={t('directory.field.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
      </SimpleGrid>
      <Textarea
        label={t('directory.field.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <MultiSelect
        label={t('directory.field.units')}
        description={t('directory.form.unitsHelp')}
        data={unitOptions(labels.units.data, labels.locale, ['country', 'region', 'district'])}
        value={units}
        onChange={setUnits}
        searchable
        required
      />
      <Fieldset legend={t('directory.form.eligibility')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('directory.field.ageMin')}
            min={0}
            max={25}
            value={ageMin}
            onChange={setAgeMin}
          />
          <NumberInput
            label={t('directory.field.ageMax')}
            min={0}
            max={25}
            value={ageMax}
            onChange={setAgeMax}
          />
          <MultiSelect
            label={t('directory.field.genders')}
            description={t('directory.form.emptyMeansAll')}
            data={Gender.map((value) => ({ value, label: labels.gender(value) }))}
            value={genders}
            onChange={setGenders}
          />
          <MultiSelect
            label={t('directory.field.exploitationTypes')}
            description={t('directory.form.emptyMeansAll')}
            data={TypeOfExploitation.map((value) => ({ value, label: labels.exploitation(value) }))}
            value={exploitation}
            onChange={setExploitation}
          />
        </SimpleGrid>
      </Fieldset>
      <MultiSelect
        label={t('directory.field.languages')}
        data={LANGUAGES.map((item) => ({ value: item.code, label: item.names[labels.locale] }))}
        value={languages}
        onChange={setLanguages}
        searchable
      />
      <Fieldset legend={t('directory.field.hours')}>
        <Switch
          label={t('directory.hours.always')}
          checked={alwaysOpen}
          onChange={(e) => setAlwaysOpen(e.currentTarget.checked)}
          mb="sm"
        />
        {!alwaysOpen &&
          weekly.map((slot, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
            <Group key={index} align="flex-end" gap="xs" mb="xs">
              <Select
                label={t('directory.form.day')}
                data={dayOptions}
                value={String(slot.day)}
                onChange={(value) => setSlot(index, { day: Number(value ?? slot.day) })}
                w={160}
              />
              <TextInput
                type="time"
                label={t('directory.form.opens')}
                value={slot.opens}
                onChange={(e) => setSlot(index, { opens: e.currentTarget.value })}
              />
              <TextInput
                label={t('directory.form.closes')}
                description={t('directory.form.closesHelp')}
                value={slot.closes}
                onChange={(e) => setSlot(index, { closes: e.currentTarget.value })}
                w={120}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('directory.form.removeSlot', {
                  day: weekdayName(slot.day, labels.locale, 'long'),
                })}
                onClick={() => setWeekly((slots) => slots.filter((_, i) => i !== index))}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        {!alwaysOpen && (
          <Group gap="xs">
            <Button
              variant="light"
              size="xs"
              onClick={() => setWeekly((slots) => [...slots, { day: 6, opens: '09:00', closes: '14:00' }])}
            >
              {t('directory.form.addSlot')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setWeekly(WORKDAYS)}>
              {t('directory.form.workdays')}
            </Button>
          </Group>
        )}
      </Fieldset>
      <Fieldset legend={t('directory.form.places')}>
        <Switch
          label={t('directory.form.countsPlaces')}
          checked={countsPlaces}
          onChange={(e) => setCountsPlaces(e.currentTarget.checked)}
          mb="sm"
        />
        {countsPlaces && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('directory.field.capacity')}
              min={0}
              value={capacity}
              onChange={setCapacity}
            />
            <NumberInput
              label={t('directory.field.freePlaces')}
              min={0}
              value={freePlaces}
              onChange={setFreePlaces}
            />
          </SimpleGrid>
        )}
      </Fieldset>
      <Fieldset legend={t('directory.form.accreditation')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('directory.field.standard')}
            description={t('directory.form.standardHelp')}
            value={standard}
            onChange={(e) => setStandard(e.currentTarget.value)}
          />
          <TextInput
            label={t('directory.field.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('directory.field.validUntil')}
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
          />
        </SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="tel"
          label={t('directory.field.phone')}
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
        />
        <TextInput
          type="email"
          label={t('directory.field.email')}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
      </SimpleGrid>
      {service && (
        <Switch
          label={t('directory.form.active')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </FormStack>
  );
}
