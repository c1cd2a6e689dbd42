// The inbox: to-do items computed by every area (overdue first, then by due date) and the user's
// notifications (unread first), each leading to where the work is. Labels come from each area's
// catalogue (`<area>.inbox.<what>`, `<area>.notify.<event>`), with a generic label when one is missing.
import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { TableScroller } from '../../components/TableScroller.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InboxItem, inboxApi, inboxKeys, type Notification } from '../../api/inbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormStack } from '../../components/FormStack.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { StatusLabel } from '../../components/StatusLabel.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDate } from '../cases/CaseListPage.tsx';
import { currentLocale } from '../cases/labels.ts';
import { labelKey, linkFor } from './links.ts';
import { useInbox } from './useInbox.ts';

const PAGE_SIZE = 20;

export function ItemLink({
  item,
  children,
}: {
  item: { kind: string; caseId: string | null; subjectType: string; subjectId: string };
  children: string;
}) {
  const link = linkFor(item);
  if (!link) return <>{children}</>;
  if (link.to === 'subject-page')
    // Paths other areas register in links.ts: not known to the typed router from here.
    return (
      <AnchorLink to={link.path as never} params={link.params as never}>
        {children}
      </AnchorLink>
    );
  if (link.to === '/cases/$id')
    return (
      <AnchorLink to="/cases/$id" params={link.params} search={link.search as never}>
        {children}
      </AnchorLink>
    );
  return <AnchorLink to={link.to}>{children}</AnchorLink>;
}

function Due({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation();
  if (!item.dueAt) return <Text size="sm">{t('inbox.noDue')}</Text>;
  const date = formatDate(item.dueAt, currentLocale(i18n.language));
  return (
    <Stack gap={2}>
      {item.overdue && <StatusLabel tone="orange" label={t('inbox.overdue')} />}
      <Text size="sm">{t('inbox.dueOn', { date })}</Text>
    </Stack>
  );
}

function TodoList() {
  const { t } = useTranslation();
  const inbox = useInbox();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="inbox-todo-heading">
      <Title order={2} size="h3" id="inbox-todo-heading" mb="sm">
        {t('inbox.todo')}
      </Title>
      {inbox.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      <ErrorAlert error={inbox.error} />
      {inbox.data && inbox.data.unavailableSources.length > 0 && (
        <Alert color="orange" variant="light" mb="sm">
          {t('inbox.unavailable')}
        </Alert>
      )}
      {inbox.data && inbox.data.items.length === 0 && <Text>{t('inbox.todoNone')}</Text>}
      {inbox.data && inbox.data.items.length > 0 && (
        <TableScroller label={t('inbox.todoCaption')} minWidth={560}>
          <Table verticalSpacing="sm" striped>
            <Table.Caption className="visually-hidden">{t('inbox.todoCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('inbox.item')}</Table.Th>
                <Table.Th scope="col">{t('inbox.case')}</Table.Th>
                <Table.Th scope="col">{t('inbox.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inbox.data.items.map((item) => (
                <Table.Tr
                  key={`${item.kind}:${item.subjectId}`}
                  data-testid="inbox-item"
                  data-kind={item.kind}
                >
                  <Table.Td>
                    <ItemLink item={item}>
                      {t(labelKey(item.kind, 'inbox'), { defaultValue: t('inbox.genericItem') })}
                    </ItemLink>
                  </Table.Td>
                  <Table.Td>
                    {item.caseId && item.caseCode ? (
                      <AnchorLink to="/cases/$id" params={{ id: item.caseId }}>
                        {item.caseCode}
                      </AnchorLink>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Due item={item} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
    </Paper>
  );
}

function NotificationList() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: inboxKeys.notifications(page),
    queryFn: () => inboxApi.notifications(page, PAGE_SIZE),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: inboxKeys.all });
  const markRead = useMutation({
    mutationFn: (n: Notification) => inboxApi.markRead(n.id),
    onSettled: refresh,
  });
  const markAll = useMutation({ mutationFn: inboxApi.markAllRead, onSettled: refresh });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="inbox-notifications-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="inbox-notifications-heading">
          {t('inbox.notifications')}
          {list.data && list.data.unread > 0 && (
            <Text span size="sm" c="dimmed" fw={400} ml="sm">
              {t('inbox.unreadCount', { count: list.data.unread })}
            </Text>
          )}
        </Title>
        {list.data && list.data.unread > 0 && (
          <Button variant="default" size="xs" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {t('inbox.markAllRead')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={list.error ?? markRead.error ?? markAll.error} />
      {list.isPending && (
        <Center py="md">
          <Loader />
        </Center>
      )}
      {list.data && list.data.items.length === 0 && <Text>{t('inbox.notificationsNone')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <TableScroller label={t('inbox.notificationsCaption')} minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('inbox.notificationsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('inbox.item')}</Table.Th>
                <Table.Th scope="col">{t('inbox.case')}</Table.Th>
                <Table.Th scope="col">{t('inbox.received')}</Table.Th>
                <Table.Th scope="col">{t('inbox.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((n) => (
                <Table.Tr key={n.id} data-testid="notification" data-kind={n.kind} data-subject={n.subjectId}>
                  <Table.Td fw={n.readAt ? 400 : 700}>
                    <ItemLink item={n}>
                      {t(labelKey(n.kind, 'notify'), { defaultValue: t('inbox.genericNotification') })}
                    </ItemLink>
                  </Table.Td>
                  <Table.Td>
                    {n.caseId && n.caseCode ? (
                      <AnchorLink to="/cases/$id" params={{ id: n.caseId }}>
                        {n.caseCode}
                      </AnchorLink>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(n.createdAt, locale)}</Table.Td>
                  <Table.Td>
                    {n.readAt ? (
                      <Text size="sm">{t('inbox.read')}</Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <StatusLabel tone="orange" label={t('inbox.unread')} />
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => markRead.mutate(n)}
                          aria-label={`${t('inbox.markRead')}: ${t(labelKey(n.kind, 'notify'), { defaultValue: t('inbox.genericNotification') })}, ${formatDate(n.createdAt, locale)}`}
                        >
                          {t('inbox.markRead')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      {pages > 1 && (
        <Group justify="space-between" mt="sm">
          <Button variant="default" size="xs" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('inbox.previous')}
          </Button>
          <Text size="sm">{t('inbox.page', { page, pages })}</Text>
          <Button variant="default" size="xs" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('inbox.next')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

function EmailSetting() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: inboxKeys.email, queryFn: inboxApi.email });
  const [email, setEmail] = useState('');
  useEffect(() => {
    if (current.data) setEmail(current.data.email ?? '');
  }, [current.data]);
  const save = useMutation({
    mutationFn: (value: string | null) => inboxApi.setEmail(value),
    onSuccess: (saved) => queryClient.setQueryData(inboxKeys.email, saved),
  });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="inbox-email-heading">
      <Title order={2} size="h3" id="inbox-email-heading" mb="xs">
        {t('inbox.email.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('inbox.email.help')}
      </Text>
      <FormStack
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(email.trim() || null);
        }}
      >
        <ErrorAlert error={save.error} />
        <TextInput
          type="email"
          autoComplete="email"
          label={t('inbox.email.label')}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          maw={420}
        />
        <Group>
          <Button type="submit" loading={save.isPending && save.variables !== null}>
            {t('inbox.email.save')}
          </Button>
          {current.data?.email && (
            <Button
              variant="default"
              onClick={() => {
                setEmail('');
                save.mutate(null);
              }}
            >
              {t('inbox.email.clear')}
            </Button>
          )}
          {save.isSuccess && (
            <Text size="sm" role="status">
              {t('inbox.email.saved')}
            </Text>
          )}
        </Group>
      </FormStack>
    </Paper>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.title'));
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('inbox.title')}</Title>
        <Text c="dimmed">{t('inbox.intro')}</Text>
      </div>
      <TodoList />
      <NotificationList />
      <EmailSetting />
    </Stack>
  );
}
