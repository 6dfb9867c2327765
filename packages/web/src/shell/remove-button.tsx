import { ActionIcon } from '@mantine/core';

/** The small red ✕ that takes a row off a form; `label` says what it removes, for screen readers. */
export function RemoveButton({
  label,
  onClick,
}: {
  readonly label: string;
  readonly onClick: () => void;
}) {
  return (
    <ActionIcon size="xs" variant="subtle" color="red" aria-label={label} onClick={onClick}>
      ✕
    </ActionIcon>
  );
}
