import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { usePostClaimPayment } from './use-remittances.ts';

/**
 * Posts a claim payment whose claim number (CLP01) matched no claim medbill sent — the payer
 * keyed it wrong, say — to the claim the biller names.
 */
export function PostClaimPayment({
  fileId,
  position,
  patientControlNumber,
}: {
  readonly fileId: string;
  readonly position: number;
  readonly patientControlNumber: string;
}) {
  const post = usePostClaimPayment(fileId);
  const [claimNumber, setClaimNumber] = useState('');
  const number = claimNumber.trim();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (number !== '') post.mutate({ position, claimNumber: number });
      }}
    >
      <Group gap={6} mt={4} wrap="nowrap">
        <TextInput
          size="xs"
          w={160}
          aria-label={`Claim number the payment sent as ${patientControlNumber} is for`}
          placeholder="Claim number…"
          value={claimNumber}
          onChange={(e) => setClaimNumber(e.currentTarget.value)}
        />
        <Button type="submit" size="xs" disabled={number === ''} loading={post.isPending}>
          Post to claim
        </Button>
      </Group>
      {post.error && <ProblemAlert error={post.error} />}
    </form>
  );
}
