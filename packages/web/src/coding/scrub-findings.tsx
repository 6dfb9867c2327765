import { Badge, Group, Loader, Stack, Text } from '@mantine/core';
import type { ScrubIssue, ScrubPreview, Severity } from '../api/types.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';

const COLOR: Record<Severity, string> = { reject: 'red', deny: 'orange', warn: 'yellow' };

interface Props {
  readonly preview: ScrubPreview | undefined;
  readonly error: unknown;
  readonly fetching: boolean;
}

/** What the scrubber would say if this encounter were billed now, with how to fix each finding. */
export function ScrubFindings({ preview, error, fetching }: Props) {
  const issues: ScrubIssue[] = preview?.claims.flatMap((c) => c.issues) ?? [];
  return (
    <Stack gap={4} aria-label="Scrubber findings" role="region" aria-live="polite">
      <Group gap="xs">
        <Text size="sm" fw={700}>
          Scrubber
        </Text>
        {fetching && <Loader size={12} />}
        {preview && !error && issues.length === 0 && preview.skipped.length === 0 && (
          <Badge color="green" size="sm" variant="light">
            clean
          </Badge>
        )}
      </Group>
      <ProblemAlert error={error} title="The encounter is not complete yet" />
      {preview?.skipped.map((s) => (
        <Text key={s.encounterId} size="sm" c="dimmed">
          Not scrubbed: {s.reason}
        </Text>
      ))}
      {issues.map((issue, i) => (
        <Stack key={`${issue.ruleId}-${i}`} gap={0} data-rule={issue.ruleId}>
          <Group gap={6} wrap="nowrap" align="start">
            <Badge size="xs" color={COLOR[issue.severity]} miw={48}>
              {issue.severity}
            </Badge>
            <Text size="xs" ff="monospace" c="dimmed" miw={90}>
              {issue.ruleId}
            </Text>
            <Text size="sm">{issue.message}</Text>
          </Group>
          <Text size="xs" c="teal.8" pl={148}>
            Fix: {issue.fix}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
