import { serviceLabel } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { pageOf } from './table-repository.ts';

export interface RemittanceFileRow {
  readonly id: string;
  readonly fileName: string;
  readonly payerName: string;
  readonly payment: number;
  /** BPR16: the check issue or EFT effective date (absent on files imported before it was kept). */
  readonly paymentDate?: IsoDate;
  /** TRN02: the check or EFT trace number of each payment in the file. */
  readonly traceNumbers: string[];
  readonly claims: number;
  readonly importedAt: Date;
  readonly importedBy: string;
}

const FILE_SELECT = `f.id, f.file_name, f.payer_name, f.payment_cents, f.trace_numbers,
  to_char(f.payment_date, 'YYYY-MM-DD') as payment_date, f.imported_at, f.imported_by,
  (select count(*) from remittance_claims rc where rc.org_id = f.org_id and rc.file_id = f.id)::int as claims`;

const fileFromRow = (row: Record<string, unknown>): RemittanceFileRow => ({
  id: String(row.id),
  fileName: String(row.file_name),
  payerName: String(row.payer_name),
  payment: Number(row.payment_cents),
  ...(typeof row.payment_date === 'string' ? { paymentDate: row.payment_date as IsoDate } : {}),
  traceNumbers: row.trace_numbers as string[],
  claims: Number(row.claims),
  importedAt: row.imported_at as Date,
  importedBy: String(row.imported_by),
});

/** The 835 files imported, newest first. */
export async function listRemittanceFiles(
  q: Queryable,
  orgId: string,
  page: PageRequest,
): Promise<PageResult<RemittanceFileRow>> {
  return pageOf(
    q,
    {
      select: FILE_SELECT,
      from: 'remittance_files f',
      where: 'f.org_id = $1',
      params: [orgId],
      orderBy: 'f.imported_at desc',
    },
    page,
    fileFromRow,
  );
}

export async function getRemittanceFile(
  q: Queryable,
  orgId: string,
  fileId: string,
): Promise<RemittanceFileRow | undefined> {
  const rows = await q.query<Record<string, unknown>>(
    `select ${FILE_SELECT} from remittance_files f where f.org_id = $1 and f.id = $2`,
    [orgId, fileId],
  );
  return rows[0] ? fileFromRow(rows[0]) : undefined;
}

/** One ledger entry the remittance posted on a service line. */
export interface PostedEntry {
  readonly kind: string;
  readonly amount: number;
  readonly party?: string;
  readonly toParty?: string;
  readonly adjustmentGroup?: string;
  readonly reason?: string;
}

export interface PostedLine {
  readonly serviceLineId: string;
  /** The CPT/HCPCS code; absent on a facility line billed by its revenue code alone. */
  readonly procedureCode?: string;
  readonly modifiers: string[];
  /** A facility bill line's NUBC revenue code. */
  readonly revenueCode?: string;
  /** The service as a biller reads it: `99214-25`, `0120 room & board, semi-private (two beds)`. */
  readonly service: string;
  readonly serviceDate: IsoDate;
  /**
   * The procedure the payer adjudicated the line as (SVC01), when it is not the one billed: a
   * down-code (99214 paid as 99213) the biller may appeal.
   */
  readonly paidAs?: { readonly code: string; readonly modifiers: string[] };
  /**
   * The procedures the payer unbundled the line into (several service lines naming it in SVC06),
   * in the 835's order, each with what the payer paid under it.
   */
  readonly unbundledInto?: UnbundledProcedure[];
  readonly entries: PostedEntry[];
}

export interface UnbundledProcedure {
  readonly code: string;
  readonly modifiers: string[];
  readonly paid: number;
}

export interface PostedClaim {
  readonly position: number;
  readonly patientControlNumber: string;
  /** CLP02: 1 processed as primary, 2 secondary, 4 denied, 22 reversal… */
  readonly statusCode: string;
  readonly charge: number;
  readonly paid: number;
  readonly payerClaimNumber?: string;
  /**
   * 2100 AMT*I: the prompt-payment interest the payer reported on the claim. Not posted to any
   * line: it is paid in CLP04 or, as most payers do, in a PLB L6 adjustment.
   */
  readonly interest?: number;
  /** The claim it matched (absent: an unmatched item, on the worklist). */
  readonly claimId?: string;
  readonly claimStatus?: string;
  readonly lines: PostedLine[];
  /** Its service lines the import posted nowhere, held on the unmatched worklist. */
  readonly unposted: UnpostedServiceLine[];
  /** The claim's lines this file posted nothing on: where an unmatched service line may go. */
  readonly openLines: OpenBilledLine[];
}

/** A service line of a claim payment that matched no billed line, or did not balance. */
export interface UnpostedServiceLine {
  /** Its place in the claim payment (absent on items held before it was kept). */
  readonly servicePosition?: number;
  /** `unmatched`: a biller may post it to a line; `unbalanced`: the payer must correct it. */
  readonly reason?: 'unmatched' | 'unbalanced';
  /** The procedure paid (SVC01) and, when the payer says so, the one billed (SVC06). */
  readonly service: string;
  readonly billedAs?: string;
  readonly serviceDate?: IsoDate;
  readonly charge: number;
  readonly paid: number;
  /** What the worklist item says. */
  readonly summary: string;
}

export interface OpenBilledLine {
  readonly serviceLineId: string;
  readonly service: string;
  readonly serviceDate: IsoDate;
  readonly charge: number;
}

/** A text column's value without the padding of a char column, or undefined when null. */
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

/** What a remittance posted: each claim payment with, per service line, the entries it made. */
export async function remittancePosting(
  q: Queryable,
  orgId: string,
  fileId: string,
): Promise<PostedClaim[]> {
  const claims = await q.query<Record<string, unknown>>(
    `select rc.position, rc.patient_control_number, rc.status_code, rc.charge_cents, rc.paid_cents,
       rc.payer_claim_number, rc.interest_cents, rc.claim_id, c.status as claim_status
     from remittance_claims rc
     left join claims c on c.org_id = rc.org_id and c.id = rc.claim_id
     where rc.org_id = $1 and rc.file_id = $2
     order by rc.position`,
    [orgId, fileId],
  );
  const entries = await q.query<Record<string, unknown>>(
    `select l.claim_id, s.id as service_line_id, s.procedure_code, s.modifiers, s.revenue_code,
       s.service_date,
       e.kind, e.amount_cents, e.party_kind, e.to_party_kind, e.adjustment_group, e.reason
     from ledger_entries e
     join service_lines s on s.org_id = e.org_id and s.id = e.service_line_id
     join claim_lines l on l.org_id = s.org_id and l.service_line_id = s.id
       and l.claim_id in (select claim_id from remittance_claims
                          where org_id = $1 and file_id = $2 and claim_id is not null)
     where e.org_id = $1 and e.source = 'era:' || $2
     order by l.claim_id, l.sequence, e.seq`,
    [orgId, fileId],
  );
  const recoded = await q.query<Record<string, unknown>>(
    `select claim_position, service_line_id, procedure_code, modifiers, paid_cents
     from remittance_recoded_lines where org_id = $1 and file_id = $2
     order by claim_position, service_line_id, position`,
    [orgId, fileId],
  );
  const paidAs = new Map<string, UnbundledProcedure[]>();
  for (const row of recoded) {
    const key = `${Number(row.claim_position)}:${String(row.service_line_id)}`;
    paidAs.set(key, [
      ...(paidAs.get(key) ?? []),
      {
        code: String(row.procedure_code),
        modifiers: row.modifiers as string[],
        paid: Number(row.paid_cents),
      },
    ]);
  }
  const unposted = await unpostedServiceLines(q, orgId, fileId);
  const openLines = await openBilledLines(q, orgId, fileId, [
    ...new Set(unposted.map((u) => u.claimId)),
  ]);
  const linesByClaim = new Map<string, Map<string, PostedLine>>();
  for (const row of entries) {
    const claimId = String(row.claim_id);
    const lines = linesByClaim.get(claimId) ?? new Map<string, PostedLine>();
    linesByClaim.set(claimId, lines);
    const lineId = String(row.service_line_id);
    const procedureCode = trimmed(row.procedure_code);
    const revenueCode = trimmed(row.revenue_code);
    const modifiers = row.modifiers as string[];
    const line = lines.get(lineId) ?? {
      serviceLineId: lineId,
      ...(procedureCode === undefined ? {} : { procedureCode }),
      modifiers,
      ...(revenueCode === undefined ? {} : { revenueCode }),
      service: serviceLabel({ procedureCode, modifiers, revenueCode }),
      serviceDate: row.service_date as IsoDate,
      entries: [],
    };
    lines.set(lineId, line);
    line.entries.push(
      withDefined({
        kind: String(row.kind),
        amount: Number(row.amount_cents),
        party: trimmed(row.party_kind),
        toParty: trimmed(row.to_party_kind),
        adjustmentGroup: trimmed(row.adjustment_group),
        reason: trimmed(row.reason),
      }),
    );
  }
  return claims.map((row) => {
    const claimId = trimmed(row.claim_id);
    const position = Number(row.position);
    const lines = [...(claimId ? (linesByClaim.get(claimId)?.values() ?? []) : [])];
    return withDefined({
      position,
      patientControlNumber: String(row.patient_control_number),
      statusCode: String(row.status_code),
      charge: Number(row.charge_cents),
      paid: Number(row.paid_cents),
      payerClaimNumber: trimmed(row.payer_claim_number),
      interest: row.interest_cents === null ? undefined : Number(row.interest_cents),
      claimId,
      claimStatus: trimmed(row.claim_status),
      lines: lines.map((line) => withPaidAs(line, paidAs.get(`${position}:${line.serviceLineId}`))),
      unposted: unposted.flatMap(({ claimId: of, position: at, line }) =>
        of === claimId && (at === undefined || at === position) ? [line] : [],
      ),
      openLines: (claimId && openLines.get(claimId)) || [],
    });
  });
}

/**
 * The open worklist items of a file's service lines that posted nowhere, with the claim and the
 * claim payment (position; absent on items held before it was kept) they came in.
 */
async function unpostedServiceLines(
  q: Queryable,
  orgId: string,
  fileId: string,
): Promise<{ claimId: string; position?: number; line: UnpostedServiceLine }[]> {
  const rows = await q.query<{ claim_id: string; summary: string; detail: HeldLineDetail }>(
    `select claim_id, summary, detail from worklist_items
     where org_id = $1 and kind = 'unmatched_remittance' and status = 'open'
       and source = 'era:' || $2 and claim_id is not null and detail->'line' is not null
     order by seq`,
    [orgId, fileId],
  );
  return rows.map(({ claim_id, summary, detail }) => {
    const { line } = detail;
    const service = serviceLabel({ procedureCode: line.procedureCode, modifiers: line.modifiers });
    return {
      claimId: claim_id,
      ...(detail.position === undefined ? {} : { position: detail.position }),
      line: withDefined({
        servicePosition: detail.servicePosition,
        reason: detail.unposted,
        service,
        billedAs: line.submitted ? serviceLabel(line.submitted) : undefined,
        serviceDate: line.serviceDate,
        charge: line.charge,
        paid: line.paid,
        summary,
      }),
    };
  });
}

/** What the import keeps of an unposted service line (core's RemitLine, as JSON). */
interface HeldLineDetail {
  readonly line: {
    readonly procedureCode: string;
    readonly modifiers: string[];
    readonly submitted?: { readonly procedureCode: string; readonly modifiers: string[] };
    readonly serviceDate?: IsoDate;
    readonly charge: number;
    readonly paid: number;
  };
  readonly position?: number;
  readonly servicePosition?: number;
  readonly unposted?: 'unmatched' | 'unbalanced';
}

/** Per claim, its lines on which the file posted no entry, in claim order, as the claim bills them. */
async function openBilledLines(
  q: Queryable,
  orgId: string,
  fileId: string,
  claimIds: readonly string[],
): Promise<Map<string, OpenBilledLine[]>> {
  if (claimIds.length === 0) return new Map();
  const rows = await q.query<Record<string, unknown>>(
    `select l.claim_id, s.id, coalesce(l.procedure_code, s.procedure_code) as procedure_code,
       coalesce(l.modifiers, s.modifiers) as modifiers, s.revenue_code,
       to_char(coalesce(l.service_date, s.service_date), 'YYYY-MM-DD') as service_date,
       coalesce(l.charge_cents, s.charge_cents) as charge_cents
     from claim_lines l
     join service_lines s on s.org_id = l.org_id and s.id = l.service_line_id
     where l.org_id = $1 and l.claim_id = any($3::uuid[])
       and not exists (select 1 from ledger_entries e
                       where e.org_id = s.org_id and e.service_line_id = s.id
                         and e.source = 'era:' || $2)
     order by l.claim_id, l.sequence`,
    [orgId, fileId, claimIds],
  );
  const byClaim = new Map<string, OpenBilledLine[]>();
  for (const row of rows) {
    const claimId = String(row.claim_id);
    byClaim.set(claimId, [
      ...(byClaim.get(claimId) ?? []),
      {
        serviceLineId: String(row.id),
        service: serviceLabel({
          procedureCode: trimmed(row.procedure_code),
          modifiers: row.modifiers as string[],
          revenueCode: trimmed(row.revenue_code),
        }),
        serviceDate: row.service_date as IsoDate,
        charge: Number(row.charge_cents),
      },
    ]);
  }
  return byClaim;
}

/** A line re-coded to one procedure: `paidAs`; unbundled into several: `unbundledInto`. */
function withPaidAs(line: PostedLine, procedures: UnbundledProcedure[] = []): PostedLine {
  const [only, ...more] = procedures;
  if (!only) return line;
  return more.length === 0
    ? { ...line, paidAs: { code: only.code, modifiers: only.modifiers } }
    : { ...line, unbundledInto: procedures };
}

/** A provider-level adjustment (PLB) of a remittance, as recorded. */
export interface RecordedProviderAdjustment {
  /** Its place in the file (1, 2, …): how a held one is posted by hand. */
  readonly position?: number;
  readonly providerId: string;
  /** PLB03-1. */
  readonly reason: string;
  /** PLB03-2. */
  readonly reference?: string;
  /** Positive reduces the payment, negative adds to it. */
  readonly amount: number;
  /** The claim the reference names, when medbill knows it. */
  readonly claimId?: string;
  readonly claimNumber?: string;
  /**
   * The payer whose ledger account the adjustment was posted to (absent: not posted, the payer
   * being unknown; it waits on the unmatched worklist).
   */
  readonly postedTo?: { readonly payerId: string; readonly payerName: string };
}

/** A remittance's provider-level adjustments, in file order. */
export async function remittanceProviderAdjustments(
  q: Queryable,
  orgId: string,
  fileId: string,
): Promise<RecordedProviderAdjustment[]> {
  const rows = await q.query<Record<string, unknown>>(
    `select p.position, p.provider_id, p.reason, p.reference, p.amount_cents, p.claim_id,
       c.claim_number, py.id as posted_payer_id, py.name as posted_payer_name
     from provider_adjustments p
     left join claims c on c.org_id = p.org_id and c.id = p.claim_id
     -- The entry posted for it: era:<file>:plb:<position> (see recordProviderAdjustments).
     left join ledger_entries e on e.org_id = p.org_id
       and e.id = 'era:' || p.file_id || ':plb:' || p.position
     left join payers py on py.org_id = e.org_id and py.id = e.payer_account_id
     where p.org_id = $1 and p.file_id = $2
     order by p.position nulls last, p.id`,
    [orgId, fileId],
  );
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return rows.map((row) =>
    withDefined({
      position: typeof row.position === 'number' ? row.position : undefined,
      providerId: String(row.provider_id),
      reason: String(row.reason),
      reference: text(row.reference),
      amount: Number(row.amount_cents),
      claimId: text(row.claim_id),
      claimNumber: text(row.claim_number),
      postedTo:
        typeof row.posted_payer_id === 'string'
          ? { payerId: row.posted_payer_id, payerName: String(row.posted_payer_name) }
          : undefined,
    }),
  );
}

/** Drops the keys whose value is undefined (optional fields stay absent, not undefined). */
function withDefined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
