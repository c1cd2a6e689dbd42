// The service directory: search by need and place, and the gaps (places × kinds with no service).
// Those who may describe services get a button to add one.
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { can, useMe } from '../../session/session.ts';
import type { DirectoryTab } from './directorySearch.ts';
import { GapsPanel } from './GapsPanel.tsx';
import { ServiceFormModal } from './ServiceForm.tsx';
import { ServiceSearchPanel } from './ServiceSearch.tsx';

export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const me = useMe();
  const search = useSearch({ from: '/app/services/' });
  const navigate = useNavigate({ from: '/services/' });
  const tab: DirectoryTab = search.tab ?? 'search';
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1}>{t('directory.title')}</Title>
        {can(me, 'services.manage') && (
          <Button onClick={() => setCreating(true)}>{t('directory.create')}</Button>
        )}
      </Group>
      <Text size="sm">{t('directory.intro')}</Text>
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: value === 'gaps' ? { tab: 'gaps' } : {}, replace: true })
        }
      >
        <Tabs.List aria-label={t('directory.tabsLabel')}>
          <Tabs.Tab value="search">{t('directory.tab.search')}</Tabs.Tab>
          <Tabs.Tab value="gaps">{t('directory.tab.gaps')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="search" pt="md">
          {tab === 'search' && <ServiceSearchPanel />}
        </Tabs.Panel>
        <Tabs.Panel value="gaps" pt="md">
          {tab === 'gaps' && <GapsPanel />}
        </Tabs.Panel>
      </Tabs>
      <ServiceFormModal service={null} opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
