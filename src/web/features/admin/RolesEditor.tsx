// Edits a user's role grants. District and region scopes need the unit they cover; other scopes
// must not carry one (the server rejects a stray unitCode).
import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AdminUnit, ROLES, type RoleGrant, SCOPES, type Scope } from '../../api/types.ts';
import { unitOptions } from '../../api/referenceQueries.ts';

interface Props {
  value: RoleGrant[];
  onChange: (grants: RoleGrant[]) => void;
  units: AdminUnit[] | undefined;
}

function unitLevelFor(scope: Scope): AdminUnit['level'] | null {
  if (scope === 'district') return 'district';
  if (scope === 'region') return 'region';
  return null;
}

export function RolesEditor({ value, onChange, units }: Props) {
  const { t, i18n } = useTranslation();

  function update(index: number, patch: Partial<RoleGrant>) {
    onChange(
      value.map((grant, i) => {
        if (i !== index) return grant;
        const next = { ...grant, ...patch };
        if (!unitLevelFor(next.scope)) next.unitCode = null;
        return next;
      }),
    );
  }

  return (
    <Fieldset legend={t('admin.users.roles')}>
      <Stack gap="sm">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('admin.users.noRoles')}
          </Text>
        )}
        {value.map((grant, index) => {
          const level = unitLevelFor(grant.scope);
          const position = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: grants have no identity of their own while being edited
            <Group key={index} align="flex-end" gap="xs" wrap="wrap">
              <Select
                label={t('admin.users.role', { position })}
                data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}.name`) }))}
                value={grant.role}
                allowDeselect={false}
                onChange={(role) => role && update(index, { role: role as RoleGrant['role'] })}
                w={190}
              />
              <Select
                label={t('admin.users.scope', { position })}
                data={SCOPES.map((scope) => ({ value: scope, label: t(`scopes.${scope}`) }))}
                value={grant.scope}
                allowDeselect={false}
                onChange={(scope) => scope && update(index, { scope: scope as Scope })}
                w={150}
              />
              {level && (
                <Select
                  label={t('admin.users.unit', { position })}
                  data={unitOptions(units, i18n.language, [level])}
                  value={grant.unitCode}
                  searchable
                  required
                  nothingFoundMessage={t('common.nothingFound')}
                  onChange={(unitCode) => update(index, { unitCode })}
                  w={240}
                />
              )}
              <ActionIcon
                variant="default"
                size="lg"
                mb={2}
                aria-label={t('admin.users.removeRole', { position })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => onChange([...value, { role: 'caseworker', scope: 'own', unitCode: null }])}
          >
            {t('admin.users.addRole')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
