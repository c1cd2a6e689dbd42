// Convene a team (name, place, members) or change its members. Members come from the node's agencies
// (never the coordinator: membership opens the team's cases, and nobody grants themselves access), shown
// as "Name — Agency". A missing name, place or member is said next to the field before anything is
// sent; the server's refusals (a taken name, an unknown place or person) are shown there too.
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { type Team, teamKeys, teamsApi } from '../../api/teams.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldMessage } from '../../components/field-errors.ts';
import { FormStack } from '../../components/FormStack.tsx';
import { useMe } from '../../session/session.ts';
import { useCaseLabels } from '../cases/labels.ts';
import { isOwnGrants, memberOptions, placesToConvene, sitsOn, teamFieldProblems } from './teamRules.ts';

const FIELDS = ['name', 'unitCode', 'memberIds'] as const;
type Field = (typeof FIELDS)[number];

export type TeamDialog = { kind: 'create' } | { kind: 'members'; teamId: string } | null;

interface Props {
  dialog: TeamDialog;
  /** The teams as loaded now: a member change sends the version the list holds (If-Match). */
  teams: readonly Team[];
  onClose: () => void;
}

export function TeamFormModal({ dialog, teams, onClose }: Props) {
  const { t } = useTranslation();
  const team = dialog?.kind === 'members' ? teams.find((item) => item.id === dialog.teamId) : undefined;
  const title = team ? t('teams.form.membersTitle', { name: team.name }) : t('teams.form.createTitle');
  return (
    <Modal
      opened={dialog !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Keyed so each opening starts from the team as it is now. */}
      {dialog?.kind === 'create' && <TeamForm key="new" team={null} onDone={onClose} />}
      {team && <TeamForm key={team.id} team={team} onDone={onClose} />}
    </Modal>
  );
}

/** Why the change is refused, in words: the rule, the reason for it, and what to do instead. */
export function OwnGrantsAlert({ role }: { role?: 'alert' | 'status' }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('teams.ownGrants.title')} role={role ?? 'alert'}>
      {t('teams.ownGrants.text')}
    </Alert>
  );
}

function TeamForm({ team, onDone }: { team: Team | null; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const labels = useCaseLabels();
  const candidates = useQuery({ queryKey: teamKeys.candidates, queryFn: teamsApi.candidates });
  const [name, setName] = useState('');
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [memberIds, setMemberIds] = useState<string[]>(team?.members.map((member) => member.userId) ?? []);
  const [tried, setTried] = useState(false);
  const key = useRef(newIdempotencyKey('team'));
  const inputs = {
    name: useRef<HTMLInputElement>(null),
    unitCode: useRef<HTMLInputElement>(null),
    memberIds: useRef<HTMLInputElement>(null),
  };

  const missing: Field[] = [
    ...(!team && !name.trim() ? (['name'] as const) : []),
    ...(!team && !unitCode ? (['unitCode'] as const) : []),
    ...(memberIds.length === 0 ? (['memberIds'] as const) : []),
  ];

  const save = useMutation({
    mutationFn: () =>
      team
        ? teamsApi.replaceMembers(team, memberIds)
        : teamsApi.create({ name: name.trim(), unitCode: unitCode ?? '', memberIds }, key.current),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: teamKeys.list });
      onDone();
    },
    onError: async (error) => {
      // Someone changed the team meanwhile: load it again so the list shows what it is now.
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: teamKeys.list });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (save.isPending) return;
    const first = missing[0];
    if (first) {
      save.reset();
      // Take the keyboard to the first field that needs an answer; its message is read with it.
      inputs[first].current?.focus();
      return;
    }
    save.mutate();
  }

  const problems = teamFieldProblems(save.error);
  const errorOf = (field: Field): string | undefined => {
    if (tried && missing.includes(field))
      return field === 'memberIds' ? t('teams.form.needMembers') : t('errors.field.required');
    const problem = problems.find((p) => p.field === field || p.field.startsWith(`${field}.`));
    return problem ? fieldMessage(t, problem) : undefined;
  };
  // A taken name is said next to the name; the summary would only repeat it.
  const nameConflict =
    save.error instanceof ApiError && save.error.code === 'conflict' && errorOf('name') !== undefined;

  const placeOptions = placesToConvene(me, labels.units.data)
    .map((unit) => ({ value: unit.code, label: labels.place(unit.code) }))
    .sort((a, b) => a.label.localeCompare(b.label, labels.locale));
  const people = memberOptions(candidates.data?.items ?? [], team?.members ?? []);

  if (team && sitsOn(me, team)) {
    return (
      <Stack gap="md">
        <OwnGrantsAlert role="status" />
        <Group justify="flex-end">
          <Button onClick={onDone} data-autofocus>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <FormStack onSubmit={submit}>
      {isOwnGrants(save.error) ? (
        <OwnGrantsAlert />
      ) : (
        !nameConflict && <ErrorAlert error={save.error} fields={FIELDS} />
      )}
      <ErrorAlert error={candidates.error} />
      {team ? (
        <Text size="sm">{t('teams.form.membersHelpFor', { place: labels.place(team.unitCode) })}</Text>
      ) : (
        <>
          <TextInput
            ref={inputs.name}
            label={t('teams.form.name')}
            description={t('teams.form.nameHelp')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errorOf('name')}
            maxLength={200}
            autoComplete="off"
            required
            data-autofocus
          />
          <Select
            ref={inputs.unitCode}
            label={t('teams.form.place')}
            description={t('teams.form.placeHelp')}
            data={placeOptions}
            value={unitCode}
            onChange={setUnitCode}
            error={errorOf('unitCode')}
            searchable
            // Opens on a click, typing or ArrowDown: focus alone (also when a refusal focuses the field)
            // must not cover the field's message and the dialog's buttons with the list.
            openOnFocus={false}
            limit={500}
            nothingFoundMessage={t('common.nothingFound')}
            required
          />
        </>
      )}
      <MultiSelect
        ref={inputs.memberIds}
        label={t('teams.form.members')}
        description={t('teams.form.membersHelp')}
        data={people}
        value={memberIds}
        onChange={setMemberIds}
        error={errorOf('memberIds')}
        searchable
        openOnFocus={false}
        maxValues={100}
        nothingFoundMessage={candidates.isPending ? t('common.loading') : t('common.nothingFound')}
        required
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {team ? t('teams.form.saveMembers') : t('teams.form.create')}
        </Button>
      </Group>
    </FormStack>
  );
}
