import type { IsoDate, PatientAccountBalance, PatientLineBalance } from '@medbill/core';
import { accountLineId, Balances } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { lockLedgerLines } from './ledger-entries.ts';
import { firstRow } from './rows.ts';

export type ReceiptMethod = 'cash' | 'check' | 'card' | 'eft' | 'other';

export interface PatientReceipt {
  readonly id: string;
  readonly patientId: string;
  readonly kind: 'payment' | 'refund';
  readonly amount: number;
  readonly method: ReceiptMethod;
  readonly reference: string | null;
  readonly receivedOn: IsoDate;
  /** The part of a payment kept as a credit because it was more than the patient owed. */
  readonly credit: number;
  readonly recordedBy: string;
  /** The account's name, when read back with {@link listReceipts}. */
  readonly recordedByName?: string | null;
  readonly createdAt: Date;
}

export type NewReceipt = Omit<PatientReceipt, 'id' | 'createdAt' | 'recordedByName'> & {
  readonly idempotencyKey: string;
};

const fromRow = (row: Record<string, unknown>): PatientReceipt => ({
  id: String(row.id),
  patientId: String(row.patient_id),
  kind: row.kind as PatientReceipt['kind'],
  amount: Number(row.amount_cents),
  method: row.method as ReceiptMethod,
  reference: (row.reference as string | null) ?? null,
  receivedOn: row.received_on as IsoDate,
  credit: Number(row.credit_cents),
  recordedBy: String(row.recorded_by),
  ...('recorded_by_name' in row
    ? { recordedByName: (row.recorded_by_name as string | null) ?? null }
    : {}),
  createdAt: row.created_at as Date,
});

export async function findReceiptByKey(
  q: Queryable,
  orgId: string,
  idempotencyKey: string,
): Promise<PatientReceipt | undefined> {
  const rows = await q.query(
    'select * from patient_receipts where org_id = $1 and idempotency_key = $2',
    [orgId, idempotencyKey],
  );
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export async function insertReceipt(
  q: Queryable,
  orgId: string,
  receipt: NewReceipt,
): Promise<PatientReceipt> {
  const rows = await q.query(
    `insert into patient_receipts (org_id, patient_id, kind, amount_cents, method, reference,
       received_on, idempotency_key, credit_cents, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning *`,
    [
      orgId,
      receipt.patientId,
      receipt.kind,
      receipt.amount,
      receipt.method,
      receipt.reference,
      receipt.receivedOn,
      receipt.idempotencyKey,
      receipt.credit,
      receipt.recordedBy,
    ],
  );
  return fromRow(firstRow(rows));
}

export async function listReceipts(
  q: Queryable,
  orgId: string,
  patientId: string,
): Promise<PatientReceipt[]> {
  return (
    await q.query(
      `select r.*, u.name as recorded_by_name from patient_receipts r
       left join users u on u.org_id = r.org_id and u.id::text = r.recorded_by
       where r.org_id = $1 and r.patient_id = $2 order by r.created_at desc, r.id`,
      [orgId, patientId],
    )
  ).map(fromRow);
}

/**
 * Locks every charged service line of the patient and their account (payments and refunds to
 * one account queue) and returns what the patient owes on each line, and the credit waiting on
 * the account, not yet applied to any line.
 */
export async function lockPatientBalances(
  q: Queryable,
  orgId: string,
  patientId: string,
): Promise<{ lines: PatientLineBalance[]; account: PatientAccountBalance }> {
  const lines = await q.query<{ id: string; service_date: IsoDate; sequence: number }>(
    `select s.id, s.service_date, s.sequence from service_lines s
     join encounters e on e.org_id = s.org_id and e.id = s.encounter_id
     where s.org_id = $1 and e.patient_id = $2
       and exists (select 1 from ledger_entries l where l.org_id = s.org_id and l.service_line_id = s.id)`,
    [orgId, patientId],
  );
  const account = accountLineId(patientId);
  const balances = Balances.of(
    await lockLedgerLines(q, orgId, [...lines.map((line) => line.id), account]),
  );
  return {
    lines: lines.map((line) => ({
      lineId: line.id,
      serviceDate: line.service_date,
      sequence: Number(line.sequence),
      owed: balances.owed(line.id, { kind: 'patient' }),
    })),
    account: { lineId: account, owed: balances.owed(account, { kind: 'patient' }) },
  };
}
