import type { Queryable } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { firstRow, insertRow, insertRows, selectRow } from './rows.ts';
import { pageOf } from './table-repository.ts';

type Row = Record<string, unknown>;

/**
 * The next control number of a kind for an organization, persisted in the same transaction as
 * the file that uses it: two batches can never share one (the row is locked until commit).
 */
export async function nextControlNumber(
  q: Queryable,
  orgId: string,
  name: 'interchange' | 'group' | 'transaction',
): Promise<number> {
  const row = firstRow(
    await q.query<{ last_value: number }>(
      `insert into control_counters (org_id, name, last_value) values ($1, $2, 1)
       on conflict (org_id, name) do update set last_value = control_counters.last_value % 999999999 + 1
       returning last_value`,
      [orgId, name],
    ),
  );
  return row.last_value;
}

export interface BatchRecord {
  readonly id: string;
  readonly transactionType: string;
  readonly receiverId: string;
  readonly receiverName: string;
  readonly interchangeControlNumber: number;
  readonly groupControlNumber: number;
  readonly claimCount: number;
  readonly totalCharge: number;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly createdAt: Date;
  readonly createdBy: string;
}

const fromRow = (row: Row): BatchRecord => ({
  id: String(row.id),
  transactionType: String(row.transaction_type),
  receiverId: String(row.receiver_id),
  receiverName: String(row.receiver_name),
  interchangeControlNumber: Number(row.interchange_control_number),
  groupControlNumber: Number(row.group_control_number),
  claimCount: Number(row.claim_count),
  totalCharge: Number(row.total_charge_cents),
  fileName: String(row.file_name),
  fileSha256: String(row.file_sha256).trim(),
  createdAt: row.created_at as Date,
  createdBy: String(row.created_by),
});

export interface NewBatch extends Omit<BatchRecord, 'id' | 'createdAt'> {
  readonly fileText: string;
  readonly claims: readonly { readonly claimId: string; readonly version: number }[];
}

export async function insertBatch(
  q: Queryable,
  orgId: string,
  batch: NewBatch,
): Promise<BatchRecord> {
  const row = await insertRow(q, 'submission_batches', {
    org_id: orgId,
    transaction_type: batch.transactionType,
    receiver_id: batch.receiverId,
    receiver_name: batch.receiverName,
    interchange_control_number: batch.interchangeControlNumber,
    group_control_number: batch.groupControlNumber,
    claim_count: batch.claimCount,
    total_charge_cents: batch.totalCharge,
    file_name: batch.fileName,
    file_sha256: batch.fileSha256,
    file_text: batch.fileText,
    created_by: batch.createdBy,
  });
  await insertRows(
    q,
    'batch_claims',
    batch.claims.map((claim) => ({
      org_id: orgId,
      batch_id: String(row.id),
      claim_id: claim.claimId,
      claim_version: claim.version,
    })),
  );
  return fromRow(row);
}

export async function getBatch(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<(BatchRecord & { claimIds: string[] }) | undefined> {
  const row = await selectRow(q, 'submission_batches', orgId, id);
  if (!row) return undefined;
  const claims = await q.query<{ claim_id: string }>(
    'select claim_id from batch_claims where org_id = $1 and batch_id = $2 order by claim_id',
    [orgId, id],
  );
  return { ...fromRow(row), claimIds: claims.map((c) => c.claim_id) };
}

/** The file exactly as it was sent. */
export async function batchFile(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<{ name: string; text: string } | undefined> {
  const rows = await q.query<{ file_name: string; file_text: string }>(
    'select file_name, file_text from submission_batches where org_id = $1 and id = $2',
    [orgId, id],
  );
  const row = rows[0];
  return row ? { name: row.file_name, text: row.file_text } : undefined;
}

export async function listBatches(
  q: Queryable,
  orgId: string,
  page: PageRequest,
): Promise<PageResult<BatchRecord>> {
  return pageOf(
    q,
    {
      from: 'submission_batches',
      where: 'org_id = $1',
      params: [orgId],
      orderBy: 'created_at desc, id',
      select:
        'id, transaction_type, receiver_id, receiver_name, interchange_control_number, group_control_number, claim_count, total_charge_cents, file_name, file_sha256, created_at, created_by',
    },
    page,
    fromRow,
  );
}
