// The home page's glance at the inbox: how much is waiting, how much is overdue, a link to it.
import { Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links.tsx';
import { useInbox } from './useInbox.ts';

export function InboxSummary() {
  const { t } = useTranslation();
  const inbox = useInbox();
  if (!inbox.data) return null;
  const waiting = inbox.data.items.length;
  const overdue = inbox.data.items.filter((item) => item.overdue).length;
  const unread = inbox.data.unreadNotifications;
  return (
    <Card withBorder radius="md" p="lg" component="section" aria-labelledby="inbox-summary-heading">
      <Title order={2} size="h3" id="inbox-summary-heading" mb="sm">
        {t('inbox.summary.title')}
      </Title>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Text>{waiting === 0 ? t('inbox.todoNone') : t('inbox.summary.waiting', { count: waiting })}</Text>
          {overdue > 0 && (
            <Text fw={700} c="red.9">
              {t('inbox.summary.overdue', { count: overdue })}
            </Text>
          )}
          {unread > 0 && <Text>{t('inbox.unreadCount', { count: unread })}</Text>}
        </div>
        <ButtonLink to="/inbox" variant="light">
          {t('inbox.summary.open')}
        </ButtonLink>
      </Group>
    </Card>
  );
}
