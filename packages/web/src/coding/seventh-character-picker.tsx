import { useEffect, useRef } from 'react';
import { Group, Kbd, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { formatIcd10cm } from '../format.ts';
import { characterForKey, withSeventhCharacter } from './seventh-character.ts';

interface Props {
  readonly base: string;
  readonly title: string;
  readonly values: readonly { readonly character: string; readonly meaning: string }[];
  readonly onPick: (code: string) => void;
  readonly onCancel: () => void;
}

/**
 * The 7th character for a code that needs one: press its letter (A, D, S…) or click it;
 * Escape goes back to the search.
 */
export function SeventhCharacterPicker({ base, title, values, onPick, onCancel }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <Paper
      ref={ref}
      withBorder
      p="xs"
      tabIndex={-1}
      role="dialog"
      aria-label={`7th character for ${formatIcd10cm(base)}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
          return;
        }
        const value = characterForKey(values, event.key);
        if (value) {
          event.preventDefault();
          onPick(withSeventhCharacter(base, value.character));
        }
      }}
    >
      <Text size="sm" fw={600}>
        {formatIcd10cm(base)} {title} — 7th character
      </Text>
      <Stack gap={2} mt={4}>
        {values.map((value) => (
          <UnstyledButton
            key={value.character}
            onClick={() => onPick(withSeventhCharacter(base, value.character))}
          >
            <Group gap="xs">
              <Kbd size="xs">{value.character}</Kbd>
              <Text size="sm">{value.meaning}</Text>
              <Text size="xs" c="dimmed">
                {formatIcd10cm(withSeventhCharacter(base, value.character))}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt={4}>
        Press the letter, or Esc to go back.
      </Text>
    </Paper>
  );
}
