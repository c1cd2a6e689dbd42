// Search by need and place: what the child needs (kind, age, gender, exploitation, language) and where
// (a district; services of its region and of the whole country count too). Results come ranked by the
// server: services with a place first, open now, accredited, most local.
import {
  Anchor,
  Button,
  Card,
  Center,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../domain/languages.ts';
import { Gender, TypeOfExploitation } from '../../../domain/vocabularies/index.ts';
import {
  directoryApi,
  directoryKeys,
  exportUrl,
  type ServiceKind,
  type ServiceSearch,
} from '../../api/directory.ts';
import { unitOptions } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { useDirectoryLabels } from './labels.ts';
import { ServiceBadges } from './ServiceBadges.tsx';

export function ServiceSearchPanel() {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const [kind, setKind] = useState<string | null>(null);
  const [district, setDistrict] = useState<string | null>(null);
  const [age, setAge] = useState<number | string>('');
  const [gender, setGender] = useState<string | null>(null);
  const [exploitation, setExploitation] = useState<string | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [openNow, setOpenNow] = useState(false);
  const [hasFreePlaces, setHasFreePlaces] = useState(false);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<ServiceSearch>({});

  const results = useQuery({
    queryKey: directoryKeys.search(search),
    queryFn: () => directoryApi.search(search),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch({
      ...(kind ? { kind: kind as ServiceKind } : {}),
      ...(district ? { district } : {}),
      ...(typeof age === 'number' ? { age } : {}),
      ...(gender ? { gender } : {}),
      ...(exploitation ? { exploitation } : {}),
      ...(language ? { language } : {}),
      ...(openNow ? { openNow } : {}),
      ...(hasFreePlaces ? { hasFreePlaces } : {}),
      ...(q.trim() ? { q: q.trim() } : {}),
    });
  }

  const items = results.data?.items ?? [];
  return (
    <Stack gap="md">
      <form onSubmit={submit} noValidate aria-label={t('directory.search.label')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Select
              label={t('directory.field.kind')}
              placeholder={t('directory.search.anyKind')}
              data={labels.kindOptions()}
              value={kind}
              onChange={setKind}
              clearable
              searchable
            />
            <Select
              label={t('directory.field.district')}
              description={t('directory.search.districtHelp')}
              placeholder={t('directory.search.anywhere')}
              data={unitOptions(labels.units.data, labels.locale, ['region', 'district'])}
              value={district}
              onChange={setDistrict}
              clearable
              searchable
            />
            <NumberInput label={t('directory.field.age')} min={0} max={25} value={age} onChange={setAge} />
            <Select
              label={t('directory.field.gender')}
              data={Gender.map((value) => ({ value, label: labels.gender(value) }))}
              value={gender}
              onChange={setGender}
              clearable
            />
            <Select
              label={t('directory.field.exploitation')}
              data={TypeOfExploitation.map((value) => ({ value, label: labels.exploitation(value) }))}
              value={exploitation}
              onChange={setExploitation}
              clearable
            />
            <Select
              label={t('directory.field.language')}
              data={LANGUAGES.map((item) => ({ value: item.code, label: item.names[labels.locale] }))}
              value={language}
              onChange={setLanguage}
              clearable
              searchable
            />
          </SimpleGrid>
          <TextInput
            label={t('directory.search.words')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Group>
            <Checkbox
              label={t('directory.search.openNow')}
              checked={openNow}
              onChange={(e) => setOpenNow(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('directory.search.hasFreePlaces')}
              checked={hasFreePlaces}
              onChange={(e) => setHasFreePlaces(e.currentTarget.checked)}
            />
          </Group>
          <Group>
            <Button type="submit">{t('directory.search.submit')}</Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={results.error} />
      {results.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      {results.data && (
        <Group justify="space-between">
          <Text role="status" size="sm">
            {t('directory.search.found', { number: items.length })}
          </Text>
          {items.length > 0 && (
            <Anchor href={exportUrl(search)} download="services.csv" size="sm">
              {t('directory.search.export')}
            </Anchor>
          )}
        </Group>
      )}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((service) => (
          <li key={service.id}>
            <Card withBorder padding="md">
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <div>
                    <Title order={2} size="h4">
                      <AnchorLink to="/services/$id" params={{ id: service.id }}>
                        {service.name}
                      </AnchorLink>
                    </Title>
                    <Text size="sm" c="dimmed">
                      {labels.kind(service.kind)} · {service.agencyName}
                    </Text>
                  </div>
                  <ServiceBadges service={service} />
                </Group>
                <Text size="sm">
                  <strong>{t('directory.field.hours')}:</strong> {labels.hours(service.openingHours)}
                </Text>
                <Text size="sm">
                  <strong>{t('directory.field.units')}:</strong> {service.units.map(labels.unit).join(', ')}
                </Text>
                {(service.contacts.phone || service.contacts.email) && (
                  <Text size="sm">
                    <strong>{t('directory.field.contacts')}:</strong>{' '}
                    {service.contacts.phone && (
                      <a href={`tel:${service.contacts.phone.replace(/\s/g, '')}`}>
                        {service.contacts.phone}
                      </a>
                    )}
                    {service.contacts.phone && service.contacts.email && ' · '}
                    {service.contacts.email && (
                      <a href={`mailto:${service.contacts.email}`}>{service.contacts.email}</a>
                    )}
                  </Text>
                )}
              </Stack>
            </Card>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
