import { useState } from 'react';
import { Badge, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { WorklistItem, WorklistKind } from '../api/types.ts';
import { useDashboard } from '../dashboard/use-dashboard.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { StatusSwitch } from '../shell/status-switch.tsx';
import { useRefreshFollowUps } from './use-worklists.ts';
import { WorklistItemPanel } from './worklist-item-panel.tsx';
import { WORKLIST_KINDS } from './worklist-kinds.ts';
import { WorklistTable } from './worklist-table.tsx';

/**
 * The billers' work queues: denials, rejections, claims with no response, secondary claims to
 * correct, unposted ERA, unmatched acknowledgments and credit balances, each with its open count.
 */
export function WorklistsPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') as WorklistKind | null) ?? 'denial';
  const [status, setStatus] = useState<'open' | 'resolved'>('open');
  const [item, setItem] = useState<WorklistItem | null>(null);
  const counts = useDashboard().data?.queues;
  const refresh = useRefreshFollowUps();
  const queue = WORKLIST_KINDS.find((k) => k.kind === kind);

  return (
    <Stack gap="xs">
      <Title order={3}>Work queues</Title>
      <Tabs
        value={kind}
        onChange={(value) => {
          setItem(null);
          setParams(value ? { kind: value } : {});
        }}
      >
        <Tabs.List>
          {WORKLIST_KINDS.map((k) => (
            <Tabs.Tab
              key={k.kind}
              value={k.kind}
              rightSection={
                counts && (
                  <Badge size="xs" variant="light" color={counts[k.kind] ? 'indigo' : 'gray'}>
                    {counts[k.kind]}
                  </Badge>
                )
              }
            >
              {k.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group justify="space-between">
        <Group gap="sm">
          <StatusSwitch
            value={status}
            onChange={(v) => {
              setItem(null);
              setStatus(v);
            }}
            options={[
              { value: 'open', label: 'Open' },
              { value: 'resolved', label: 'Resolved' },
            ]}
          />
          <Text size="xs" c="dimmed">
            {queue?.description}
          </Text>
        </Group>
        {kind === 'follow_up' && can(user.roles, 'claims:write') && (
          <Group gap="xs">
            {refresh.data && (
              <Text size="xs" role="status">
                {refresh.data.opened} added to the queue, {refresh.data.resolved} resolved as
                answered
              </Text>
            )}
            <Button
              size="compact-sm"
              variant="default"
              loading={refresh.isPending}
              onClick={() => refresh.mutate()}
            >
              Check for claims with no response
            </Button>
          </Group>
        )}
      </Group>
      <ProblemAlert error={refresh.error} />
      <Grid gap="sm">
        <Grid.Col span={7}>
          <WorklistTable kind={kind} status={status} selectedId={item?.id} onSelect={setItem} />
        </Grid.Col>
        <Grid.Col span={5}>
          <Paper withBorder p="xs">
            {item ? (
              <WorklistItemPanel key={item.id} item={item} />
            ) : (
              <Text size="sm" c="dimmed">
                Pick an item (click, or Tab to it and press Enter).
              </Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
