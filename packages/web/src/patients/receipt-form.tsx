import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { newIdempotencyKey } from '../api/idempotency-key.ts';
import { formatCents } from '../format.ts';
import { decimalOf, parseDollars } from '../money-input.ts';
import { DoneMessage } from '../shell/done-message.tsx';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useRecordReceipt } from './use-receipts.ts';
import type { ReceiptKind, ReceiptMethod } from './use-receipts.ts';

const METHOD_LABELS: Record<ReceiptMethod, string> = {
  cash: 'Cash',
  check: 'Check',
  card: 'Card',
  eft: 'EFT',
  other: 'Other',
};
const METHODS = Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }));

/**
 * A patient payment (copay, balance) or a refund of their credit. The idempotency key is made
 * when the form opens, so a double submit or a retry records the money once.
 */
export function ReceiptForm({
  patientId,
  kind,
  onClose,
}: {
  readonly patientId: string;
  readonly kind: ReceiptKind;
  readonly onClose: () => void;
}) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const record = useRecordReceipt(patientId, kind);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<ReceiptMethod>(kind === 'payment' ? 'card' : 'check');
  const [reference, setReference] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const cents = parseDollars(amount);
  const valid = cents !== undefined && cents > 0;
  const noun = kind === 'payment' ? 'payment' : 'refund';
  const done = record.data;

  return (
    <Modal
      opened
      onClose={onClose}
      title={kind === 'payment' ? 'Record a patient payment' : 'Refund the patient'}
    >
      {done ? (
        <DoneMessage onClose={onClose}>
          {done.alreadyRecorded ? 'Already recorded: ' : 'Recorded: '}
          {noun} of <b>{formatCents(done.receipt.amount)}</b> ({done.receipt.method}
          {done.receipt.reference ? ` ${done.receipt.reference}` : ''}) on {done.receipt.receivedOn}
          .
          {done.receipt.credit > 0 &&
            ` ${formatCents(done.receipt.credit)} is more than the patient owes now and stays as a credit.`}
        </DoneMessage>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid || record.isPending) return;
            record.mutate({
              amount: decimalOf(cents),
              method,
              idempotencyKey,
              ...(reference.trim() ? { reference: reference.trim() } : {}),
              ...(receivedOn ? { receivedOn } : {}),
            });
          }}
        >
          <Stack gap="xs">
            <TextInput
              label="Amount"
              required
              data-autofocus
              inputMode="decimal"
              placeholder="25.00"
              value={amount}
              onChange={(e) => setAmount(e.currentTarget.value)}
              error={amount && !valid ? 'dollars and cents, e.g. 25.00' : undefined}
            />
            <div>
              <Text size="sm" fw={500}>
                Method
              </Text>
              <SegmentedControl
                fullWidth
                size="xs"
                aria-label="Method"
                data={METHODS}
                value={method}
                onChange={(v) => setMethod(v as ReceiptMethod)}
              />
            </div>
            <TextInput
              label="Reference"
              description="Check number, card's last 4 digits, transaction ID"
              maxLength={60}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
            />
            <TextInput
              label={kind === 'payment' ? 'Received on' : 'Paid out on'}
              description="Leave empty for today"
              type="date"
              value={receivedOn}
              onChange={(e) => setReceivedOn(e.currentTarget.value)}
            />
            <ProblemAlert error={record.error} title={`Not recorded`} />
            <Group justify="end">
              <Button type="submit" loading={record.isPending} disabled={!valid}>
                {kind === 'payment' ? 'Record payment' : 'Record refund'}
                {valid ? ` of ${formatCents(cents)}` : ''}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
