// Warns before the server's idle timeout ends the session. The deadline is counted on the browser's
// clock from the last successful API request (every authenticated request refreshes the server's
// idle timer), using the timeout the server reports, so browser and server clocks need not agree.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { lastApiActivity, onApiActivity } from '../api/client.ts';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../session/session.ts';
import { useSignOut } from '../session/useSignOut.ts';

const WARNING_SECONDS = 60;
// The server records activity at most every 10 s, so its idle clock may have started up to 10 s
// before our last request; ending early is safe, ending late would show a dead session.
const SERVER_TOUCH_SLACK_MS = 10_000;

export function IdleWarning() {
  const { t } = useTranslation();
  const { data: me, refetch, isFetching } = useQuery(meQuery);
  const lastActivity = useSyncExternalStore(onApiActivity, lastApiActivity);
  const signOut = useSignOut();
  const [now, setNow] = useState(() => Date.now());
  const ticker = useInterval(() => setNow(Date.now()), 1000);

  useEffect(() => {
    ticker.start();
    return ticker.stop;
  }, [ticker.start, ticker.stop]);

  const timeoutSeconds = me?.session.idleTimeoutSeconds ?? 0;
  // With very short timeouts (tests, strict deployments) warn for half the period instead.
  const warnSeconds = Math.min(WARNING_SECONDS, Math.floor(timeoutSeconds / 2));
  const deadline = lastActivity + timeoutSeconds * 1000 - SERVER_TOUCH_SLACK_MS;
  const secondsLeft = Math.max(0, Math.ceil((deadline - now) / 1000));
  const expired = timeoutSeconds > 0 && secondsLeft === 0;
  const opened = timeoutSeconds > 0 && !expired && secondsLeft <= warnSeconds;

  useEffect(() => {
    if (expired) void signOut('expired');
  }, [expired, signOut]);

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={() => void refetch()}
      title={t('idle.title')}
      centered
      closeOnClickOutside={false}
      data-testid="idle-warning"
    >
      <Text mb="lg">{t('idle.body', { count: secondsLeft })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void signOut()}>
          {t('idle.signOut')}
        </Button>
        <Button onClick={() => void refetch()} loading={isFetching} data-autofocus>
          {t('idle.stay')}
        </Button>
      </Group>
    </Modal>
  );
}
