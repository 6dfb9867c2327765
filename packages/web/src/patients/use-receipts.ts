import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';

export type ReceiptMethod = 'cash' | 'check' | 'card' | 'eft' | 'other';
export type ReceiptKind = 'payment' | 'refund';

export interface Receipt {
  readonly id: string;
  readonly kind: ReceiptKind;
  readonly amount: number;
  readonly method: ReceiptMethod;
  readonly reference: string | null;
  readonly receivedOn: string;
  /** The part of a payment kept as a credit (more than the patient owed). */
  readonly credit: number;
  readonly recordedBy: string;
  readonly recordedByName?: string | null;
  readonly createdAt: string;
}

export interface ReceiptBody {
  /** Dollars as the API's money fields take them, e.g. "25.00". */
  readonly amount: string;
  readonly method: ReceiptMethod;
  readonly reference?: string;
  readonly receivedOn?: string;
  readonly idempotencyKey: string;
}

/** The patient's payments and refunds, newest first. */
export function useReceipts(patientId: string) {
  return useQuery({
    queryKey: ['patient', patientId, 'receipts'],
    queryFn: () => api<{ items: Receipt[] }>(`/patients/${patientId}/receipts`),
    select: (body) => body.items,
  });
}

/** Records a payment or a refund once per idempotency key; the ledger and receipts refresh. */
export function useRecordReceipt(patientId: string, kind: ReceiptKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReceiptBody) =>
      api<{ receipt: Receipt; alreadyRecorded: boolean }>(
        `/patients/${patientId}/${kind === 'payment' ? 'payments' : 'refunds'}`,
        { method: 'POST', body },
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['patient', patientId] }),
  });
}
