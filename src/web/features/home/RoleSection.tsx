import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import { ButtonLink } from '../../components/links.tsx';
import { can, useMe } from '../../session/session.ts';
import { AccessLogLookup } from './AccessLogLookup.tsx';

export function RoleSection({ role }: { role: Role }) {
  const { t } = useTranslation();
  const me = useMe();
  const headingId = `role-${role}`;
  return (
    <Card withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`roles.${role}.name`)}
        </Title>
        <Text>{t(`roles.${role}.description`)}</Text>
        {role === 'analyst' && (
          <Text size="sm" c="dimmed">
            {t('home.analystAggregates')}
          </Text>
        )}
        {role === 'admin' && (
          <Group>
            {can(me, 'users.manage') && <ButtonLink to="/admin/users">{t('nav.users')}</ButtonLink>}
            {can(me, 'agencies.manage') && (
              <ButtonLink to="/admin/agencies" variant="default">
                {t('nav.agencies')}
              </ButtonLink>
            )}
          </Group>
        )}
        {role === 'supervisor' && can(me, 'audit.read') && <AccessLogLookup />}
      </Stack>
    </Card>
  );
}
