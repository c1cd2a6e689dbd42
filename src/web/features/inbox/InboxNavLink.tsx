// "Inbox" in the navigation, with the number of items waiting and unread notifications. The number is
// part of the link's accessible name ("Inbox (3 items waiting)"), not only a coloured badge.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.tsx';
import { useInbox } from './useInbox.ts';

export function InboxNavLink({ onClick }: { onClick?: () => void }) {
  const { t } = useTranslation();
  const inbox = useInbox();
  const count = inbox.data ? inbox.data.items.length + inbox.data.unreadNotifications : 0;
  return (
    <AnchorLink
      to="/inbox"
      activeProps={{ fw: 700, 'aria-current': 'page' as const }}
      c="dark"
      onClick={onClick}
    >
      {t('inbox.nav')}
      {count > 0 && (
        <>
          <Badge component="span" ml={6} size="sm" color="red.8" aria-hidden="true" data-testid="inbox-count">
            {count}
          </Badge>
          <span className="visually-hidden">{` (${t('inbox.navCount', { count })})`}</span>
        </>
      )}
    </AnchorLink>
  );
}
