// An audit action as the access logs show it: the label in the reader's language, with the precise
// action name beneath in small code text, for auditors who compare it with an export or the chain.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditActionLabel } from './auditActionLabel.ts';

export function AuditActionText({ action }: { action: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{auditActionLabel(t, action)}</Text>
      <Text size="xs" c="dimmed" ff="monospace" translate="no">
        {action}
      </Text>
    </>
  );
}
