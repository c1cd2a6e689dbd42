// Layout of the signed-in area: Haven header with navigation, language and user menus, the page, and
// the idle-timeout watcher.
import { AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, rememberLocale } from '../i18n/index.ts';
import { useMe } from '../session/session.ts';
import { IdleWarning } from './IdleWarning.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { HeaderNav, PhoneNavEntries } from './MainNav.tsx';
import { AnchorLink } from './links.tsx';
import { useFocusOnNavigate } from './useFocusOnNavigate.ts';
import { UserMenu } from './UserMenu.tsx';

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const [navOpened, nav] = useDisclosure(false);
  // The phone navbar closes after any navigation (also back/forward) and when the screen grows wide
  // enough for the header row, so it never lingers over the page it led to.
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const wide = useMediaQuery('(min-width: 48em)');
  const closeNav = nav.close;
  useEffect(() => {
    if (pathname || wide) closeNav();
  }, [pathname, wide, closeNav]);
  // Esc closes an open navbar and returns focus to the burger that opened it.
  const burger = useRef<HTMLButtonElement>(null);
  useWindowEvent('keydown', (event) => {
    if (event.key !== 'Escape' || !navOpened) return;
    closeNav();
    burger.current?.focus();
  });

  // After sign-in the language saved on the user's profile wins over this browser's last choice.
  const savedLocale = me.user.locale;
  useEffect(() => {
    if (isLocale(savedLocale) && i18n.language !== savedLocale) {
      rememberLocale(savedLocale);
      void i18n.changeLanguage(savedLocale);
    }
  }, [savedLocale, i18n]);

  return (
    <AppShell
      header={{ height: 60 }}
      // Wide screens navigate from the header; the navbar exists only while a phone user has opened it
      // (rendering it only then keeps it out of the tab order and the landmark list otherwise).
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: true } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="xl" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                ref={burger}
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={navOpened}
                aria-controls="phone-navigation"
                data-testid="nav-burger"
              />
              <AnchorLink to="/" className="haven-brand" underline="never">
                {t('app.name')}
              </AnchorLink>
            </Group>
            <HeaderNav />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {navOpened && (
        <AppShell.Navbar id="phone-navigation" aria-label={t('nav.label')} p="xs">
          <PhoneNavEntries onNavigate={nav.close} />
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main-content" ref={main} tabIndex={-1} bg="gray.0">
        <Container size="lg" py="md" px={{ base: 0, sm: 'md' }}>
          <Outlet />
        </Container>
      </AppShell.Main>
      <IdleWarning />
    </AppShell>
  );
}
