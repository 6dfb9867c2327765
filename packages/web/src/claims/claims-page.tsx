import { useCallback, useMemo, useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate, useSearchParams } from 'react-router';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { BatchesDrawer } from './batches-drawer.tsx';
import { ClaimFilters } from './claim-filters.tsx';
import { ClaimsTable } from './claims-table.tsx';
import { useBuildBatch, useBuildClaims, useBulkScrub, useClaimWorklist } from './use-claims.ts';
import type { ClaimFilter } from './use-claims.ts';

/** The billers' claims worklist: filter, select, scrub, batch. */
export function ClaimsPage() {
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ClaimFilter>({});
  const [params] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 250);
  const effective = useMemo(() => ({ ...filter, q: q || undefined }), [filter, q]);
  const list = useClaimWorklist(effective);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [scrubbed, setScrubbed] = useState(0);
  const [batchesOpen, setBatchesOpen] = useState(false);
  const build = useBuildClaims();
  const scrub = useBulkScrub(setScrubbed);
  const batch = useBuildBatch();

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const open = useCallback((id: string) => void navigate(`/claims/${id}`), [navigate]);
  const changeFilter = (next: ClaimFilter) => {
    setFilter(next);
    setSelected(new Set());
    setActive(0);
  };
  const chosen = [...selected];

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>Claims</Title>
          <Text size="sm" c="dimmed">
            {total.toLocaleString('en-US')} claims
            {selected.size > 0 ? ` · ${selected.size} selected` : ''}
          </Text>
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            loading={build.isPending}
            onClick={() => build.mutate(undefined)}
          >
            Bill coded encounters
          </Button>
          <Button
            variant="default"
            disabled={selected.size === 0}
            loading={scrub.isPending}
            onClick={() => {
              setScrubbed(0);
              scrub.mutate(chosen);
            }}
          >
            {scrub.isPending ? `Scrubbing ${scrubbed}/${chosen.length}` : `Scrub selected`}
          </Button>
          <Button loading={batch.isPending} onClick={() => batch.mutate(chosen)}>
            {selected.size > 0 ? 'Batch selected ready claims' : 'Batch all ready claims'}
          </Button>
          <Button variant="subtle" onClick={() => setBatchesOpen(true)}>
            Batches
          </Button>
        </Group>
      </Group>
      <ClaimFilters filter={filter} search={search} onSearch={setSearch} onChange={changeFilter} />
      <ProblemAlert error={list.error ?? build.error ?? scrub.error ?? batch.error} />
      {build.data && (
        <Alert color="blue" variant="light" withCloseButton onClose={() => build.reset()}>
          Built {build.data.claims.length} claims;{' '}
          {build.data.selfPay.length > 0
            ? `${build.data.selfPay.length} self-pay visits charged to the patient (${formatCents(
                build.data.selfPay.reduce((sum, v) => sum + v.totalCharge, 0),
              )}); `
            : ''}
          {build.data.skipped.length} encounters skipped
          {build.data.skipped.length > 0
            ? ` (${[...new Set(build.data.skipped.map((s) => s.reason))].slice(0, 3).join('; ')})`
            : ''}
          .
        </Alert>
      )}
      {scrub.data && (
        <Alert color="blue" variant="light" withCloseButton onClose={() => scrub.reset()}>
          Scrubbed {scrub.data.length} claims:{' '}
          {scrub.data.filter((o) => o.status === 'ready').length} ready.
        </Alert>
      )}
      {batch.data && (
        <Alert
          color="green"
          variant="light"
          withCloseButton
          onClose={() => batch.reset()}
          title="Batch built"
        >
          {batch.data.batches.length === 0
            ? 'No ready claims to batch.'
            : batch.data.batches.map((b) => (
                <Text key={b.id} size="sm">
                  {b.receiver}: {b.claims} claims, {formatCents(b.totalCharge)} —{' '}
                  <Anchor href={`/batches/${b.id}/file`} download={b.fileName}>
                    download {b.fileName}
                  </Anchor>
                </Text>
              ))}
        </Alert>
      )}
      <ClaimsTable
        rows={rows}
        total={total}
        hasMore={hasNextPage}
        loadMore={loadMore}
        selected={selected}
        onToggle={toggle}
        active={active}
        onActive={setActive}
        onOpen={open}
      />
      <BatchesDrawer opened={batchesOpen} onClose={() => setBatchesOpen(false)} />
    </Stack>
  );
}
