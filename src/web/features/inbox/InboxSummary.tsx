// The home page's glance at the inbox: how much is waiting, how much is overdue, the first few items
// (overdue first, as the inbox orders them), and a link to it.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/links.tsx';
import { CountLine, START_CARD_ENTRIES, StartCard } from '../home/StartCard.tsx';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { ItemLink } from './InboxPage.tsx';
import { labelKey } from './links.ts';
import { useInbox } from './useInbox.ts';

export function InboxSummary() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const inbox = useInbox();
  if (!inbox.data) return null;
  const waiting = inbox.data.items.length;
  const overdue = inbox.data.items.filter((item) => item.overdue).length;
  const unread = inbox.data.unreadNotifications;
  const entries = inbox.data.items.slice(0, START_CARD_ENTRIES).map((item) => (
    <>
      <ItemLink item={item}>
        {t(labelKey(item.kind, 'inbox'), { defaultValue: t('inbox.genericItem') })}
      </ItemLink>
      <Text span size="sm" c="dimmed">
        {item.caseCode ? ` · ${item.caseCode}` : ''}
        {item.dueAt ? ` · ${t('inbox.dueOn', { date: formatDate(item.dueAt, locale) })}` : ''}
      </Text>
    </>
  ));
  return (
    <StartCard
      id="inbox"
      title={t('inbox.summary.title')}
      summary={
        <>
          <CountLine>
            {waiting === 0 ? t('inbox.todoNone') : t('inbox.summary.waiting', { count: waiting })}
          </CountLine>
          {overdue > 0 && <CountLine strong>{t('inbox.summary.overdue', { count: overdue })}</CountLine>}
          {unread > 0 && <CountLine>{t('inbox.unreadCount', { count: unread })}</CountLine>}
        </>
      }
      entries={entries}
      action={
        <ButtonLink to="/inbox" variant="light">
          {t('inbox.summary.open')}
        </ButtonLink>
      }
    />
  );
}
