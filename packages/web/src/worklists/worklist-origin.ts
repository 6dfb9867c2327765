import type { WorklistOrigin } from '../api/types.ts';
import { formatCents } from '../format.ts';

/** Where an item came from, in words, and the screen that shows it. */
export interface OriginLink {
  readonly text: string;
  readonly to?: string;
}

/** The day an instant fell on, as YYYY-MM-DD in the browser's time zone. */
export const dayOf = (instant: string) => new Date(instant).toLocaleDateString('en-CA');

const METHODS: Record<string, string> = {
  cash: 'cash',
  check: 'check',
  card: 'card',
  eft: 'EFT',
  other: 'other means',
};

/**
 * The origin of a work item as a biller says it: "835 from MEDICARE PART B, check/EFT 1234,
 * imported 2026-03-19" linking to the remittance; a 277CA or 999 by its file; a follow-up by the
 * batch the claim went out in; a credit by the patient's receipt; a secondary claim to correct by
 * the primary claim that changed. Nothing when the server named no origin.
 */
export function originLink(origin: WorklistOrigin | undefined): OriginLink | undefined {
  if (!origin) return undefined;
  switch (origin.kind) {
    case 'remittance': {
      const trace = origin.traceNumbers.length
        ? `, check/EFT ${origin.traceNumbers.join(', ')}`
        : '';
      return {
        text: `835 from ${origin.payerName}${trace}, imported ${dayOf(origin.importedAt)}`,
        to: `/remittances?file=${origin.fileId}`,
      };
    }
    case 'acknowledgment':
      return {
        text: `${origin.type} acknowledgment ${origin.fileName}, imported ${dayOf(origin.importedAt)}`,
      };
    case 'batch':
      return { text: `Sent ${dayOf(origin.sentAt)} in batch ${origin.fileName}` };
    case 'receipt':
      return {
        text: `Patient payment of ${formatCents(origin.amount)} by ${METHODS[origin.method] ?? origin.method}, received ${origin.receivedOn}`,
        to: `/patients/${origin.patientId}`,
      };
    case 'claim':
      return {
        text: `Primary claim ${origin.claimNumber} was corrected or reversed`,
        to: `/claims/${origin.claimId}`,
      };
  }
}
