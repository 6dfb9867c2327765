import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ClaimDetail } from '../api/types.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { ReasonInput } from './reason-input.tsx';
import { useVoidClaim } from './use-claim-versions.ts';

/** Void: a frequency-8 version that cancels the claim at the payer; payments stay posted. */
export function VoidClaimModal({
  claim,
  opened,
  onClose,
}: {
  readonly claim: ClaimDetail;
  readonly opened: boolean;
  readonly onClose: () => void;
}) {
  const navigate = useNavigate();
  const voiding = useVoidClaim(claim.id);
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={`Void claim ${claim.claimNumber}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          voiding.mutate(reason, {
            onSuccess: (created) => {
              onClose();
              void navigate(`/claims/${created.id}`);
            },
          });
        }}
      >
        <Stack gap="xs">
          <Text size="sm">
            A new version (frequency 8, quoting payer claim {claim.payerClaimNumber ?? '—'}) tells
            the payer to cancel this claim. Open balances on its lines are written off; posted
            payments stay until the payer takes them back.
          </Text>
          <ReasonInput value={reason} onChange={setReason} example="billed to the wrong patient" />
          <ProblemAlert error={voiding.error} title="Not voided" />
          <Group justify="end">
            <Button
              type="submit"
              color="red"
              loading={voiding.isPending}
              disabled={reason.trim().length < 3}
            >
              Void the claim
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
