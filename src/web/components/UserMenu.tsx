import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../session/session.ts';
import { useSignOut } from '../session/useSignOut.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          leftSection={
            // No initials inside: visible text must be part of the button's accessible name (WCAG 2.5.3).
            <Avatar size="sm" color="blue" radius="xl" aria-hidden="true" />
          }
          aria-label={t('userMenu.open', { name: me.user.displayName })}
          data-testid="user-menu"
        >
          <Text span size="sm" visibleFrom="sm">
            {me.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.username}</Menu.Label>
        <Menu.Item onClick={() => void navigate({ to: '/account/password' })}>
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Item onClick={() => void navigate({ to: '/account/passkeys' })}>{t('passkeys.menu')}</Menu.Item>
        {!me.user.mfaEnabled && (
          <Menu.Item onClick={() => void navigate({ to: '/mfa/enrol' })}>{t('userMenu.setUpMfa')}</Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>{t('userMenu.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
