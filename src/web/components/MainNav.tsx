// The main navigation's entries, one list for both places it appears: a row in the header on wide
// screens, and a column in the burger-opened navbar on phones (where the header has no room for it).
import { Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DECIDING_ACTIONS } from '../api/approvals.ts';
import { InboxNavLink } from '../features/inbox/InboxNavLink.tsx';
import { can, useMe } from '../session/session.ts';
import { AnchorLink } from './links.tsx';

const activeProps = { fw: 700, 'aria-current': 'page' as const };

function NavEntries({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const common = { activeProps, c: 'dark', onClick: onNavigate } as const;
  return (
    <>
      <AnchorLink to="/" activeOptions={{ exact: true }} {...common}>
        {t('nav.home')}
      </AnchorLink>
      <InboxNavLink onClick={onNavigate} />
      {DECIDING_ACTIONS.some((action) => can(me, action)) && (
        <AnchorLink to="/approvals" {...common}>
          {t('approvals.nav')}
        </AnchorLink>
      )}
      {can(me, 'dashboard.read') && (
        <AnchorLink to="/dashboard" {...common}>
          {t('dashboard.nav')}
        </AnchorLink>
      )}
      {can(me, 'cases.read') ? (
        <AnchorLink to="/cases" {...common}>
          {t('nav.cases')}
        </AnchorLink>
      ) : (
        can(me, 'cases.create') && (
          <AnchorLink to="/cases/new" {...common}>
            {t('nav.newCase')}
          </AnchorLink>
        )
      )}
      {can(me, 'referrals.read') && (
        <AnchorLink to="/referrals" {...common}>
          {t('referrals.nav')}
        </AnchorLink>
      )}
      {can(me, 'services.read') && (
        <AnchorLink to="/services" {...common}>
          {t('directory.nav')}
        </AnchorLink>
      )}
      {can(me, 'teams.read') && (
        <AnchorLink to="/teams" {...common}>
          {t('teams.nav')}
        </AnchorLink>
      )}
      {can(me, 'duplicates.review') && (
        <AnchorLink to="/duplicates" {...common}>
          {t('nav.duplicates')}
        </AnchorLink>
      )}
      {can(me, 'users.manage') && (
        <AnchorLink to="/admin/users" {...common}>
          {t('nav.users')}
        </AnchorLink>
      )}
      {can(me, 'agencies.manage') && (
        <AnchorLink to="/admin/agencies" {...common}>
          {t('nav.agencies')}
        </AnchorLink>
      )}
    </>
  );
}

/** The header row, shown from the `sm` breakpoint up. */
export function HeaderNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" gap="md" aria-label={t('nav.label')} visibleFrom="sm">
      <NavEntries />
    </Group>
  );
}

/** The phone column: large touch targets; choosing an entry closes the navbar. */
export function PhoneNavEntries({ onNavigate }: { onNavigate: () => void }): ReactNode {
  return (
    <Stack gap={0} className="haven-phone-nav">
      <NavEntries onNavigate={onNavigate} />
    </Stack>
  );
}
