import type { Queryable } from '../database.ts';
import type { BatchRecord } from './batches.ts';
import { getBatch } from './batches.ts';
import { insertRow } from './rows.ts';

export type AcknowledgmentKind = '999' | '277CA';

export interface AcknowledgmentFileRecord {
  readonly id: string;
  readonly kind: AcknowledgmentKind;
  readonly fileName: string;
  readonly importedAt: Date;
}

/** The acknowledgment file already imported with this SHA-256, if any. */
export async function findAcknowledgmentFile(
  q: Queryable,
  orgId: string,
  sha256: string,
): Promise<AcknowledgmentFileRecord | undefined> {
  const rows = await q.query<{
    id: string;
    kind: AcknowledgmentKind;
    file_name: string;
    imported_at: Date;
  }>(
    'select id, kind, file_name, imported_at from acknowledgment_files where org_id = $1 and sha256 = $2',
    [orgId, sha256],
  );
  const row = rows[0];
  return row
    ? { id: row.id, kind: row.kind, fileName: row.file_name, importedAt: row.imported_at }
    : undefined;
}

export async function insertAcknowledgmentFile(
  q: Queryable,
  orgId: string,
  file: {
    kind: AcknowledgmentKind;
    sha256: string;
    fileName: string;
    fileText: string;
    importedBy: string;
  },
): Promise<string> {
  const row = await insertRow(q, 'acknowledgment_files', {
    org_id: orgId,
    kind: file.kind,
    sha256: file.sha256,
    file_name: file.fileName,
    file_text: file.fileText,
    imported_by: file.importedBy,
  });
  return String(row.id);
}

/** The batch we sent with functional group control number (GS06) `groupControlNumber`. */
export async function findBatchByGroupControlNumber(
  q: Queryable,
  orgId: string,
  groupControlNumber: number,
): Promise<(BatchRecord & { claimIds: string[] }) | undefined> {
  const rows = await q.query<{ id: string }>(
    'select id from submission_batches where org_id = $1 and group_control_number = $2 order by created_at desc limit 1',
    [orgId, groupControlNumber],
  );
  const id = rows[0]?.id;
  return id === undefined ? undefined : getBatch(q, orgId, id);
}

/** The answer of a 999 about one transaction set of a batch. */
export async function insertBatchAcknowledgment(
  q: Queryable,
  orgId: string,
  ack: {
    fileId: string;
    batchId: string;
    transactionControlNumber: string;
    status: string;
    groupStatus: string;
    codes: readonly string[];
    errors: readonly Record<string, unknown>[];
  },
): Promise<void> {
  await insertRow(q, 'batch_acknowledgments', {
    org_id: orgId,
    file_id: ack.fileId,
    batch_id: ack.batchId,
    transaction_control_number: ack.transactionControlNumber,
    status: ack.status,
    group_status: ack.groupStatus,
    codes: [...ack.codes],
    errors: JSON.stringify(ack.errors),
  });
}

/** One claim-level status of a 277CA, with the claim it matched (if any). */
export async function insertClaimAcknowledgment(
  q: Queryable,
  orgId: string,
  ack: {
    fileId: string;
    position: number;
    patientControlNumber: string;
    claimId?: string;
    outcome: string;
    statuses: readonly Record<string, unknown>[];
    payerClaimNumber?: string;
  },
): Promise<void> {
  await insertRow(q, 'claim_acknowledgments', {
    org_id: orgId,
    file_id: ack.fileId,
    position: ack.position,
    patient_control_number: ack.patientControlNumber,
    claim_id: ack.claimId ?? null,
    outcome: ack.outcome,
    statuses: JSON.stringify(ack.statuses),
    payer_claim_number: ack.payerClaimNumber ?? null,
  });
}

/** Records the payer's claim control number (277CA REF*1K, 835 CLP07) on a claim. */
export async function setPayerClaimNumber(
  q: Queryable,
  orgId: string,
  claimId: string,
  payerClaimNumber: string,
): Promise<void> {
  await q.query(
    'update claims set payer_claim_number = $3, updated_at = now() where org_id = $1 and id = $2',
    [orgId, claimId, payerClaimNumber],
  );
}

/** What the acknowledgments said about a batch, newest first. */
export async function batchAcknowledgments(
  q: Queryable,
  orgId: string,
  batchId: string,
): Promise<
  {
    fileId: string;
    transactionControlNumber: string;
    status: string;
    codes: string[];
    errors: unknown;
  }[]
> {
  const rows = await q.query<{
    file_id: string;
    transaction_control_number: string;
    status: string;
    codes: string[];
    errors: unknown;
  }>(
    `select a.file_id, a.transaction_control_number, a.status, a.codes, a.errors
       from batch_acknowledgments a join acknowledgment_files f on f.org_id = a.org_id and f.id = a.file_id
      where a.org_id = $1 and a.batch_id = $2 order by f.imported_at desc, a.transaction_control_number`,
    [orgId, batchId],
  );
  return rows.map((r) => ({
    fileId: r.file_id,
    transactionControlNumber: r.transaction_control_number,
    status: r.status,
    codes: r.codes,
    errors: r.errors,
  }));
}
