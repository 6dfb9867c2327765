import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';

/** One ledger entry on a patient's account, with the service it belongs to. */
export interface PatientLedgerRow {
  readonly seq: number;
  readonly postedOn: IsoDate;
  readonly kind: 'charge' | 'payment' | 'adjustment' | 'transfer' | 'refund' | 'reversal';
  readonly amount: number;
  /**
   * What the entry does to the account's total (payer and patient together), in cents: charges
   * and refunds raise it, payments and adjustments lower it, transfers only move it between
   * parties, a reversal undoes its original.
   */
  readonly effect: number;
  /** Who owes (or paid): the payer billed or the patient; for a transfer, where it moved from. */
  readonly party?: 'payer' | 'patient';
  readonly toParty?: 'payer' | 'patient';
  readonly adjustmentGroup?: string;
  readonly reason?: string;
  readonly source: string;
  readonly serviceDate: IsoDate;
  readonly procedureCode: string;
  readonly claimNumber?: string;
}

/** Every entry on the patient's service lines, in the order they were posted. */
export async function patientLedger(
  q: Queryable,
  orgId: string,
  patientId: string,
): Promise<PatientLedgerRow[]> {
  const rows = await q.query<Record<string, unknown>>(
    `select e.seq, e.posted_on, e.kind, e.amount_cents, e.party_kind, e.to_party_kind,
       case coalesce(o.kind, e.kind)
         when 'charge' then 1 when 'refund' then 1 when 'payment' then -1 when 'adjustment' then -1
         else 0 end * case when e.kind = 'reversal' then -1 else 1 end * e.amount_cents as effect,
       e.adjustment_group, e.reason, e.source, s.service_date, s.procedure_code,
       (select c.claim_number from claim_lines l join claims c on c.org_id = l.org_id and c.id = l.claim_id
        where l.org_id = e.org_id and l.service_line_id = e.service_line_id and c.status <> 'void'
        order by c.version desc limit 1) as claim_number
     from ledger_entries e
     left join ledger_entries o on o.org_id = e.org_id and o.id = e.reverses
     join service_lines s on s.org_id = e.org_id and s.id = e.service_line_id
     join encounters en on en.org_id = s.org_id and en.id = s.encounter_id
     where e.org_id = $1 and en.patient_id = $2
     order by e.seq`,
    [orgId, patientId],
  );
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return rows.map((row) => {
    const optional = {
      party: text(row.party_kind),
      toParty: text(row.to_party_kind),
      adjustmentGroup: text(row.adjustment_group)?.trim(),
      reason: text(row.reason),
      claimNumber: text(row.claim_number),
    };
    return {
      seq: Number(row.seq),
      postedOn: row.posted_on as IsoDate,
      kind: row.kind as PatientLedgerRow['kind'],
      amount: Number(row.amount_cents),
      effect: Number(row.effect),
      source: String(row.source),
      serviceDate: row.service_date as IsoDate,
      procedureCode: String(row.procedure_code),
      ...(Object.fromEntries(
        Object.entries(optional).filter(([, v]) => v !== undefined),
      ) as Partial<PatientLedgerRow>),
    };
  });
}
