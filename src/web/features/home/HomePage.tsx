// Home page: what needs the user today (their inbox, their cases, referrals and approvals waiting for
// them, the dashboard or the administration tasks), then who they are and what each of their roles does
// in the National Referral Mechanism.
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { unitName, useUnits } from '../../api/referenceQueries.ts';
import type { Role, RoleGrant } from '../../api/types.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../session/session.ts';
import { InboxSummary } from '../inbox/InboxSummary.tsx';
import { RoleSection } from './RoleSection.tsx';
import {
  ApprovalsGlance,
  CasesGlance,
  DashboardGlance,
  ReferralsGlance,
  useStartCards,
} from './WorkGlances.tsx';

/** One section per role, even when a user holds it with several scopes. */
function distinctRoles(grants: RoleGrant[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/** "District: Holosiivskyi" — the unit's name in the interface language, its code until names load. */
export function ScopeText({ grant }: { grant: RoleGrant }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const units = useUnits(me.user.country);
  const scope = t(`scopes.${grant.scope}`);
  if (!grant.unitCode) return <>{scope}</>;
  const unit = units.data?.find((candidate) => candidate.code === grant.unitCode);
  return <>{`${scope}: ${unit ? unitName(unit, i18n.language) : grant.unitCode}`}</>;
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const me = useMe();
  const cards = useStartCards();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.welcome', { name: me.user.displayName })}</Title>
        <Text c="dimmed">{t('home.subtitle')}</Text>
      </div>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="home-start">
        <InboxSummary />
        {cards.referrals && <ReferralsGlance />}
        {cards.approvals && <ApprovalsGlance />}
        {cards.cases && <CasesGlance />}
        {cards.dashboard && <DashboardGlance />}
      </SimpleGrid>

      <Card withBorder radius="md" p="lg" component="section" aria-labelledby="profile-heading">
        <Title order={2} size="h3" id="profile-heading" mb="sm">
          {t('home.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <div>
            <Text size="sm" c="dimmed">
              {t('home.name')}
            </Text>
            <Text fw={600} data-testid="home-name">
              {me.user.displayName}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('home.agency')}
            </Text>
            <Text fw={600}>{me.user.agencyName ?? t('home.noAgency')}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('home.roles')}
            </Text>
            <Stack gap={2} mt={2}>
              {me.roles.length === 0 && <Text>{t('home.noRoles')}</Text>}
              {me.roles.map((grant) => (
                <Text key={`${grant.role}:${grant.scope}:${grant.unitCode ?? ''}`} fw={600}>
                  {t(`roles.${grant.role}.name`)}
                  <Text span c="dimmed" fw={400}>
                    {' · '}
                    <ScopeText grant={grant} />
                  </Text>
                </Text>
              ))}
            </Stack>
          </div>
        </SimpleGrid>
      </Card>

      {distinctRoles(me.roles).map((role) => (
        <RoleSection key={role} role={role} />
      ))}
    </Stack>
  );
}
