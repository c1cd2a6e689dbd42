import { type MantineSpacing, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * A form laid out as a Mantine Stack. Browser validation bubbles are turned off (noValidate): they are
 * not translated with the page and the server's translated errors say more.
 */
export function FormStack(props: {
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
  gap?: MantineSpacing;
}) {
  return (
    <form onSubmit={props.onSubmit} noValidate>
      <Stack gap={props.gap ?? 'md'}>{props.children}</Stack>
    </form>
  );
}
