// The package exactly as it was sent: only the parts chosen, each under its own heading.
import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PackageField } from '../../api/referrals.ts';
import { useCaseLabels } from '../cases/labels.ts';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(show).join(', ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('given' in record || 'family' in record)
      return [record.given, record.patronymic, record.family].filter(Boolean).join(' ');
    return Object.entries(record)
      .filter(([key]) => key !== 'kind' || Object.keys(record).length === 1)
      .map(([, inner]) => show(inner))
      .join(' ');
  }
  return String(value);
}

/** Codes in words where the case pages have the words (gender, places, languages, vocabularies). */
function useFormat() {
  const labels = useCaseLabels();
  const list = (value: unknown, one: (code: string) => string) =>
    Array.isArray(value) && value.length > 0 ? value.map((code) => one(String(code))).join(', ') : '—';
  return (key: string, value: unknown): string => {
    if (value === null || value === undefined) return '—';
    switch (key) {
      case 'gender':
        return labels.gender(String(value));
      case 'ageBand':
        return labels.ageBand(String(value));
      case 'birthYears': {
        const years = value as { from: number; to: number };
        return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
      }
      case 'languages':
        return list(value, labels.language);
      case 'citizenships':
        return list(value, labels.country);
      case 'unitCode':
        return labels.place(String(value));
      case 'exploitationTypes':
        return list(value, labels.exploitation);
      case 'status':
        return labels.status(String(value));
      default:
        return show(value);
    }
  };
}

export function PackageView({
  fields,
  data,
}: {
  fields: PackageField[];
  data: Partial<Record<PackageField, unknown>>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm">
      {fields.map((field) => {
        const value = data[field];
        const isRecord = value !== null && typeof value === 'object' && !Array.isArray(value);
        const entries = isRecord ? Object.entries(value as Record<string, unknown>) : [];
        return (
          <section key={field} aria-labelledby={`package-${field}`}>
            <Title order={3} size="h5" id={`package-${field}`}>
              {t(`referrals.fields.${field}`)}
            </Title>
            {Array.isArray(value) ? (
              value.length === 0 ? (
                <Text>—</Text>
              ) : (
                <List>
                  {value.map((item, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a frozen snapshot, never reordered.
                    <List.Item key={index}>{show(item)}</List.Item>
                  ))}
                </List>
              )
            ) : isRecord && field !== 'identity.birth-date' ? (
              <Table variant="vertical" withTableBorder={false}>
                <Table.Tbody>
                  {entries.map(([key, inner]) => (
                    <Table.Tr key={key}>
                      <Table.Th w={220}>{t(`referrals.packageKeys.${key}`, { defaultValue: key })}</Table.Th>
                      <Table.Td>{format(key, inner)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <Text>{show(value)}</Text>
            )}
          </section>
        );
      })}
    </Stack>
  );
}
