import { Stack, Text } from '@mantine/core';
import type { CodeInWords } from '../api/types.ts';

/** A denial's CARC reasons and RARC remarks, each code with the code list's words. */
export function DenialReasons({
  reasons = [],
  remarks = [],
}: {
  readonly reasons?: readonly CodeInWords[] | undefined;
  readonly remarks?: readonly CodeInWords[] | undefined;
}) {
  if (reasons.length === 0 && remarks.length === 0) return null;
  const rows = [
    ...reasons.map((r) => ({ ...r, label: 'Reason' })),
    ...remarks.map((r) => ({ ...r, label: 'Remark' })),
  ];
  return (
    <Stack gap={2} role="list" aria-label="Denial reasons">
      {rows.map((r) => (
        <Text key={`${r.label}:${r.code}`} size="xs" role="listitem">
          <Text span size="xs" c="dimmed" w={48} display="inline-block">
            {r.label}
          </Text>
          <Text span size="xs" ff="monospace" fw={700}>
            {r.code}
          </Text>{' '}
          {r.text ?? (
            <Text span size="xs" c="dimmed">
              (not in the loaded code list)
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}
