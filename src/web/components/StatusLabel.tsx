import { Box, Group, Text } from '@mantine/core';

/**
 * A status word with a coloured dot. The word carries the meaning (colour alone must not, WCAG 1.4.1)
 * and stays dark for contrast; Mantine's coloured badge text falls below 4.5:1 on table stripes.
 */
export function StatusLabel({ label, tone }: { label: string; tone: 'green' | 'gray' | 'orange' }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Box w={8} h={8} bg={`${tone}.7`} style={{ borderRadius: '50%' }} aria-hidden="true" />
      <Text size="sm" span>
        {label}
      </Text>
    </Group>
  );
}
