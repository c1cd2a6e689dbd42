// Create or edit an agency: its name, its kind (from the reference list) and the geographic units it
// covers. Edits send the version the form was opened with (If-Match).
import { Button, Group, Modal, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agenciesApi } from '../../api/endpoints.ts';
import type { Agency, AdminUnit, Locale } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { useMe } from '../../session/session.ts';
import { agenciesQueryKey, unitOptions, useAgencyKinds, useUnits } from '../../api/referenceQueries.ts';

interface Props {
  agency: Agency | null;
  opened: boolean;
  onClose: () => void;
}

export function AgencyFormModal({ agency, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={agency ? t('admin.agencies.editTitle', { name: agency.name }) : t('admin.agencies.createTitle')}
      size="lg"
    >
      {opened && <AgencyForm key={agency?.id ?? 'new'} agency={agency} onDone={onClose} />}
    </Modal>
  );
}

// Communities are too many to pick from one list; agencies are described by region and district.
const COVERAGE_LEVELS: AdminUnit['level'][] = ['country', 'region', 'district'];

function AgencyForm({ agency, onDone }: { agency: Agency | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const kinds = useAgencyKinds();
  const units = useUnits(me.user.country);
  const [name, setName] = useState(agency?.name ?? '');
  const [kind, setKind] = useState<string | null>(agency?.kind ?? null);
  const [unitCodes, setUnitCodes] = useState<string[]>(agency?.unitCodes ?? []);
  const [active, setActive] = useState(agency ? agency.status === 'active' : true);

  const save = useMutation({
    mutationFn: () => {
      if (agency) {
        return agenciesApi.update(agency, {
          name: name.trim(),
          kind: kind ?? agency.kind,
          unitCodes,
          status: active ? 'active' : 'inactive',
        });
      }
      return agenciesApi.create({ name: name.trim(), kind: kind ?? '', unitCodes });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: agenciesQueryKey });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  const kindOptions = (kinds.data ?? []).map((item) => ({
    value: item.kind,
    label: item.names[i18n.language as Locale] ?? item.names.en ?? item.kind,
  }));

  return (
    <FormStack onSubmit={submit}>
      <ErrorAlert error={save.error} />
      <TextInput
        label={t('admin.agencies.name')}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        required
        data-autofocus
      />
      <Select
        label={t('admin.agencies.kind')}
        data={kindOptions}
        value={kind}
        onChange={setKind}
        searchable
        required
        nothingFoundMessage={t('common.nothingFound')}
      />
      <MultiSelect
        label={t('admin.agencies.units')}
        description={t('admin.agencies.unitsHelp')}
        data={unitOptions(units.data, i18n.language, COVERAGE_LEVELS)}
        value={unitCodes}
        onChange={setUnitCodes}
        searchable
        limit={100}
        nothingFoundMessage={t('common.nothingFound')}
      />
      {agency && (
        <Switch
          label={t('admin.agencies.active')}
          checked={active}
          onChange={(event) => setActive(event.currentTarget.checked)}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {agency ? t('common.save') : t('admin.agencies.create')}
        </Button>
      </Group>
    </FormStack>
  );
}
