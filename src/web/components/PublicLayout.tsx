// Layout of the pages a visitor sees before being fully signed in.
import { AppShell, Container, Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { AnchorLink } from './links.tsx';
import { useFocusOnNavigate } from './useFocusOnNavigate.ts';

export function PublicLayout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <AnchorLink to="/sign-in" className="haven-brand" underline="never">
            {t('app.name')}
          </AnchorLink>
          <LanguageSwitcher />
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" ref={main} tabIndex={-1} bg="gray.0">
        <Container size={460} py="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
