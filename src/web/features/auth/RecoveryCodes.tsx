import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery, setPendingMfa } from '../../session/session.ts';

/** Shown once after enrolment; the user must acknowledge saving the codes before going on. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);

  async function proceed() {
    setPendingMfa(null);
    // The session has just become fully signed in; the cached user (if any) predates that.
    queryClient.removeQueries({ queryKey: meQuery.queryKey });
    await navigate({ to: '/' });
  }

  return (
    <Paper withBorder shadow="sm" p="xl" radius="md">
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('recoveryCodes.title')}
        </Title>
        <Alert color="yellow" variant="light">
          {t('recoveryCodes.warning')}
        </Alert>
        <SimpleGrid
          cols={2}
          spacing="xs"
          component="ul"
          className="recovery-codes"
          data-testid="recovery-codes"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {codes.map((code) => (
            <Text component="li" key={code} ta="center" py={4} bg="gray.1">
              {code}
            </Text>
          ))}
        </SimpleGrid>
        <Group>
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('recoveryCodes.copied') : t('recoveryCodes.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Checkbox
          label={t('recoveryCodes.confirm')}
          checked={saved}
          onChange={(event) => setSaved(event.currentTarget.checked)}
        />
        <Button onClick={() => void proceed()} disabled={!saved} fullWidth>
          {t('recoveryCodes.continue')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('recoveryCodes.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
