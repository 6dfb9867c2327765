import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { usePayers } from '../setup/use-setup.ts';
import { usePostHeldAdjustment } from './use-remittances.ts';

/**
 * Posts a provider-level adjustment the import held — no payer on file was the one the 835
 * named — to the account of the payer the biller chooses.
 */
export function PostHeldAdjustment({
  fileId,
  position,
  reason,
}: {
  readonly fileId: string;
  readonly position: number;
  readonly reason: string;
}) {
  const payers = usePayers().data ?? [];
  const post = usePostHeldAdjustment(fileId);
  const [payerId, setPayerId] = useState<string | null>(null);
  return (
    <>
      <Group gap={6} mt={4} wrap="nowrap">
        <Select
          size="xs"
          w={220}
          aria-label={`Payer whose account PLB ${reason} (adjustment ${position}) posts to`}
          placeholder="Payer on file…"
          data={payers.map((p) => ({ value: p.id, label: `${p.name} (${p.payerId})` }))}
          value={payerId}
          onChange={setPayerId}
          searchable
        />
        <Button
          size="xs"
          disabled={payerId === null}
          loading={post.isPending}
          onClick={() => {
            if (payerId !== null) post.mutate({ position, payerId });
          }}
        >
          Post to payer
        </Button>
      </Group>
      {post.error && <ProblemAlert error={post.error} />}
    </>
  );
}
