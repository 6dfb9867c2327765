import { serviceLabel } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';

/** One ledger entry on a patient's account, with the service it belongs to. */
export interface PatientLedgerRow {
  readonly seq: number;
  readonly postedOn: IsoDate;
  readonly kind:
    'charge' | 'payment' | 'adjustment' | 'transfer' | 'refund' | 'reversal' | 'application';
  readonly amount: number;
  /**
   * What the entry does to the account's total (payer and patient together), in cents: charges
   * and refunds raise it, payments and adjustments lower it, transfers only move it between
   * parties, a reversal undoes its original. An application moves account credit onto a line
   * (+) where its paired payment (−) lands: together they leave the total as it was.
   */
  readonly effect: number;
  /** Who owes (or paid): the payer billed or the patient; for a transfer, where it moved from. */
  readonly party?: 'payer' | 'patient';
  readonly toParty?: 'payer' | 'patient';
  readonly adjustmentGroup?: string;
  readonly reason?: string;
  readonly source: string;
  /** The service, for entries on a service line; absent for money on the account itself. */
  readonly serviceDate?: IsoDate;
  /** The CPT/HCPCS code; absent on a facility line billed by its revenue code alone. */
  readonly procedureCode?: string;
  /** A facility bill line's NUBC revenue code (UB-04 FL 42). */
  readonly revenueCode?: string;
  /** The service as a biller reads it: `99214-25`, `0120 room & board, semi-private (two beds)`. */
  readonly service?: string;
  readonly claimNumber?: string;
  /** True for money on the patient's account not (yet) applied to a service line. */
  readonly unapplied?: true;
  /** For an application: the service line the account credit went to, and its claim line. */
  readonly appliedTo?: {
    readonly serviceDate: IsoDate;
    readonly procedureCode?: string;
    readonly revenueCode?: string;
    readonly service: string;
    readonly claimNumber?: string;
    readonly claimLine?: number;
  };
}

/** Every entry on the patient's service lines and account, in the order they were posted. */
export async function patientLedger(
  q: Queryable,
  orgId: string,
  patientId: string,
): Promise<PatientLedgerRow[]> {
  const rows = await q.query<Record<string, unknown>>(
    `select e.seq, e.posted_on, e.kind, e.amount_cents, e.party_kind, e.to_party_kind,
       case coalesce(o.kind, e.kind)
         when 'charge' then 1 when 'refund' then 1 when 'application' then 1
         when 'payment' then -1 when 'adjustment' then -1
         else 0 end * case when e.kind = 'reversal' then -1 else 1 end * e.amount_cents as effect,
       e.adjustment_group, e.reason, e.source, s.service_date, s.procedure_code, s.modifiers,
       s.revenue_code,
       (select c.claim_number from claim_lines l join claims c on c.org_id = l.org_id and c.id = l.claim_id
        where l.org_id = e.org_id and l.service_line_id = e.service_line_id and c.status <> 'void'
        order by c.version desc limit 1) as claim_number,
       al.service_date as applied_date, al.procedure_code as applied_code,
       al.modifiers as applied_modifiers, al.revenue_code as applied_revenue_code,
       applied.claim_number as applied_claim, applied.sequence as applied_line
     from ledger_entries e
     left join ledger_entries o on o.org_id = e.org_id and o.id = e.reverses
     left join service_lines s on s.org_id = e.org_id and s.id = e.service_line_id
     left join encounters en on en.org_id = s.org_id and en.id = s.encounter_id
     -- An application's id names the line the credit went to (apply:<line>:account).
     left join service_lines al on e.kind = 'application' and al.org_id = e.org_id
       and al.id = case when e.id like 'apply:%:account' then split_part(e.id, ':', 2)::uuid end
     left join lateral (select c.claim_number, l.sequence from claim_lines l
        join claims c on c.org_id = l.org_id and c.id = l.claim_id
        where l.org_id = al.org_id and l.service_line_id = al.id and c.status <> 'void'
        order by c.version desc limit 1) applied on true
     where e.org_id = $1 and (en.patient_id = $2 or e.account_patient_id = $2)
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
      ...(row.service_date === null
        ? { unapplied: true as const }
        : {
            serviceDate: row.service_date as IsoDate,
            ...serviceCodes(row.procedure_code, row.modifiers, row.revenue_code),
          }),
      ...(row.applied_date === null
        ? {}
        : {
            appliedTo: {
              serviceDate: row.applied_date as IsoDate,
              ...serviceCodes(row.applied_code, row.applied_modifiers, row.applied_revenue_code),
              ...(row.applied_claim === null
                ? {}
                : {
                    claimNumber: row.applied_claim as string,
                    claimLine: Number(row.applied_line),
                  }),
            },
          }),
      ...(Object.fromEntries(
        Object.entries(optional).filter(([, v]) => v !== undefined),
      ) as Partial<PatientLedgerRow>),
    };
  });
}

/** A service line's codes as a ledger row shows them, with its label. */
function serviceCodes(
  procedure: unknown,
  modifiers: unknown,
  revenue: unknown,
): { procedureCode?: string; revenueCode?: string; service: string } {
  const procedureCode = typeof procedure === 'string' ? procedure : undefined;
  const revenueCode = typeof revenue === 'string' ? revenue : undefined;
  return {
    ...(procedureCode === undefined ? {} : { procedureCode }),
    ...(revenueCode === undefined ? {} : { revenueCode }),
    service: serviceLabel({
      procedureCode,
      modifiers: Array.isArray(modifiers) ? (modifiers as string[]) : [],
      revenueCode,
    }),
  };
}
