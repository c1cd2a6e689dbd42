// The case list: pseudonymous rows (case code, stage, status, age band, place, owner, deadline — no
// names), filters kept in the address so a link or the back button restores them, and a search by name
// or case code. The server ranks search results by how well they match across scripts and
// transliterations, says why each matched, and names the child only where the caller sees identities
// (an audited reveal): only then does the table add the child and the reason.
import {
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGE_BANDS,
  CASE_STATUSES,
  type CaseFilters,
  type CaseListItem,
  caseKeys,
  casesApi,
} from '../../api/cases.ts';
import { unitOptions, useAgencies } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { can, useMe } from '../../session/session.ts';
import type { CaseListSearch } from './caseListSearch.ts';
import { exploitationOptions, genderOptions, stageOptions, useCaseLabels } from './labels.ts';
import { formatDate as formatLocalDate } from '../../i18n/intl.ts';

const PAGE_SIZE = 20;

/** Kept here because many pages import it from the case list; the work is done in i18n/intl.ts. */
export function formatDate(iso: string | null, locale: string): string {
  return formatLocalDate(iso, locale);
}

export function CaseListPage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.list.title'));
  const me = useMe();
  const search = useSearch({ from: '/app/cases/' });
  const navigate = useNavigate({ from: '/cases/' });
  const { page = 1, ...filters } = search;

  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 350);
  // A name needs two letters; a case number may be a single digit. Anything shorter is no search.
  const q = debounced.length >= 2 || /^\d$/.test(debounced) ? debounced : undefined;
  useEffect(() => {
    if (q !== filters.q)
      void navigate({ search: (prev) => ({ ...prev, q, page: undefined }), replace: true });
  }, [q, filters.q, navigate]);

  function setFilter<K extends keyof CaseListSearch>(key: K, value: CaseListSearch[K] | null) {
    void navigate({
      search: (prev) => {
        const next: CaseListSearch = { ...prev, [key]: value ?? undefined, page: undefined };
        if (key === 'regionCode') next.unitCode = undefined;
        return next;
      },
      replace: true,
    });
  }

  const cases = useQuery({
    queryKey: caseKeys.list(filters, page),
    queryFn: () => casesApi.list(filters, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((cases.data?.total ?? 0) / PAGE_SIZE));
  const anyFilter = Object.values(filters).some(Boolean);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('cases.list.title')}</Title>
        {can(me, 'cases.create') && <ButtonLink to="/cases/new">{t('cases.list.create')}</ButtonLink>}
      </Group>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <TextInput
            label={t('cases.list.search')}
            description={t('cases.list.searchHelp')}
            type="search"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maw={560}
          />
          <CaseFiltersForm filters={filters} onChange={setFilter} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('cases.list.total', { count: cases.data?.total ?? 0 })}
            </Text>
            {anyFilter && (
              <Button
                variant="subtle"
                onClick={() => {
                  setText('');
                  void navigate({ search: {}, replace: true });
                }}
              >
                {t('cases.list.clearFilters')}
              </Button>
            )}
          </Group>
          <ErrorAlert error={cases.error} />
          {cases.isPending && (
            <Center py="lg">
              <Loader />
            </Center>
          )}
          {cases.data && cases.data.items.length === 0 && (
            <Text role="status">{filters.q ? t('cases.list.noMatch') : t('cases.list.empty')}</Text>
          )}
          {cases.data && cases.data.items.length > 0 && (
            <CasesTable cases={cases.data.items} searched={Boolean(filters.q)} />
          )}
          {pages > 1 && (
            <Group justify="flex-end">
              <Pagination
                total={pages}
                value={page}
                onChange={(next) => void navigate({ search: (prev) => ({ ...prev, page: next }) })}
                getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
                getItemProps={(item) => ({ 'aria-label': t('common.pagination.page', { page: item }) })}
              />
            </Group>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function CaseFiltersForm({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: <K extends keyof CaseListSearch>(key: K, value: CaseListSearch[K] | null) => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const agencies = useAgencies();
  const locale = labels.locale;
  const regions = unitOptions(labels.units.data, locale, ['region']);
  const districts = unitOptions(
    (labels.units.data ?? []).filter((unit) => !filters.regionCode || unit.parentCode === filters.regionCode),
    locale,
    ['district'],
  );
  const common = {
    clearable: true,
    clearButtonProps: { 'aria-label': t('common.clear') },
    nothingFoundMessage: t('common.nothingFound'),
    placeholder: t('cases.list.any'),
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          {...common}
          label={t('cases.fields.stage')}
          data={stageOptions(locale)}
          value={filters.stage ?? null}
          onChange={(value) => onChange('stage', value)}
        />
        <Select
          {...common}
          label={t('cases.fields.status')}
          data={CASE_STATUSES.map((value) => ({ value, label: labels.status(value) }))}
          value={filters.status ?? null}
          onChange={(value) => onChange('status', value)}
        />
        <Select
          {...common}
          searchable
          label={t('cases.fields.exploitationType')}
          data={exploitationOptions(locale)}
          value={filters.exploitationType ?? null}
          onChange={(value) => onChange('exploitationType', value)}
        />
        <Select
          {...common}
          label={t('cases.fields.ageBand')}
          data={AGE_BANDS.map((value) => ({ value, label: labels.ageBand(value) }))}
          value={filters.ageBand ?? null}
          onChange={(value) => onChange('ageBand', value)}
        />
        <Select
          {...common}
          searchable
          label={t('cases.fields.region')}
          data={regions}
          value={filters.regionCode ?? null}
          onChange={(value) => onChange('regionCode', value)}
        />
        <Select
          {...common}
          searchable
          limit={200}
          label={t('cases.fields.district')}
          data={districts}
          value={filters.unitCode ?? null}
          onChange={(value) => onChange('unitCode', value)}
        />
        <Select
          {...common}
          searchable
          label={t('cases.fields.agency')}
          data={(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
          value={filters.agencyId ?? null}
          onChange={(value) => onChange('agencyId', value)}
        />
        <Select
          {...common}
          label={t('cases.fields.gender')}
          data={genderOptions(locale)}
          value={filters.gender ?? null}
          onChange={(value) => onChange('gender', value)}
        />
      </SimpleGrid>
      <Group gap="xl">
        <Checkbox
          label={t('cases.list.mine')}
          checked={filters.owner === 'me'}
          onChange={(event) => onChange('owner', event.currentTarget.checked ? 'me' : null)}
        />
        <Checkbox
          label={t('cases.list.overdue')}
          checked={filters.overdue === 'true'}
          onChange={(event) => onChange('overdue', event.currentTarget.checked ? 'true' : null)}
        />
      </Group>
    </Stack>
  );
}

function CasesTable({ cases, searched }: { cases: CaseListItem[]; searched: boolean }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <TableScroller
      label={searched ? t('cases.list.searchCaption') : t('cases.list.caption')}
      minWidth={searched ? 1100 : 900}
    >
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption className="visually-hidden">
          {searched ? t('cases.list.searchCaption') : t('cases.list.caption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.fields.code')}</Table.Th>
            {searched && <Table.Th scope="col">{t('cases.list.child')}</Table.Th>}
            {searched && <Table.Th scope="col">{t('cases.list.whyMatched')}</Table.Th>}
            <Table.Th scope="col">{t('cases.fields.stage')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.ageBand')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.place')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.owner')}</Table.Th>
            <Table.Th scope="col">{t('cases.fields.deadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink to="/cases/$id" params={{ id: item.id }} fw={600} ff="monospace">
                  {item.code}
                </AnchorLink>
              </Table.Td>
              {searched && (
                <Table.Td>
                  <SearchIdentity who={item.who} />
                </Table.Td>
              )}
              {searched && (
                <Table.Td>
                  <Text size="sm">
                    {item.matchedOn.map((reason) => t(`cases.matchedOn.${reason}`)).join('; ')}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>{labels.stage(item.stage)}</Table.Td>
              <Table.Td>{labels.status(item.status)}</Table.Td>
              <Table.Td>{labels.ageBand(item.ageBand)}</Table.Td>
              <Table.Td>{labels.place(item.unitCode)}</Table.Td>
              <Table.Td>
                <Text size="sm">{item.ownerName ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {item.ownerAgencyName ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                {item.nextDeadline ? (
                  item.overdue ? (
                    <StatusLabel
                      tone="orange"
                      label={t('cases.list.overdueOn', {
                        date: formatDate(item.nextDeadline, labels.locale),
                      })}
                    />
                  ) : (
                    formatDate(item.nextDeadline, labels.locale)
                  )
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

/** Who a search result is, as the server showed it (null: the caller's grants here see no identities). */
function SearchIdentity({ who }: { who: CaseListItem['who'] }) {
  const { t } = useTranslation();
  if (!who)
    return (
      <Text size="sm" c="dimmed">
        {t('cases.list.identityNotShown')}
      </Text>
    );
  const years = who.birthYears
    ? who.birthYears.from === who.birthYears.to
      ? String(who.birthYears.from)
      : `${who.birthYears.from}–${who.birthYears.to}`
    : null;
  return (
    <>
      <Text size="sm" fw={600}>
        {who.name}
      </Text>
      {years && (
        <Text size="xs" c="dimmed">
          {t('cases.list.born', { years })}
        </Text>
      )}
      {who.otherNames.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('cases.list.alsoKnownAs', { names: who.otherNames.join(', ') })}
        </Text>
      )}
    </>
  );
}
