// Gaps as a heat table: one row per district (or region), one column per service kind; a cell says how
// many active services cover that place, and whether any place is free. Colour helps the eye, but each
// cell also says it in words, and the table has a caption and row/column headers for screen readers.
import { Center, Group, Loader, MultiSelect, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryApi, directoryKeys, type GapCell } from '../../api/directory.ts';
import { unitOptions } from '../../api/referenceQueries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useMe } from '../../session/session.ts';
import { useDirectoryLabels } from './labels.ts';

const COLOURS: Record<GapCell['state'], { background: string; color: string }> = {
  gap: { background: 'var(--mantine-color-red-2)', color: 'var(--mantine-color-black)' },
  full: { background: 'var(--mantine-color-orange-1)', color: 'var(--mantine-color-black)' },
  covered: { background: 'var(--mantine-color-green-0)', color: 'var(--mantine-color-black)' },
};

export function GapsPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useDirectoryLabels();
  const [region, setRegion] = useState<string | null>(null);
  const [kinds, setKinds] = useState<string[]>([]);
  const gaps = useQuery({
    queryKey: directoryKeys.gaps(region ?? undefined, kinds),
    queryFn: () => directoryApi.gaps(region ?? undefined, kinds),
  });
  const data = gaps.data;
  const cell = new Map((data?.cells ?? []).map((c) => [`${c.unitCode}|${c.kind}`, c]));
  const text = (c: GapCell) =>
    c.state === 'gap'
      ? t('directory.gaps.cell.gap')
      : c.state === 'full'
        ? t('directory.gaps.cell.full', { services: c.services })
        : c.freePlaces === null
          ? t('directory.gaps.cell.covered', { services: c.services })
          : t('directory.gaps.cell.coveredFree', { services: c.services, free: c.freePlaces });
  return (
    <Stack gap="md">
      <Text size="sm">{t('directory.gaps.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('directory.gaps.region')}
          placeholder={labels.unit(me.user.country)}
          data={unitOptions(labels.units.data, labels.locale, ['region'])}
          value={region}
          onChange={setRegion}
          clearable
          searchable
          w={320}
        />
        <MultiSelect
          label={t('directory.gaps.kinds')}
          placeholder={t('directory.gaps.allKinds')}
          data={labels.kindOptions()}
          value={kinds}
          onChange={setKinds}
          clearable
          searchable
          miw={320}
        />
      </Group>
      <Group gap="md" aria-hidden="true">
        {(['gap', 'full', 'covered'] as const).map((state) => (
          <Group key={state} gap={6}>
            <span
              style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 3, ...COLOURS[state] }}
            />
            <Text size="sm">{t(`directory.gaps.legend.${state}`)}</Text>
          </Group>
        ))}
      </Group>
      <ErrorAlert error={gaps.error} />
      {gaps.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      {data && (
        <>
          <Text role="status" fw={600}>
            {t('directory.gaps.summary', { gaps: data.gaps, cells: data.cells.length })}
          </Text>
          {/* A wide table scrolls sideways; the region is focusable so keyboard users can scroll it too. */}
          <section
            aria-label={t('directory.gaps.caption', { place: labels.unit(data.unitCode) })}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            tabIndex={0}
            style={{ overflowX: 'auto' }}
          >
            <Table
              withTableBorder
              withColumnBorders
              fz="xs"
              layout="fixed"
              miw={Math.max(600, 160 + data.kinds.length * 110)}
            >
              <Table.Caption>
                {t('directory.gaps.caption', { place: labels.unit(data.unitCode) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={160}>
                    {t('directory.gaps.place')}
                  </Table.Th>
                  {data.kinds.map((kind) => (
                    <Table.Th key={kind} scope="col" style={{ verticalAlign: 'bottom' }}>
                      {labels.kind(kind)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((row) => (
                  <Table.Tr key={row}>
                    <Table.Th scope="row">{labels.unit(row)}</Table.Th>
                    {data.kinds.map((kind) => {
                      const c = cell.get(`${row}|${kind}`);
                      if (!c) return <Table.Td key={kind} />;
                      return (
                        <Table.Td
                          key={kind}
                          style={{
                            ...COLOURS[c.state],
                            textAlign: 'center',
                            fontWeight: c.state === 'covered' ? 400 : 600,
                          }}
                        >
                          {text(c)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </>
      )}
    </Stack>
  );
}
