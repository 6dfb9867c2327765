import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { Page, Patient } from '../api/types.ts';

export interface Coverage {
  readonly id: string;
  readonly payerId: string;
  readonly order: 'primary' | 'secondary' | 'tertiary';
  readonly memberId: string;
  readonly groupNumber?: string;
  readonly planName?: string;
  readonly relationship: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** Why Medicare pays second (MSP type, 837 SBR05), on a Medicare secondary or tertiary coverage. */
  readonly medicareSecondaryType?: string;
}

export interface LedgerEntry {
  readonly seq: number;
  readonly postedOn: string;
  readonly kind:
    'charge' | 'payment' | 'adjustment' | 'transfer' | 'refund' | 'reversal' | 'application';
  readonly amount: number;
  /** What it does to the account's total, in cents (signed). */
  readonly effect: number;
  readonly party?: 'payer' | 'patient';
  readonly toParty?: 'payer' | 'patient';
  readonly adjustmentGroup?: string;
  readonly reason?: string;
  /** `receipt:<id>`, `claim:<id>`, `era:<id>`, `account:<patient>` (credit applied), … */
  readonly source: string;
  /** The service, for entries on a service line; absent for money on the account itself. */
  readonly serviceDate?: string;
  readonly procedureCode?: string;
  readonly claimNumber?: string;
  /** Money on the patient's account not (yet) applied to a service line. */
  readonly unapplied?: true;
  /** For an application: the line the account credit went to. */
  readonly appliedTo?: {
    readonly serviceDate: string;
    readonly procedureCode: string;
    readonly claimNumber?: string;
    readonly claimLine?: number;
  };
}

/** Search by name, account number or member ID (and birth date). */
export function usePatientSearch(q: string, dateOfBirth: string) {
  return useQuery({
    queryKey: ['patients', q, dateOfBirth],
    queryFn: () => api<Page<Patient>>(`/patients${query({ q, dateOfBirth, limit: 100 })}`),
    placeholderData: keepPreviousData,
  });
}

export function usePatient(id: string | undefined) {
  return useQuery({
    queryKey: ['patient', id],
    queryFn: () => api<Patient>(`/patients/${id ?? ''}`),
    enabled: id !== undefined,
  });
}

export function useCoverages(patientId: string) {
  return useQuery({
    queryKey: ['patient', patientId, 'coverages'],
    queryFn: () => api<Coverage[]>(`/patients/${patientId}/coverages`),
  });
}

export function useLedger(patientId: string) {
  return useQuery({
    queryKey: ['patient', patientId, 'ledger'],
    queryFn: () => api<{ entries: LedgerEntry[] }>(`/patients/${patientId}/ledger`),
    select: (body) => body.entries,
  });
}

/** Registers a patient with coverages and guarantor (POST /patients). */
export function useRegisterPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Patient>('/patients', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['patients'] }),
  });
}
