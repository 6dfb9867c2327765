import { useEffect, useRef, useState } from 'react';
import { Anchor, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { WorklistItem } from '../api/types.ts';
import { formatCents, statusLabel } from '../format.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { AppealLetter } from './appeal-letter.tsx';
import { DenialReasons } from './denial-reasons.tsx';
import { detailLines } from './worklist-detail.ts';
import { useAssignableUsers, useWorklistAction, useWorklistHistory } from './use-worklists.ts';
import { originLink } from './worklist-origin.ts';

/** Work one item: note what was done, assign it, resolve or reopen it. Every action is kept. */
export function WorklistItemPanel({ item }: { readonly item: WorklistItem }) {
  const user = useUser();
  const act = useWorklistAction(item.id);
  const history = useWorklistHistory(item.id);
  const [text, setText] = useState('');
  const colleagues = useAssignableUsers();
  const [assignTo, setAssignTo] = useState<string | null>(null);
  const [assignee, setAssignee] = useState(item.assignedTo?.name);
  const [status, setStatus] = useState(item.status);
  const origin = originLink(item.origin);
  // Picked by Enter in the list: the next Tab goes through this item, not the rest of the list.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const run = (body: Parameters<typeof act.mutate>[0]) =>
    act.mutate(body, {
      onSuccess: () => {
        setText('');
        if (body.action === 'assign') {
          setAssignee(colleagues.data?.find((c) => c.id === body.assignTo)?.name);
          setAssignTo(null);
        }
        if (body.action === 'resolve') setStatus('resolved');
        if (body.action === 'reopen') setStatus('open');
      },
    });

  return (
    <Stack gap="xs" aria-label="Work item">
      <Title order={4} size="sm" ref={heading} tabIndex={-1}>
        {item.summary}
      </Title>
      <Text size="xs">
        {item.claimId && (
          <>
            Claim{' '}
            <Anchor component={Link} to={`/claims/${item.claimId}`} size="xs" underline="always">
              {item.claimNumber ?? 'open the claim'}
            </Anchor>
            {item.claimStatus ? ` (${statusLabel(item.claimStatus)})` : ''}
            {' · '}
          </>
        )}
        {item.patient && (
          <>
            <Anchor
              component={Link}
              to={`/patients/${item.patient.id}`}
              size="xs"
              underline="always"
            >
              {item.patient.name}
            </Anchor>{' '}
            ({item.patient.accountNumber}) ·{' '}
          </>
        )}
        {item.payerName && `${item.payerName} · `}
        {item.serviceDate && `DOS ${item.serviceDate}, ${item.ageDays ?? 0} days old · `}
        {item.amount === undefined ? '' : `${formatCents(item.amount)} · `}
        {status} · {assignee ? `assigned to ${assignee}` : 'unassigned'}
      </Text>
      {origin && (
        <Text size="xs" c="dimmed">
          From:{' '}
          {origin.to ? (
            <Anchor component={Link} to={origin.to} size="xs" underline="always">
              {origin.text}
            </Anchor>
          ) : (
            origin.text
          )}
        </Text>
      )}
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
      {(item.kind === 'rejection' || item.kind === 'secondary_correction') &&
        item.claimId &&
        can(user.roles, 'claims:write') && (
          <Group gap="xs">
            <Button variant="subtle" component={Link} to={`/claims/${item.claimId}`}>
              Correct the claim
            </Button>
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
        placeholder="What you did or found (required to note, resolve or reopen)"
      />
      <Group gap="xs" align="end">
        <Select
          label="Assign to"
          w={200}
          searchable
          placeholder={colleagues.isLoading ? 'Loading…' : 'Pick a colleague'}
          data={(colleagues.data ?? []).map((c) => ({
            value: c.id,
            label: c.id === user.id ? `${c.name} (you)` : c.name,
          }))}
          value={assignTo}
          onChange={setAssignTo}
          nothingFoundMessage="Nobody by that name can work the queues"
        />
        <Button
          variant="default"
          disabled={!assignTo}
          onClick={() => {
            if (!assignTo) return;
            const name = colleagues.data?.find((c) => c.id === assignTo)?.name ?? assignTo;
            run({ action: 'assign', text: text.trim() || `Assigned to ${name}`, assignTo });
          }}
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
      <ProblemAlert error={act.error ?? history.error ?? colleagues.error} />
      <Stack gap={2} role="region" aria-label="Item history">
        <Text size="xs" fw={700}>
          History
        </Text>
        {history.data?.length === 0 && (
          <Text size="xs" c="dimmed">
            Nobody has worked this item yet.
          </Text>
        )}
        {history.data?.map((note, i) => (
          <Text key={i} size="xs">
            {new Date(note.at).toLocaleString()} · <b>{note.action}</b> · {note.text} (
            {actorLabel({ id: note.actorId, name: note.actorName }, user.id)})
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
