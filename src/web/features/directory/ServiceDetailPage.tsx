// One service: what it offers, to whom, where and when, its places and accreditation, how to reach it.
// Those who manage it may edit it; its agency's staff may update the free places in one step.
import {
  Anchor,
  Button,
  Card,
  Center,
  Group,
  List,
  Loader,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryApi, directoryKeys, type Service } from '../../api/directory.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { can, useMe } from '../../session/session.ts';
import { useDirectoryLabels, weekdayName } from './labels.ts';
import { ServiceBadges } from './ServiceBadges.tsx';
import { ServiceFormModal } from './ServiceForm.tsx';
import { formatDate as formatLocalDate } from '../../i18n/intl.ts';

/** A calendar date (YYYY-MM-DD) in the interface language, without shifting it by the time zone. */
function formatDate(date: string, locale: string): string {
  return formatLocalDate(date, locale, { timeZone: 'UTC' });
}

export function ServiceDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/app/services/$id' });
  const service = useQuery({ queryKey: directoryKeys.one(id), queryFn: () => directoryApi.get(id) });
  usePageTitle(service.data?.name ?? t('directory.title'));
  return (
    <Stack gap="md">
      <AnchorLink to="/services">{t('directory.back')}</AnchorLink>
      <ErrorAlert error={service.error} />
      {service.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      {service.data && <ServiceDetail service={service.data} />}
    </Stack>
  );
}

function ServiceDetail({ service }: { service: Service }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const labels = useDirectoryLabels();
  const [editing, setEditing] = useState(false);
  const e = service.eligibility;
  const ages =
    e.ageMin === null && e.ageMax === null
      ? t('directory.any')
      : t('directory.ageRange', { from: e.ageMin ?? 0, to: e.ageMax ?? '…' });
  const mayUpdatePlaces =
    service.capacity !== null &&
    (service.canManage || (service.agencyId === me.user.agencyId && can(me, 'services.update-capacity')));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{service.name}</Title>
          <Text c="dimmed">
            {labels.kind(service.kind)} · {service.agencyName}
          </Text>
        </div>
        {service.canManage && <Button onClick={() => setEditing(true)}>{t('directory.edit')}</Button>}
      </Group>
      <ServiceBadges service={service} />
      {service.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{service.description}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('directory.detail.forWhom')}
          </Title>
          <Table variant="vertical" withRowBorders={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('directory.field.age')}</Table.Th>
                <Table.Td>{ages}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('directory.field.genders')}</Table.Th>
                <Table.Td>
                  {e.genders.length ? e.genders.map(labels.gender).join(', ') : t('directory.any')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('directory.field.exploitationTypes')}</Table.Th>
                <Table.Td>
                  {e.exploitationTypes.length
                    ? e.exploitationTypes.map(labels.exploitation).join(', ')
                    : t('directory.any')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('directory.field.languages')}</Table.Th>
                <Table.Td>
                  {service.languages.length ? service.languages.map(labels.language).join(', ') : '—'}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('directory.field.planType')}</Table.Th>
                <Table.Td>{labels.planType(service.supportPlanType)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('directory.detail.whereWhen')}
          </Title>
          <Text size="sm" fw={600}>
            {t('directory.field.units')}
          </Text>
          <List size="sm" mb="sm">
            {service.units.map((code) => (
              <List.Item key={code}>{labels.unit(code)}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600}>
            {t('directory.field.hours')}
          </Text>
          {service.openingHours.alwaysOpen || service.openingHours.weekly.length === 0 ? (
            <Text size="sm">{labels.hours(service.openingHours)}</Text>
          ) : (
            <List size="sm">
              {[...service.openingHours.weekly]
                .sort((a, b) => a.day - b.day)
                .map((slot) => (
                  <List.Item key={`${slot.day}-${slot.opens}`}>
                    {weekdayName(slot.day, labels.locale, 'long')}: {slot.opens}–{slot.closes}
                  </List.Item>
                ))}
            </List>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('directory.form.accreditation')}
          </Title>
          {service.accreditation ? (
            <Stack gap={4}>
              <Text size="sm">{service.accreditation.standard}</Text>
              {service.accreditation.number && (
                <Text size="sm">
                  {t('directory.field.number')}: {service.accreditation.number}
                </Text>
              )}
              <Text size="sm">
                {t('directory.field.validUntil')}:{' '}
                {service.accreditation.validUntil
                  ? formatDate(service.accreditation.validUntil, i18n.language)
                  : t('directory.openEnded')}
              </Text>
              <Text size="sm" fw={600}>
                {t(`directory.accreditation.${service.accreditationState}`)}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">{t('directory.accreditation.none')}</Text>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('directory.field.contacts')}
          </Title>
          {service.contacts.phone && (
            <Text size="sm">
              {t('directory.field.phone')}:{' '}
              <Anchor href={`tel:${service.contacts.phone.replace(/\s/g, '')}`}>
                {service.contacts.phone}
              </Anchor>
            </Text>
          )}
          {service.contacts.email && (
            <Text size="sm">
              {t('directory.field.email')}:{' '}
              <Anchor href={`mailto:${service.contacts.email}`}>{service.contacts.email}</Anchor>
            </Text>
          )}
          {!service.contacts.phone && !service.contacts.email && <Text size="sm">—</Text>}
        </Card>
      </SimpleGrid>
      {mayUpdatePlaces && <CapacityForm service={service} />}
      <ServiceFormModal service={service} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}

function CapacityForm({ service }: { service: Service }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [freePlaces, setFreePlaces] = useState<number | string>(service.freePlaces ?? 0);
  const save = useMutation({
    mutationFn: () =>
      directoryApi.updateCapacity(service, { freePlaces: typeof freePlaces === 'number' ? freePlaces : -1 }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(directoryKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: ['services', 'search'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('directory.capacity.title')}
          </Title>
          <ErrorAlert error={save.error} />
          {save.isSuccess && (
            <Text role="status" c="green.8" size="sm">
              {t('directory.capacity.saved')}
            </Text>
          )}
          <Group align="flex-end">
            <NumberInput
              label={t('directory.field.freePlaces')}
              description={t('directory.capacity.of', { capacity: service.capacity ?? 0 })}
              min={0}
              max={service.capacity ?? undefined}
              value={freePlaces}
              onChange={setFreePlaces}
              w={200}
            />
            <Button type="submit" loading={save.isPending}>
              {t('directory.capacity.update')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
