import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './links.tsx';
import { usePageTitle } from './usePageTitle.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <main>
      <Stack p="xl" maw={600} mx="auto">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text>{t('notFound.body')}</Text>
        <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
      </Stack>
    </main>
  );
}
