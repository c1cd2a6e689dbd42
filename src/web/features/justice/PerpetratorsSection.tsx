// Perpetrators of the case: HTCDS roles in the process and relation to the child, sex, nationality, name
// or alias; a family member of the child may be linked to the case's family record.
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Gender, PerpetratorRole, RelationshipToTrafficker } from '../../../domain/vocabularies/index.ts';
import { caseKeys, familyApi, newIdempotencyKey } from '../../api/cases.ts';
import { type JusticeView, justiceApi, justiceKey, type Perpetrator } from '../../api/justice.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { countryOptions } from '../cases/labels.ts';
import { useJusticeLabels } from './labels.ts';

export function PerpetratorsSection({ caseId, data }: { caseId: string; data: JusticeView }) {
  const { t } = useTranslation();
  const labels = useJusticeLabels();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Perpetrator | null>(null);
  const remove = useMutation({
    mutationFn: (p: Perpetrator) => justiceApi.removePerpetrator(caseId, p),
    onSettled: () => queryClient.invalidateQueries({ queryKey: justiceKey(caseId) }),
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('justice.perpetrators.title')}
        </Title>
        {data.mayWrite && !adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('justice.perpetrators.add')}
          </Button>
        )}
      </Group>
      {adding && <PerpetratorForm caseId={caseId} data={data} onDone={() => setAdding(false)} />}
      {editing && (
        <PerpetratorForm
          key={editing.id}
          caseId={caseId}
          data={data}
          perpetrator={editing}
          onDone={() => setEditing(null)}
        />
      )}
      <ErrorAlert error={remove.error} />
      {data.perpetrators.length === 0 ? (
        <Text>{t('justice.perpetrators.none')}</Text>
      ) : (
        <TableScroller label={t('justice.perpetrators.title')} minWidth={760}>
          <Table striped verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('justice.perpetrators.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('justice.perpetrators.name')}</Table.Th>
                <Table.Th scope="col">{t('justice.perpetrators.roles')}</Table.Th>
                <Table.Th scope="col">{t('justice.perpetrators.relation')}</Table.Th>
                <Table.Th scope="col">{t('justice.perpetrators.sex')}</Table.Th>
                <Table.Th scope="col">{t('justice.perpetrators.nationality')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('justice.perpetrators.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.perpetrators.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {[p.name, p.alias ? `«${p.alias}»` : null].filter(Boolean).join(' ') ||
                      t('justice.perpetrators.unknown')}
                  </Table.Td>
                  <Table.Td>{p.roles.map(labels.perpetratorRole).join(', ')}</Table.Td>
                  <Table.Td>
                    {p.relation ? labels.relation(p.relation) : '—'}
                    {p.familyMember ? ` (${t('justice.perpetrators.familyMember')})` : ''}
                  </Table.Td>
                  <Table.Td>{p.sex ? labels.gender(p.sex) : '—'}</Table.Td>
                  <Table.Td>{p.nationalities.join(', ') || '—'}</Table.Td>
                  <Table.Td>
                    {data.mayWrite && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(p)}>
                          {t('justice.perpetrators.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          loading={remove.isPending}
                          onClick={() => remove.mutate(p)}
                        >
                          {t('justice.perpetrators.remove')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
    </Stack>
  );
}

function PerpetratorForm({
  caseId,
  data,
  perpetrator,
  onDone,
}: {
  caseId: string;
  data: JusticeView;
  perpetrator?: Perpetrator;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJusticeLabels();
  const queryClient = useQueryClient();
  const family = useQuery({
    queryKey: caseKeys.sub(caseId, 'family'),
    queryFn: () => familyApi.list(caseId),
  });
  const [roles, setRoles] = useState<string[]>(perpetrator?.roles ?? []);
  const [relation, setRelation] = useState<string | null>(perpetrator?.relation ?? null);
  const [familyMember, setFamilyMember] = useState(perpetrator?.familyMember ?? false);
  const [familyMemberId, setFamilyMemberId] = useState<string | null>(perpetrator?.familyMemberId ?? null);
  const [sex, setSex] = useState<string | null>(perpetrator?.sex ?? null);
  const [nationalities, setNationalities] = useState<string[]>(perpetrator?.nationalities ?? []);
  const [name, setName] = useState(perpetrator?.name ?? '');
  const [alias, setAlias] = useState(perpetrator?.alias ?? '');
  const [proceedingId, setProceedingId] = useState<string | null>(perpetrator?.proceedingId ?? null);
  const key = useRef(newIdempotencyKey('perpetrator'));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        proceedingId,
        roles: roles as Perpetrator['roles'],
        relation: familyMember ? 'Familial' : (relation as Perpetrator['relation']),
        familyMember,
        familyMemberId: familyMember ? familyMemberId : null,
        sex: sex as Perpetrator['sex'],
        nationalities,
        name: name.trim() || null,
        alias: alias.trim() || null,
      } as const;
      return perpetrator
        ? justiceApi.updatePerpetrator(caseId, perpetrator, body)
        : justiceApi.addPerpetrator(caseId, body, key.current);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: justiceKey(caseId) });
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  return (
    <Paper withBorder p="md" radius="md">
      <FormStack onSubmit={submit}>
        <ErrorAlert error={save.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect
            label={t('justice.perpetrators.roles')}
            data={PerpetratorRole.map((value) => ({ value, label: labels.perpetratorRole(value) }))}
            value={roles}
            onChange={setRoles}
            required
          />
          <Select
            label={t('justice.perpetrators.relation')}
            data={RelationshipToTrafficker.map((value) => ({ value, label: labels.relation(value) }))}
            value={familyMember ? 'Familial' : relation}
            onChange={setRelation}
            disabled={familyMember}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <TextInput
            label={t('justice.perpetrators.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('justice.perpetrators.alias')}
            value={alias}
            onChange={(e) => setAlias(e.currentTarget.value)}
          />
          <Select
            label={t('justice.perpetrators.sex')}
            data={Gender.map((value) => ({ value, label: labels.gender(value) }))}
            value={sex}
            onChange={setSex}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <MultiSelect
            label={t('justice.perpetrators.nationality')}
            data={countryOptions(labels.locale)}
            value={nationalities}
            onChange={setNationalities}
            searchable
            maxValues={5}
          />
          <Select
            label={t('justice.perpetrators.proceeding')}
            data={data.proceedings.map((p) => ({
              value: p.id,
              label: t('justice.proceedings.heading', {
                number: p.number ?? t('justice.proceedings.noNumber'),
              }),
            }))}
            value={proceedingId}
            onChange={setProceedingId}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
        </SimpleGrid>
        <Checkbox
          label={t('justice.perpetrators.isFamilyMember')}
          checked={familyMember}
          onChange={(e) => setFamilyMember(e.currentTarget.checked)}
        />
        {familyMember && (
          <Select
            label={t('justice.perpetrators.linkFamily')}
            data={(family.data?.items ?? []).map((m) => ({
              value: m.id,
              label: [t(`cases.family.relations.${m.relation}`), m.name].filter(Boolean).join(': '),
            }))}
            value={familyMemberId}
            onChange={setFamilyMemberId}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            maw={420}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('justice.perpetrators.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
