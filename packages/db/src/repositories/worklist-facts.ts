import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';

/** Where a work item came from, named so that a biller can find it. */
export type WorklistOrigin =
  | {
      readonly kind: 'remittance';
      readonly fileId: string;
      readonly fileName: string;
      readonly payerName: string;
      /** TRN02: the check or EFT trace number(s) of the 835. */
      readonly traceNumbers: string[];
      readonly importedAt: Date;
    }
  | {
      readonly kind: 'acknowledgment';
      readonly fileId: string;
      readonly fileName: string;
      readonly type: '999' | '277CA';
      readonly importedAt: Date;
    }
  | {
      readonly kind: 'batch';
      readonly batchId: string;
      readonly fileName: string;
      readonly sentAt: Date;
    }
  | {
      readonly kind: 'receipt';
      readonly receiptId: string;
      readonly patientId: string;
      readonly receivedOn: IsoDate;
      readonly method: string;
      readonly amount: number;
    }
  /** A secondary claim to correct: the primary claim whose adjudication changed. */
  | { readonly kind: 'claim'; readonly claimId: string; readonly claimNumber: string };

/** What a biller needs beside a work item's summary: the claim, payer, age, patient, assignee. */
export interface WorklistItemFacts {
  readonly claimNumber?: string;
  readonly claimStatus?: string;
  /** The claim's first date of service. */
  readonly serviceDate?: IsoDate;
  /** Days from the date of service (claims), or since the item was listed (anything else). */
  readonly ageDays: number;
  /** The claim's payer, or the payer of the 835 an unmatched payment came in. */
  readonly payerName?: string;
  readonly patient?: { readonly id: string; readonly name: string; readonly accountNumber: string };
  /** The colleague the item is assigned to (`id` absent for a name typed before the picker). */
  readonly assignedTo?: { readonly id?: string; readonly name: string };
  readonly origin?: WorklistOrigin;
}

/** The row of the facts query: one column per fact, null where the item has none. */
interface FactsRow {
  id: string;
  claim_number: string | null;
  claim_status: string | null;
  service_date: string | null;
  age_days: number;
  payer_name: string | null;
  patient_id: string | null;
  last_name: string | null;
  first_name: string | null;
  account_number: string | null;
  assigned_to: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  era_id: string | null;
  era_file: string;
  era_payer: string;
  trace_numbers: string[];
  era_at: Date;
  ack_id: string | null;
  ack_file: string;
  ack_type: '999' | '277CA';
  ack_at: Date;
  batch_id: string | null;
  batch_file: string;
  batch_at: Date;
  receipt_id: string | null;
  receipt_patient: string;
  receipt_method: string;
  received_on: string;
  receipt_cents: string | number;
  prior_id: string | null;
  prior_number: string;
}

/** A uuid after a source prefix (`era:…`), or null; CASE keeps other sources from the cast. */
const sourceId = (prefix: string) =>
  `case when w.source like '${prefix}:%' then split_part(w.source, ':', 2)::uuid end`;

/**
 * The facts beside each item (read-only): its claim and payer, the patient, the assignee's name
 * and where it came from (the 835, acknowledgment, batch, receipt or primary claim), keyed by item.
 */
export async function worklistItemFacts(
  q: Queryable,
  orgId: string,
  itemIds: readonly string[],
  today: IsoDate,
): Promise<Map<string, WorklistItemFacts>> {
  if (itemIds.length === 0) return new Map();
  const rows = await q.query<FactsRow>(
    `select w.id, c.claim_number, c.status as claim_status,
       to_char(c.service_date_from, 'YYYY-MM-DD') as service_date,
       coalesce($3::date - c.service_date_from, $3::date - (w.created_at at time zone 'UTC')::date)::int as age_days,
       coalesce(py.name, rf.payer_name) as payer_name,
       pt.id as patient_id, pt.last_name, pt.first_name, pt.account_number,
       w.assigned_to, au.id as assignee_id, au.name as assignee_name,
       rf.id as era_id, rf.file_name as era_file, rf.payer_name as era_payer, rf.trace_numbers,
       rf.imported_at as era_at,
       af.id as ack_id, af.file_name as ack_file, af.kind as ack_type, af.imported_at as ack_at,
       sb.id as batch_id, sb.file_name as batch_file, sb.created_at as batch_at,
       pr.id as receipt_id, pr.patient_id as receipt_patient, pr.method as receipt_method,
       to_char(pr.received_on, 'YYYY-MM-DD') as received_on, pr.amount_cents as receipt_cents,
       pc.id as prior_id, pc.claim_number as prior_number
     from worklist_items w
     left join claims c on c.org_id = w.org_id and c.id = w.claim_id
     left join payers py on py.org_id = c.org_id and py.id = c.payer_id
     left join remittance_files rf on rf.org_id = w.org_id and rf.id = ${sourceId('era')}
     left join acknowledgment_files af on af.org_id = w.org_id and af.id = ${sourceId('ack')}
     left join submission_batches sb on sb.org_id = w.org_id and sb.id = ${sourceId('follow_up')}
     left join patient_receipts pr on pr.org_id = w.org_id and pr.id = ${sourceId('receipt')}
     left join claims pc on pc.org_id = w.org_id and pc.id = ${sourceId('stale')}
     left join patients pt on pt.org_id = w.org_id and pt.id = coalesce(c.patient_id, pr.patient_id)
     left join users au on au.org_id = w.org_id and au.id::text = w.assigned_to
     where w.org_id = $1 and w.id = any($2::uuid[])`,
    [orgId, [...itemIds], today],
  );
  return new Map(rows.map((row) => [row.id, factsFromRow(row)]));
}

function factsFromRow(row: FactsRow): WorklistItemFacts {
  const origin = originFromRow(row);
  const assigned = row.assigned_to;
  const optional = {
    claimNumber: row.claim_number ?? undefined,
    claimStatus: row.claim_status ?? undefined,
    serviceDate: (row.service_date ?? undefined) as IsoDate | undefined,
    payerName: row.payer_name ?? undefined,
    patient:
      row.patient_id === null
        ? undefined
        : {
            id: row.patient_id,
            name: `${row.last_name ?? ''}, ${row.first_name ?? ''}`,
            accountNumber: row.account_number ?? '',
          },
    assignedTo:
      assigned === null
        ? undefined
        : row.assignee_id === null
          ? { name: assigned }
          : { id: row.assignee_id, name: row.assignee_name ?? assigned },
    origin,
  };
  return {
    ageDays: Number(row.age_days),
    ...(Object.fromEntries(
      Object.entries(optional).filter(([, v]) => v !== undefined),
    ) as Partial<WorklistItemFacts>),
  };
}

function originFromRow(row: FactsRow): WorklistOrigin | undefined {
  if (row.era_id !== null) {
    return {
      kind: 'remittance',
      fileId: row.era_id,
      fileName: row.era_file,
      payerName: row.era_payer,
      traceNumbers: row.trace_numbers,
      importedAt: row.era_at,
    };
  }
  if (row.ack_id !== null) {
    return {
      kind: 'acknowledgment',
      fileId: row.ack_id,
      fileName: row.ack_file,
      type: row.ack_type,
      importedAt: row.ack_at,
    };
  }
  if (row.batch_id !== null) {
    return {
      kind: 'batch',
      batchId: row.batch_id,
      fileName: row.batch_file,
      sentAt: row.batch_at,
    };
  }
  if (row.receipt_id !== null) {
    return {
      kind: 'receipt',
      receiptId: row.receipt_id,
      patientId: row.receipt_patient,
      receivedOn: row.received_on as IsoDate,
      method: row.receipt_method,
      amount: Number(row.receipt_cents),
    };
  }
  if (row.prior_id !== null) {
    return { kind: 'claim', claimId: row.prior_id, claimNumber: row.prior_number };
  }
  return undefined;
}
