// A case's multidisciplinary team on the case file: its name next to the owner, and for those who may
// transfer the case a small control to give it to a team of its place (or take it back). The owning
// agency stays responsible; the team's members reach the case through their own roles.
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseFile, caseKeys } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { teamKeys, teamsApi } from '../../api/teams.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsOf } from '../../components/field-errors.ts';
import { can, useMe } from '../../session/session.ts';
import { useCaseLabels } from '../cases/labels.ts';
import { teamsCovering } from './teamRules.ts';

const NO_TEAM = 'none';

function useTeams(enabled: boolean) {
  return useQuery({
    queryKey: teamKeys.list,
    queryFn: teamsApi.list,
    select: (data) => data.items,
    enabled,
  });
}

/** "Team: <name>" for the case header; nothing when no team works on the case. */
export function CaseTeamName({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const me = useMe();
  const readable = can(me, 'teams.read');
  const teams = useTeams(readable && file.ownerTeamId !== null);
  if (!file.ownerTeamId) return null;
  // Without teams.read the name is not ours to see; that a team works on the case still is.
  const name = teams.data?.find((team) => team.id === file.ownerTeamId)?.name;
  return (
    <Text size="sm" data-testid="case-team">
      <Text span fw={600}>
        {t('teams.case.label')}:
      </Text>{' '}
      {name ?? (readable && teams.isPending ? '…' : t('teams.case.someTeam'))}
    </Text>
  );
}

/** The "Team" control, for users who may transfer this case and read the teams. */
export function CaseTeamControl({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const me = useMe();
  const [saved, setSaved] = useState(false);
  if (!file.allowedActions.includes('cases.transfer') || !can(me, 'teams.read')) return null;
  return (
    <Stack gap={4}>
      <CaseTeamForm
        // A new team or version from the server starts the control again from what the case now says.
        key={`${file.ownerTeamId ?? NO_TEAM}-${file.version}`}
        file={file}
        onSaved={setSaved}
      />
      {/* Outside the keyed form, so the live region stays in the page while the form starts anew. */}
      <div role="status">
        {saved && (
          <Text size="sm" fw={600}>
            {t('teams.case.saved')}
          </Text>
        )}
      </div>
    </Stack>
  );
}

function CaseTeamForm({ file, onSaved }: { file: CaseFile; onSaved: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = useCaseLabels();
  const teams = useTeams(true);
  const current = file.ownerTeamId ?? NO_TEAM;
  const [choice, setChoice] = useState(current);

  const covering = teamsCovering(teams.data ?? [], file.unitCode, labels.units.data);
  // The team the case has now stays in the list even if it no longer covers the case's place.
  const owning = teams.data?.find((team) => team.id === file.ownerTeamId);
  const offered = owning && !covering.includes(owning) ? [owning, ...covering] : covering;
  const options = [
    { value: NO_TEAM, label: t('teams.case.none') },
    ...offered.map((team) => ({ value: team.id, label: team.name })),
  ];

  const save = useMutation({
    mutationFn: () => teamsApi.setCaseTeam(file, choice === NO_TEAM ? null : choice),
    onSuccess: async () => {
      onSaved(true);
      // The case's team and version changed: load the case again (the header shows the new team).
      await queryClient.invalidateQueries({ queryKey: caseKeys.file(file.id) });
    },
    onError: async (error) => {
      onSaved(false);
      // The case moved on meanwhile: load the new version so the next try sends the right If-Match.
      if (error instanceof ApiError && error.status === 412)
        await queryClient.invalidateQueries({ queryKey: caseKeys.file(file.id) });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending || choice === current) return;
    save.mutate();
  }

  const description =
    covering.length === 0 && teams.data
      ? t('teams.case.noneCovers', { place: labels.place(file.unitCode) })
      : t('teams.case.help', { place: labels.place(file.unitCode) });

  return (
    <form onSubmit={submit} noValidate aria-label={t('teams.case.formLabel')}>
      <Stack gap="xs">
        <ErrorAlert error={save.error} fields={['teamId']} />
        <ErrorAlert error={teams.error} />
        <Group align="flex-end" gap="sm">
          <Select
            label={t('teams.case.label')}
            description={description}
            data={options}
            value={choice}
            onChange={(value) => {
              setChoice(value ?? NO_TEAM);
              onSaved(false);
            }}
            error={fieldErrorsOf(t, save.error)('teamId')}
            allowDeselect={false}
            // The open list stays inside the page's main landmark (and next to the control on a phone).
            comboboxProps={{ withinPortal: false }}
            w={{ base: '100%', xs: 340 }}
            data-testid="case-team-select"
          />
          <Button type="submit" variant="light" loading={save.isPending} disabled={choice === current}>
            {t('teams.case.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
