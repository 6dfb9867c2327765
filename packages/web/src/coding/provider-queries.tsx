import { useState } from 'react';
import { Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useAskProvider, useEncounterQueries } from './use-provider-queries.ts';

/**
 * Questions to the provider about this note: the ones asked so far with their answers, and
 * "Query the provider", which sends a question to the provider's queue and holds the encounter.
 */
export function ProviderQueries({ encounterId }: { readonly encounterId: string }) {
  const queries = useEncounterQueries(encounterId);
  const ask = useAskProvider(encounterId);
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState('');
  const { roles } = useUser();

  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={700}>
          Provider queries
        </Text>
        {can(roles, 'encounters:write') ? (
          <Button size="compact-xs" variant="default" onClick={() => setOpen(true)}>
            Query the provider
          </Button>
        ) : (
          can(roles, 'queries:answer') && (
            <Anchor component={Link} to="/queries" size="xs">
              Answer in My queries
            </Anchor>
          )
        )}
      </Group>
      <ProblemAlert error={queries.error} />
      {queries.data?.length === 0 && (
        <Text size="xs" c="dimmed">
          None asked.
        </Text>
      )}
      {queries.data?.map((q) => (
        <Text key={q.id} size="xs">
          <b>Q</b> {q.question}{' '}
          {q.answer ? (
            <>
              — <b>A</b> {q.answer}{' '}
              <Text span size="xs" c="dimmed">
                (
                {q.answeredBy
                  ? actorLabel({ id: q.answeredBy, name: q.answeredByName })
                  : 'provider'}
                {q.answeredAt ? `, ${new Date(q.answeredAt).toLocaleString()}` : ''})
              </Text>
            </>
          ) : (
            <Text span size="xs" c="orange">
              (waiting; encounter on hold)
            </Text>
          )}
        </Text>
      ))}
      <Modal opened={open} onClose={() => setOpen(false)} title="Query the provider">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate(question, {
              onSuccess: () => {
                setQuestion('');
                setOpen(false);
              },
            });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label="Question"
              description="Goes to the rendering provider's queue; the encounter is held until answered."
              autosize
              minRows={3}
              required
              data-autofocus
              value={question}
              onChange={(e) => setQuestion(e.currentTarget.value)}
            />
            <ProblemAlert error={ask.error} title="Not sent" />
            <Group justify="end">
              <Button type="submit" loading={ask.isPending} disabled={!question.trim()}>
                Send and hold the encounter
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
