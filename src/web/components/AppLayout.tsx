// Layout of the signed-in area: Haven header with navigation, language and user menus, the page, and
// the idle-timeout watcher.
import { AppShell, Container, Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DECIDING_ACTIONS } from '../api/approvals.ts';
import { InboxNavLink } from '../features/inbox/InboxNavLink.tsx';
import { isLocale, rememberLocale } from '../i18n/index.ts';
import { can, useMe } from '../session/session.ts';
import { IdleWarning } from './IdleWarning.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { AnchorLink } from './links.tsx';
import { useFocusOnNavigate } from './useFocusOnNavigate.ts';
import { UserMenu } from './UserMenu.tsx';

function NavLinks() {
  const { t } = useTranslation();
  const me = useMe();
  const activeProps = { fw: 700, 'aria-current': 'page' as const };
  return (
    <Group component="nav" gap="lg" aria-label={t('nav.label')} visibleFrom="sm">
      <AnchorLink to="/" activeOptions={{ exact: true }} activeProps={activeProps} c="dark">
        {t('nav.home')}
      </AnchorLink>
      <InboxNavLink />
      {DECIDING_ACTIONS.some((action) => can(me, action)) && (
        <AnchorLink to="/approvals" activeProps={activeProps} c="dark">
          {t('approvals.nav')}
        </AnchorLink>
      )}
      {can(me, 'dashboard.read') && (
        <AnchorLink to="/dashboard" activeProps={activeProps} c="dark">
          {t('dashboard.nav')}
        </AnchorLink>
      )}
      {can(me, 'cases.read') ? (
        <AnchorLink to="/cases" activeProps={activeProps} c="dark">
          {t('nav.cases')}
        </AnchorLink>
      ) : (
        can(me, 'cases.create') && (
          <AnchorLink to="/cases/new" activeProps={activeProps} c="dark">
            {t('nav.newCase')}
          </AnchorLink>
        )
      )}
      {can(me, 'referrals.read') && (
        <AnchorLink to="/referrals" activeProps={activeProps} c="dark">
          {t('referrals.nav')}
        </AnchorLink>
      )}
      {can(me, 'services.read') && (
        <AnchorLink to="/services" activeProps={activeProps} c="dark">
          {t('directory.nav')}
        </AnchorLink>
      )}
      {can(me, 'duplicates.review') && (
        <AnchorLink to="/duplicates" activeProps={activeProps} c="dark">
          {t('nav.duplicates')}
        </AnchorLink>
      )}
      {can(me, 'users.manage') && (
        <AnchorLink to="/admin/users" activeProps={activeProps} c="dark">
          {t('nav.users')}
        </AnchorLink>
      )}
      {can(me, 'agencies.manage') && (
        <AnchorLink to="/admin/agencies" activeProps={activeProps} c="dark">
          {t('nav.agencies')}
        </AnchorLink>
      )}
    </Group>
  );
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);

  // After sign-in the language saved on the user's profile wins over this browser's last choice.
  const savedLocale = me.user.locale;
  useEffect(() => {
    if (isLocale(savedLocale) && i18n.language !== savedLocale) {
      rememberLocale(savedLocale);
      void i18n.changeLanguage(savedLocale);
    }
  }, [savedLocale, i18n]);

  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xl" wrap="nowrap">
            <AnchorLink to="/" className="haven-brand" underline="never">
              {t('app.name')}
            </AnchorLink>
            <NavLinks />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" ref={main} tabIndex={-1} bg="gray.0">
        <Container size="lg" py="md">
          <Outlet />
        </Container>
      </AppShell.Main>
      <IdleWarning />
    </AppShell>
  );
}
