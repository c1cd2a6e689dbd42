// Family and guardian. Family members may be the traffickers, so each says whether they are implicated
// and whether they are a safe contact. Names and contacts come from the server only for users with the
// identity field group; for others the server sends null and nothing is shown in their place.
import {
  Alert,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CaseFile,
  caseKeys,
  FAMILY_RELATIONS,
  familyApi,
  GUARDIAN_KINDS,
  type Guardian,
  newIdempotencyKey,
} from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { formatDate } from './CaseListPage.tsx';
import { Facts } from './IdentityTab.tsx';
import { currentLocale } from './labels.ts';

export function FamilyTab({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const family = useQuery({
    queryKey: caseKeys.sub(file.id, 'family'),
    queryFn: () => familyApi.list(file.id),
  });
  const [adding, setAdding] = useState(false);
  const canEdit = file.allowedActions.includes('cases.update');
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <Stack gap="lg">
      <GuardianSection file={file} canEdit={canEdit} />
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('cases.family.title')}
          </Title>
          {canEdit && !adding && (
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('cases.family.add')}
            </Button>
          )}
        </Group>
        {adding && <FamilyForm caseId={file.id} onDone={() => setAdding(false)} />}
        {family.isPending && (
          <Center py="md">
            <Loader />
          </Center>
        )}
        <ErrorAlert error={family.error} />
        {family.data && family.data.items.length === 0 && <Text>{t('cases.family.none')}</Text>}
        {family.data && family.data.items.length > 0 && (
          <TableScroller label={t('cases.family.caption')} minWidth={700}>
            <Table striped verticalSpacing="sm">
              <Table.Caption className="visually-hidden">{t('cases.family.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('cases.family.relation')}</Table.Th>
                  <Table.Th scope="col">{t('cases.family.name')}</Table.Th>
                  <Table.Th scope="col">{t('cases.family.contact')}</Table.Th>
                  <Table.Th scope="col">{t('cases.family.implicated')}</Table.Th>
                  <Table.Th scope="col">{t('cases.family.safeContact')}</Table.Th>
                  <Table.Th scope="col">{t('cases.family.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {family.data.items.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Td>{t(`cases.family.relations.${member.relation}`)}</Table.Td>
                    <Table.Td>{member.name ?? t('cases.family.hidden')}</Table.Td>
                    <Table.Td>{member.contact ?? '—'}</Table.Td>
                    <Table.Td>
                      {member.implicated ? (
                        <Text fw={700} size="sm">
                          {t('common.yes')}
                        </Text>
                      ) : (
                        t('common.no')
                      )}
                    </Table.Td>
                    <Table.Td>{yesNo(member.safeContact)}</Table.Td>
                    <Table.Td>{member.note ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroller>
        )}
      </Stack>
    </Stack>
  );
}

function GuardianSection({ file, canEdit }: { file: CaseFile; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const guardian = useQuery({
    queryKey: caseKeys.sub(file.id, 'guardian'),
    queryFn: () => familyApi.guardian(file.id),
  });
  const [editing, setEditing] = useState(false);
  if (guardian.isPending)
    return (
      <Center py="md">
        <Loader />
      </Center>
    );
  if (guardian.error) return <ErrorAlert error={guardian.error} />;
  const current = guardian.data.guardian;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('cases.guardian.title')}
        </Title>
        {canEdit && !editing && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {current ? t('cases.guardian.change') : t('cases.guardian.set')}
          </Button>
        )}
      </Group>
      {!current && guardian.data.required && (
        <Alert color="orange" variant="light" title={t('cases.guardian.requiredTitle')}>
          {t('cases.guardian.required')}
        </Alert>
      )}
      {!current && !guardian.data.required && <Text>{t('cases.guardian.none')}</Text>}
      {current && !editing && (
        <Facts
          items={[
            [t('cases.guardian.kind'), t(`cases.guardian.kinds.${current.kind}`)],
            [t('cases.family.name'), current.name ?? t('cases.family.hidden')],
            [t('cases.family.contact'), current.contact ?? '—'],
            [
              t('cases.guardian.appointedOn'),
              current.appointedOn ? formatDate(current.appointedOn, locale) : '—',
            ],
            [t('cases.guardian.authority'), current.appointingAuthority ?? '—'],
          ]}
        />
      )}
      {editing && <GuardianForm caseId={file.id} current={current} onDone={() => setEditing(false)} />}
    </Stack>
  );
}

function GuardianForm({
  caseId,
  current,
  onDone,
}: {
  caseId: string;
  current: Guardian | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<string | null>(current?.kind ?? null);
  const [name, setName] = useState(current?.name ?? '');
  const [contact, setContact] = useState(current?.contact ?? '');
  const [appointedOn, setAppointedOn] = useState(current?.appointedOn ?? '');
  const [authority, setAuthority] = useState(current?.appointingAuthority ?? '');
  const save = useMutation({
    mutationFn: () =>
      familyApi.setGuardian(
        caseId,
        {
          kind: kind ?? '',
          name: name.trim(),
          ...(contact.trim() ? { contact: contact.trim() } : {}),
          ...(appointedOn ? { appointedOn } : {}),
          ...(authority.trim() ? { appointingAuthority: authority.trim() } : {}),
        },
        current?.version,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'guardian') });
      onDone();
    },
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'guardian') });
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
          <Select
            label={t('cases.guardian.kind')}
            data={GUARDIAN_KINDS.map((value) => ({ value, label: t(`cases.guardian.kinds.${value}`) }))}
            value={kind}
            onChange={setKind}
            required
          />
          <TextInput
            label={t('cases.family.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('cases.family.contact')}
            value={contact}
            onChange={(e) => setContact(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('cases.guardian.appointedOn')}
            value={appointedOn}
            onChange={(e) => setAppointedOn(e.currentTarget.value)}
          />
          <TextInput
            label={t('cases.guardian.authority')}
            value={authority}
            onChange={(e) => setAuthority(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}

function FamilyForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [relation, setRelation] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [implicated, setImplicated] = useState(false);
  const [safeContact, setSafeContact] = useState(false);
  const [note, setNote] = useState('');
  const key = useRef(newIdempotencyKey('family'));
  const save = useMutation({
    mutationFn: () =>
      familyApi.add(
        caseId,
        {
          relation: relation ?? '',
          name: name.trim(),
          implicated,
          safeContact,
          ...(contact.trim() ? { contact: contact.trim() } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
        key.current,
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.sub(caseId, 'family') });
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
          <Select
            label={t('cases.family.relation')}
            data={FAMILY_RELATIONS.map((value) => ({ value, label: t(`cases.family.relations.${value}`) }))}
            value={relation}
            onChange={setRelation}
            required
          />
          <TextInput
            label={t('cases.family.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('cases.family.contact')}
            value={contact}
            onChange={(e) => setContact(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Checkbox
          label={t('cases.family.implicatedLong')}
          checked={implicated}
          onChange={(e) => setImplicated(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('cases.family.safeContactLong')}
          checked={safeContact}
          onChange={(e) => setSafeContact(e.currentTarget.checked)}
        />
        <Textarea
          label={t('cases.family.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('cases.family.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}
