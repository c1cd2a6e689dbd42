// The multidisciplinary teams of the node: each team's place and its members with their agencies. A
// local or national coordinator convenes a team and changes its members (never of a team they sit on);
// supervisors read the list to know which team to give a case to.
import { Button, Center, Group, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Team, teamKeys, teamsApi } from '../../api/teams.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { can, useMe } from '../../session/session.ts';
import { useCaseLabels } from '../cases/labels.ts';
import { type TeamDialog, TeamFormModal } from './TeamFormModal.tsx';
import { mayManageTeam, personLabel, sitsOn } from './teamRules.ts';

export function TeamsPage() {
  const { t } = useTranslation();
  // The title may carry a soft hyphen for narrow screens; a tab title has no use for it.
  usePageTitle(t('teams.title').replaceAll('\u00ad', ''));
  const me = useMe();
  const teams = useQuery({ queryKey: teamKeys.list, queryFn: teamsApi.list, select: (data) => data.items });
  const [dialog, setDialog] = useState<TeamDialog>(null);
  const manages = can(me, 'teams.manage');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        {/* "Мультидисциплінарні" alone is wider than a phone: the catalogues give it a soft hyphen, and
            any other long word may still break rather than push the page sideways. */}
        <Title order={1} style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}>
          {t('teams.title')}
        </Title>
        {manages && <Button onClick={() => setDialog({ kind: 'create' })}>{t('teams.create')}</Button>}
      </Group>
      <Text size="sm" maw={760}>
        {t('teams.intro')}
      </Text>
      <ErrorAlert error={teams.error} />
      {teams.isPending && (
        <Center py="lg">
          <Loader />
        </Center>
      )}
      {teams.data && teams.data.length === 0 && <Text role="status">{t('teams.empty')}</Text>}
      {teams.data && teams.data.length > 0 && (
        <SimpleGrid role="list" aria-label={t('teams.listLabel')} cols={{ base: 1, md: 2 }} spacing="md">
          {teams.data.map((team) => (
            <TeamCard
              key={team.id}
              team={team}
              onEdit={() => setDialog({ kind: 'members', teamId: team.id })}
            />
          ))}
        </SimpleGrid>
      )}
      <TeamFormModal dialog={dialog} teams={teams.data ?? []} onClose={() => setDialog(null)} />
    </Stack>
  );
}

function TeamCard({ team, onEdit }: { team: Team; onEdit: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useCaseLabels();
  const headingId = `team-${team.id}`;
  const manages = mayManageTeam(me, team, labels.units.data);
  return (
    <Paper role="listitem" withBorder radius="md" p="md" aria-labelledby={headingId} data-testid="team-card">
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {team.name}
        </Title>
        <Text size="sm">
          <Text span fw={600}>
            {t('teams.place')}:
          </Text>{' '}
          {labels.place(team.unitCode)}
        </Text>
        <Text size="sm" fw={600} component="h3" m={0}>
          {t('teams.members')}
        </Text>
        {team.members.length === 0 ? (
          <Text size="sm">{t('teams.noMembers')}</Text>
        ) : (
          <List size="sm" spacing={2} style={{ overflowWrap: 'anywhere' }}>
            {team.members.map((member) => (
              <List.Item key={member.userId}>{personLabel(member)}</List.Item>
            ))}
          </List>
        )}
        {manages &&
          (sitsOn(me, team) ? (
            <Text size="sm" c="dimmed">
              {t('teams.youSitOnIt')}
            </Text>
          ) : (
            <Group>
              <Button
                variant="default"
                size="sm"
                onClick={onEdit}
                aria-label={t('teams.editMembersOf', { name: team.name })}
              >
                {t('teams.editMembers')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}
