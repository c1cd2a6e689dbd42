// One card of the home page's "what needs you today": a heading, a count sentence, the first few
// entries, and a link to the full page. Each card reads an existing list endpoint; none adds data.
import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** How many entries a card lists before pointing to the full page. */
export const START_CARD_ENTRIES = 3;

export function StartCard({
  id,
  title,
  summary,
  entries,
  action,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  entries?: ReactNode[];
  action?: ReactNode;
}) {
  const headingId = `start-${id}-heading`;
  return (
    <Card
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby={headingId}
      data-testid={`start-${id}`}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        <div>{summary}</div>
        {entries && entries.length > 0 && (
          <List spacing={4} size="sm">
            {entries.map((entry, index) => (
              // Entries are short rows of one list that is never reordered in place.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <List.Item key={index}>{entry}</List.Item>
            ))}
          </List>
        )}
        {action && <Group>{action}</Group>}
      </Stack>
    </Card>
  );
}

export function CountLine({ children, strong }: { children: ReactNode; strong?: boolean }) {
  return strong ? (
    <Text fw={700} c="red.9">
      {children}
    </Text>
  ) : (
    <Text>{children}</Text>
  );
}
