import { useState } from 'react';
import { Anchor, Button, Group, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { useEncounter } from '../coding/use-encounter.ts';
import { useAnswerQuery } from '../coding/use-provider-queries.ts';
import type { ProviderQuery } from '../coding/use-provider-queries.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';

/** One question beside the note it is about; the answer goes back to the coder (Ctrl+Enter). */
export function QueryAnswer({
  query,
  onAnswered,
}: {
  readonly query: ProviderQuery;
  readonly onAnswered: () => void;
}) {
  const encounter = useEncounter(query.encounterId);
  const answer = useAnswerQuery(query.id);
  const [text, setText] = useState('');
  const send = () => {
    if (text.trim()) answer.mutate(text.trim(), { onSuccess: onAnswered });
  };
  return (
    <Stack gap="xs" aria-label="Query">
      <Text size="sm">
        <b>{actorLabel({ id: query.askedBy, name: query.askedByName })}</b> asked on{' '}
        {new Date(query.askedAt).toLocaleString()}:
      </Text>
      <Text size="sm" p="xs" bg="yellow.0" style={{ whiteSpace: 'pre-wrap' }}>
        {query.question}
      </Text>
      <Group justify="space-between">
        <Text size="xs" fw={700}>
          The note (DOS {query.serviceDate})
        </Text>
        <Anchor component={Link} to={`/encounters/${query.encounterId}`} size="xs">
          open the encounter
        </Anchor>
      </Group>
      <ProblemAlert error={encounter.error} />
      <ScrollArea.Autosize mah={260} type="auto">
        <Text size="xs" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
          {encounter.data?.documentation || (encounter.data ? 'No documentation.' : '…')}
        </Text>
      </ScrollArea.Autosize>
      {query.answer ? (
        <Text size="sm">
          <b>Your answer</b>
          {query.answeredAt ? ` (${new Date(query.answeredAt).toLocaleString()})` : ''}:{' '}
          {query.answer}
        </Text>
      ) : (
        <>
          <Textarea
            label="Answer"
            description="Goes to the coder; the encounter is released when no question is left open. Ctrl+Enter sends."
            autosize
            minRows={3}
            autoFocus
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.ctrlKey) send();
            }}
          />
          <ProblemAlert error={answer.error} title="Not sent" />
          <Group justify="end">
            <Button loading={answer.isPending} disabled={!text.trim()} onClick={send}>
              Send the answer
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
