import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { EraImport, Page } from '../api/types.ts';

export interface RemittanceFile {
  readonly id: string;
  readonly fileName: string;
  readonly payerName: string;
  readonly payment: number;
  readonly claims: number;
  readonly importedAt: string;
  /** BPR16: the check issue or EFT effective date. */
  readonly paymentDate?: string;
  /** TRN02: the check or EFT trace numbers. */
  readonly traceNumbers: string[];
}

export interface PostedEntry {
  readonly kind: string;
  readonly amount: number;
  readonly party?: string;
  readonly toParty?: string;
  readonly adjustmentGroup?: string;
  readonly reason?: string;
}

export interface ClaimPayment {
  readonly position: number;
  readonly patientControlNumber: string;
  readonly statusCode: string;
  readonly charge: number;
  readonly paid: number;
  readonly payerClaimNumber?: string;
  /** 2100 AMT*I: interest the payer reported on the claim, not posted to its lines. */
  readonly interest?: number;
  readonly claimId?: string;
  readonly claimStatus?: string;
  readonly lines: PostedLine[];
  /** Its service lines the import posted nowhere (on the unmatched worklist). */
  readonly unposted: UnpostedServiceLine[];
  /** The claim's lines the file posted nothing on: where an unmatched service line may go. */
  readonly openLines: OpenBilledLine[];
}

/** A service line of a claim payment that matched no billed line, or did not balance. */
export interface UnpostedServiceLine {
  /** Its place in the claim payment (absent on lines held before it was kept). */
  readonly servicePosition?: number;
  /** `unmatched`: it may be posted to a line; `unbalanced`: the payer must correct it. */
  readonly reason?: 'unmatched' | 'unbalanced';
  /** SVC01 as paid, and SVC06 when the payer says what was billed. */
  readonly service: string;
  readonly billedAs?: string;
  readonly serviceDate?: string;
  readonly charge: number;
  readonly paid: number;
  readonly summary: string;
}

export interface OpenBilledLine {
  readonly serviceLineId: string;
  readonly service: string;
  readonly serviceDate: string;
  readonly charge: number;
}

/** A procedure as the 835 names it: code and modifiers. */
export interface Procedure {
  readonly code: string;
  readonly modifiers: string[];
}

export interface PostedLine {
  readonly serviceLineId: string;
  readonly procedureCode: string;
  readonly modifiers: string[];
  readonly serviceDate: string;
  /** SVC01, when the payer adjudicated the line under another procedure than the one billed. */
  readonly paidAs?: Procedure;
  /** The procedures the payer unbundled the line into (SVC06), each with what it paid. */
  readonly unbundledInto?: (Procedure & { readonly paid: number })[];
  readonly entries: PostedEntry[];
}

/** A PLB adjustment: positive took money back from the payment, negative added to it. */
export interface ProviderAdjustment {
  /** Its place in the file (1, 2, …): how one the import held is posted by hand. */
  readonly position?: number;
  readonly providerId: string;
  /** PLB03-1 and what it means. */
  readonly reason: string;
  readonly reasonText: string;
  /** PLB03-2, e.g. the payer's number of the claim recouped. */
  readonly reference?: string;
  readonly amount: number;
  /** The claim the reference names, when medbill knows it. */
  readonly claimId?: string;
  readonly claimNumber?: string;
  /** The payer whose ledger account it was posted to; absent: not posted, the 835 naming no single payer on file. */
  readonly postedTo?: { readonly payerId: string; readonly payerName: string };
}

/** Σ claim payments − Σ provider adjustments against the deposit (BPR02), and the ledger's money. */
export interface Reconciliation {
  readonly claimPayments: number;
  readonly providerAdjustments: number;
  readonly payment: number;
  readonly balanced: boolean;
  /** The money the ledger holds from the file: the payment, once every claim payment posted. */
  readonly ledger: number;
}

/** A payer's ledger account over every 835: its provider-level adjustments, summed. */
export interface PayerAccount {
  readonly payerId: string;
  readonly payerName: string;
  /** PLB L6 interest the payer added to its deposits. */
  readonly interest: number;
  /** PLB WO overpayment recoveries it withheld. */
  readonly recouped: number;
  /** PLB FB forwarding balances it added and has not yet withheld again. */
  readonly forwardingBalanceOwed: number;
}

export interface RemittanceDetail extends RemittanceFile {
  readonly claimPayments: ClaimPayment[];
  readonly providerAdjustments: ProviderAdjustment[];
  readonly reconciliation: Reconciliation;
  readonly payerAccounts: PayerAccount[];
}

export function useRemittanceFiles() {
  return useQuery({
    queryKey: ['remittances'],
    queryFn: () => api<Page<RemittanceFile>>('/remittances?limit=100'),
    select: (page) => page.items,
  });
}

export function useRemittance(id: string | null) {
  return useQuery({
    queryKey: ['remittances', id],
    queryFn: () => api<RemittanceDetail>(`/remittances/${id ?? ''}`),
    enabled: id !== null,
  });
}

/** After a posting: the lists and views it changed are read again. */
function refetch(queryClient: QueryClient, keys: readonly string[]): void {
  for (const key of keys) void queryClient.invalidateQueries({ queryKey: [key] });
}

/** Imports an 835 file: posted once, all or nothing; a second import of the same file posts nothing. */
export function useImportRemittance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      api<EraImport>('/remittances', {
        method: 'POST',
        body: { fileName: file.name, content: await file.text() },
      }),
    onSuccess: () => refetch(queryClient, ['claims', 'worklists', 'remittances', 'dashboard']),
  });
}

/**
 * Posts a provider-level adjustment the import held (its payer was not identified) to a payer's
 * account: the remittance then shows it posted, and its worklist item is resolved.
 */
export function usePostHeldAdjustment(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ position, payerId }: { position: number; payerId: string }) =>
      api<{ entryId: string; payerName: string }>(
        `/remittances/${fileId}/provider-adjustments/${position}/post`,
        { method: 'POST', body: { payerId } },
      ),
    onSuccess: () => refetch(queryClient, ['remittances', 'worklists', 'dashboard']),
  });
}

/**
 * Posts a claim payment the import could not match to the claim the biller names by number, as
 * the import posts a matched one: the remittance then shows it posted, and its worklist item is
 * resolved.
 */
export function usePostClaimPayment(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ position, claimNumber }: { position: number; claimNumber: string }) =>
      api<{ claimNumber: string; status: string }>(
        `/remittances/${fileId}/claim-payments/${position}/post`,
        { method: 'POST', body: { claimNumber } },
      ),
    onSuccess: () => refetch(queryClient, ['claims', 'remittances', 'worklists', 'dashboard']),
  });
}

/**
 * Posts a service line the import left unmatched to the billed line the biller chooses, as the
 * import posts a matched line: the remittance then shows it posted, the claim's status and next
 * payer follow, and its worklist item is resolved.
 */
export function usePostServiceLine(fileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      position,
      servicePosition,
      serviceLineId,
    }: {
      position: number;
      servicePosition: number;
      serviceLineId: string;
    }) =>
      api<{ claimNumber: string; status: string; unmatched: number }>(
        `/remittances/${fileId}/claim-payments/${position}/lines/${servicePosition}/post`,
        { method: 'POST', body: { serviceLineId } },
      ),
    onSuccess: () => refetch(queryClient, ['claims', 'remittances', 'worklists', 'dashboard']),
  });
}
