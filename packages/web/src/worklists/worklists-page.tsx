import { useState } from 'react';
import { Grid, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { WorklistItem, WorklistKind } from '../api/types.ts';
import { StatusSwitch } from '../shell/status-switch.tsx';
import { WorklistItemPanel } from './worklist-item-panel.tsx';
import { WorklistTable } from './worklist-table.tsx';
import { WORKLIST_KINDS } from './use-worklists.ts';

/** The billers' work queues: denials, rejections, unmatched items, follow-up, credit balances. */
export function WorklistsPage() {
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') as WorklistKind | null) ?? 'denial';
  const [status, setStatus] = useState<'open' | 'resolved'>('open');
  const [item, setItem] = useState<WorklistItem | null>(null);

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
            <Tabs.Tab key={k.kind} value={k.kind}>
              {k.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
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
