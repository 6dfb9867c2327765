import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import type { WorklistItem } from '../api/types.ts';
import { formatCents } from '../format.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { AppealLetter } from './appeal-letter.tsx';
import { DenialReasons } from './denial-reasons.tsx';
import { detailLines } from './worklist-detail.ts';
import { useWorklistAction } from './use-worklists.ts';

/** Work one item: note what was done, assign it, resolve or reopen it. Every action is kept. */
export function WorklistItemPanel({ item }: { readonly item: WorklistItem }) {
  const user = useUser();
  const act = useWorklistAction(item.id);
  const [text, setText] = useState('');
  const [assignTo, setAssignTo] = useState('');
  const [status, setStatus] = useState(item.status);
  const run = (body: Parameters<typeof act.mutate>[0]) =>
    act.mutate(body, {
      onSuccess: () => {
        setText('');
        if (body.action === 'resolve') setStatus('resolved');
        if (body.action === 'reopen') setStatus('open');
      },
    });

  return (
    <Stack gap="xs" aria-label="Work item">
      <Text size="sm" fw={700}>
        {item.summary}
      </Text>
      <Text size="xs" c="dimmed">
        {item.source} · {status}
        {item.amount === undefined ? '' : ` · ${formatCents(item.amount)}`}
        {item.claimId && (
          <>
            {' · '}
            <Anchor component={Link} to={`/claims/${item.claimId}`} size="xs">
              open the claim
            </Anchor>
          </>
        )}
      </Text>
      <DenialReasons reasons={item.reasons} remarks={item.remarks} />
      {item.kind === 'denial' && can(user.roles, 'claims:write') && (
        <Group gap="xs">
          <AppealLetter itemId={item.id} />
          {item.claimId && (
            <Button variant="subtle" component={Link} to={`/claims/${item.claimId}`}>
              Correct or void the claim
            </Button>
          )}
        </Group>
      )}
      <Stack gap={0}>
        {detailLines(item.detail, item.remarks?.length ? ['remarks'] : []).map(([label, value]) => (
          <Text key={label} size="xs">
            <b>{label}</b>: {value}
          </Text>
        ))}
      </Stack>
      <Textarea
        label="Note"
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        placeholder="What you did or found (required for every action)"
      />
      <Group gap="xs" align="end">
        <TextInput
          label="Assign to"
          w={180}
          value={assignTo}
          onChange={(e) => setAssignTo(e.currentTarget.value)}
        />
        <Button
          variant="default"
          disabled={!text.trim() || !assignTo.trim()}
          onClick={() => run({ action: 'assign', text, assignTo })}
        >
          Assign
        </Button>
        <Button
          variant="default"
          disabled={!text.trim()}
          onClick={() => run({ action: 'note', text })}
        >
          Add note
        </Button>
        {status === 'open' ? (
          <Button
            color="green"
            disabled={!text.trim()}
            onClick={() => run({ action: 'resolve', text })}
          >
            Resolve
          </Button>
        ) : (
          <Button
            variant="default"
            disabled={!text.trim()}
            onClick={() => run({ action: 'reopen', text })}
          >
            Reopen
          </Button>
        )}
      </Group>
      <ProblemAlert error={act.error} />
      {act.data && (
        <Stack gap={2} role="region" aria-label="Item history">
          {act.data.history.map((note, i) => (
            <Text key={i} size="xs">
              {new Date(note.at).toLocaleString()} · <b>{note.action}</b> · {note.text} (
              {note.actorId === user.id ? 'you' : note.actorId})
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
