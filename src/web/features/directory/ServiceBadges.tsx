// The facts a practitioner scans first: free places, open now, accreditation, active or not. Each is a
// word with a coloured dot: the word carries the meaning (WCAG 1.4.1) and stays dark for contrast.
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../api/directory.ts';

type Tone = 'green' | 'red' | 'orange' | 'gray' | 'blue' | 'teal';

function Fact({ tone, label, strong }: { tone: Tone; label: string; strong?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={10} h={10} bg={`${tone}.7`} style={{ borderRadius: '50%' }} aria-hidden="true" />
      <Text size="sm" span fw={strong ? 600 : 400}>
        {label}
      </Text>
    </Group>
  );
}

export function ServiceBadges({ service }: { service: Service }) {
  const { t } = useTranslation();
  const accreditationTone: Tone =
    service.accreditationState === 'accredited'
      ? 'blue'
      : service.accreditationState === 'expired'
        ? 'orange'
        : 'gray';
  return (
    <Group gap="md">
      {service.status === 'inactive' && <Fact tone="gray" label={t('directory.status.inactive')} strong />}
      {service.freePlaces !== null && (
        <Fact
          tone={service.freePlaces > 0 ? 'green' : 'red'}
          strong
          label={
            service.freePlaces > 0
              ? t('directory.places.free', { free: service.freePlaces, capacity: service.capacity ?? 0 })
              : t('directory.places.full', { capacity: service.capacity ?? 0 })
          }
        />
      )}
      <Fact
        tone={service.openNow ? 'teal' : 'gray'}
        label={service.openNow ? t('directory.openNow') : t('directory.closedNow')}
      />
      <Fact tone={accreditationTone} label={t(`directory.accreditation.${service.accreditationState}`)} />
    </Group>
  );
}
