import type { ReactNode } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';

/** What a dialog did, said once it is done, with the button that closes it (focused). */
export function DoneMessage({
  children,
  onClose,
}: {
  readonly children: ReactNode;
  readonly onClose: () => void;
}) {
  return (
    <Stack gap="xs">
      <Text size="sm" role="status">
        {children}
      </Text>
      <Group justify="end">
        <Button data-autofocus onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
