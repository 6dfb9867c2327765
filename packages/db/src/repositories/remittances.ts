import type { IsoDate } from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { optionalFields } from './address-columns.ts';
import type { PostedClaim } from './remittance-views.ts';
import { insertRow, insertRows } from './rows.ts';
import { pageOf } from './table-repository.ts';

export interface RemittanceFileRecord {
  readonly id: string;
  readonly fileName: string;
  readonly payerName: string;
  readonly payment: number;
  readonly importedAt: Date;
}

export async function findRemittanceFile(
  q: Queryable,
  orgId: string,
  sha256: string,
): Promise<RemittanceFileRecord | undefined> {
  const rows = await q.query<{
    id: string;
    file_name: string;
    payer_name: string;
    payment_cents: number;
    imported_at: Date;
  }>(
    'select id, file_name, payer_name, payment_cents, imported_at from remittance_files where org_id = $1 and sha256 = $2',
    [orgId, sha256],
  );
  const row = rows[0];
  return row
    ? {
        id: row.id,
        fileName: row.file_name,
        payerName: row.payer_name,
        payment: row.payment_cents,
        importedAt: row.imported_at,
      }
    : undefined;
}

export async function insertRemittanceFile(
  q: Queryable,
  orgId: string,
  file: {
    sha256: string;
    fileName: string;
    fileText: string;
    payerName: string;
    payment: number;
    traceNumbers: string[];
    /** BPR16: the check issue or EFT effective date. */
    paymentDate?: IsoDate;
    importedBy: string;
  },
): Promise<string> {
  const row = await insertRow(q, 'remittance_files', {
    org_id: orgId,
    sha256: file.sha256,
    file_name: file.fileName,
    file_text: file.fileText,
    payer_name: file.payerName,
    payment_cents: file.payment,
    trace_numbers: file.traceNumbers,
    payment_date: file.paymentDate ?? null,
    imported_by: file.importedBy,
  });
  return String(row.id);
}

/** A claim payment of a file as recorded: matched (`claimId`) or not. */
export type RemittanceClaimRow = Omit<
  PostedClaim,
  'claimStatus' | 'lines' | 'unposted' | 'openLines'
>;

/** Records every claim payment of a file. */
export async function insertRemittanceClaims(
  q: Queryable,
  orgId: string,
  fileId: string,
  claims: readonly RemittanceClaimRow[],
): Promise<void> {
  await insertRows(
    q,
    'remittance_claims',
    claims.map((claim) => ({
      org_id: orgId,
      file_id: fileId,
      position: claim.position,
      patient_control_number: claim.patientControlNumber,
      status_code: claim.statusCode,
      charge_cents: claim.charge,
      paid_cents: claim.paid,
      payer_claim_number: claim.payerClaimNumber ?? null,
      claim_id: claim.claimId ?? null,
      interest_cents: claim.interest ?? null,
    })),
  );
}

/**
 * A procedure the payer adjudicated a posted line as, when not the one billed: the one it
 * re-coded the line to, or one of those it unbundled the line into.
 */
export interface RecodedLineRow {
  /** The claim payment's place in its file. */
  readonly claimPosition: number;
  readonly serviceLineId: string;
  /** 1, 2, … in the order of the service lines the payer paid the line as. */
  readonly position: number;
  /** SVC01: the procedure as the payer adjudicated it. */
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  /** SVC03: what the payer paid under it. */
  readonly paid: number;
}

/** Records the procedures a file's payer paid lines as, where they differ from those billed. */
export async function insertRecodedLines(
  q: Queryable,
  orgId: string,
  fileId: string,
  lines: readonly RecodedLineRow[],
): Promise<void> {
  await insertRows(
    q,
    'remittance_recoded_lines',
    lines.map((line) => ({
      org_id: orgId,
      file_id: fileId,
      claim_position: line.claimPosition,
      service_line_id: line.serviceLineId,
      position: line.position,
      procedure_code: line.procedureCode,
      modifiers: line.modifiers,
      paid_cents: line.paid,
    })),
  );
}

export interface ProviderAdjustmentRow {
  /** 1, 2, … in the order of the file's PLB segments and their adjustments. */
  readonly position: number;
  readonly providerId: string;
  readonly reason: string;
  readonly reference?: string;
  /** Positive reduces the payment, negative adds to it. */
  readonly amount: number;
  /** The claim the reference (PLB03-2) names, when medbill knows it. */
  readonly claimId?: string;
}

/** Records a file's provider-level adjustments (PLB). */
export async function insertProviderAdjustments(
  q: Queryable,
  orgId: string,
  fileId: string,
  adjustments: readonly ProviderAdjustmentRow[],
): Promise<void> {
  await insertRows(
    q,
    'provider_adjustments',
    adjustments.map((adjustment) => ({
      org_id: orgId,
      file_id: fileId,
      position: adjustment.position,
      provider_id: adjustment.providerId,
      reason: adjustment.reason,
      reference: adjustment.reference ?? null,
      amount_cents: adjustment.amount,
      claim_id: adjustment.claimId ?? null,
    })),
  );
}

export type WorklistKind =
  | 'denial'
  | 'unmatched_remittance'
  | 'unmatched_acknowledgment'
  | 'rejection'
  | 'follow_up'
  | 'credit_balance'
  | 'secondary_correction';

export interface WorklistItem {
  readonly id: string;
  readonly kind: WorklistKind;
  readonly claimId?: string;
  readonly serviceLineId?: string;
  readonly source: string;
  readonly summary: string;
  readonly detail: unknown;
  readonly amount?: number;
  readonly status: 'open' | 'resolved';
  readonly createdAt: Date;
}

export interface NewWorklistItem {
  readonly kind: WorklistKind;
  readonly claimId?: string;
  readonly serviceLineId?: string;
  readonly source: string;
  readonly summary: string;
  readonly detail: Record<string, unknown>;
  readonly amount?: number;
}

export async function addWorklistItem(
  q: Queryable,
  orgId: string,
  item: NewWorklistItem,
): Promise<void> {
  await addWorklistItems(q, orgId, [item]);
}

/** Adds items in the order given (the worklist lists them in that order). */
export async function addWorklistItems(
  q: Queryable,
  orgId: string,
  items: readonly NewWorklistItem[],
): Promise<void> {
  await insertRows(
    q,
    'worklist_items',
    items.map((item) => ({
      org_id: orgId,
      kind: item.kind,
      claim_id: item.claimId ?? null,
      service_line_id: item.serviceLineId ?? null,
      source: item.source,
      summary: item.summary,
      detail: item.detail,
      amount_cents: item.amount ?? null,
    })),
  );
}

export async function listWorklist(
  q: Queryable,
  orgId: string,
  filter: { kind?: WorklistKind; status?: 'open' | 'resolved' },
  page: PageRequest,
): Promise<PageResult<WorklistItem>> {
  const params: SqlParam[] = [orgId];
  const where = ['org_id = $1'];
  if (filter.kind) where.push(`kind = $${params.push(filter.kind)}`);
  if (filter.status) where.push(`status = $${params.push(filter.status)}`);
  return pageOf(
    q,
    { from: 'worklist_items', where: where.join(' and '), params, orderBy: 'seq' },
    page,
    worklistItemFromRow,
  );
}

const worklistItemFromRow = (row: Record<string, unknown>): WorklistItem => ({
  id: String(row.id),
  kind: row.kind as WorklistKind,
  ...optionalFields(row, { claimId: 'claim_id', serviceLineId: 'service_line_id' }),
  source: String(row.source),
  summary: String(row.summary),
  detail: row.detail,
  ...(row.amount_cents === null ? {} : { amount: Number(row.amount_cents) }),
  status: row.status as 'open' | 'resolved',
  createdAt: row.created_at as Date,
});

export type WorklistAction = 'assign' | 'note' | 'resolve' | 'reopen';

/**
 * Records what a person did with a worklist item and applies it (assignee, open/resolved);
 * false when there is no such item. Call inside a transaction.
 */
export async function actOnWorklistItem(
  q: Queryable,
  orgId: string,
  itemId: string,
  act: { action: WorklistAction; text: string; actorId: string; assignTo?: string },
): Promise<boolean> {
  const changes =
    act.action === 'assign'
      ? { sql: 'assigned_to = $3', params: [act.assignTo ?? null] }
      : act.action === 'resolve'
        ? { sql: "status = 'resolved'", params: [] }
        : act.action === 'reopen'
          ? { sql: "status = 'open'", params: [] }
          : { sql: 'status = status', params: [] };
  const rows = await q.query(
    `update worklist_items set ${changes.sql} where org_id = $1 and id = $2 returning id`,
    [orgId, itemId, ...changes.params],
  );
  if (rows.length === 0) return false;
  await insertRow(q, 'worklist_notes', {
    org_id: orgId,
    item_id: itemId,
    actor_id: act.actorId,
    action: act.action,
    text: act.text,
  });
  return true;
}

export async function worklistNotes(
  q: Queryable,
  orgId: string,
  itemId: string,
): Promise<
  { at: Date; actorId: string; actorName: string | null; action: WorklistAction; text: string }[]
> {
  const rows = await q.query<{
    at: Date;
    actor_id: string;
    actor_name: string | null;
    action: WorklistAction;
    text: string;
  }>(
    `select n.at, n.actor_id, u.name as actor_name, n.action, n.text from worklist_notes n
     left join users u on u.org_id = n.org_id and u.id::text = n.actor_id
     where n.org_id = $1 and n.item_id = $2 order by n.id`,
    [orgId, itemId],
  );
  return rows.map((r) => ({
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    text: r.text,
  }));
}

export async function getWorklistItem(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<WorklistItem | undefined> {
  const page = await pageOf(
    q,
    {
      from: 'worklist_items',
      where: 'org_id = $1 and id = $2',
      params: [orgId, id],
      orderBy: 'seq',
    },
    { limit: 1, offset: 0 },
    worklistItemFromRow,
  );
  return page.items[0];
}

/** Whether an open item of this kind, for this claim and from this source, is already listed. */
export async function openWorklistItemExists(
  q: Queryable,
  orgId: string,
  kind: WorklistKind,
  claimId: string,
  source: string,
): Promise<boolean> {
  const rows = await q.query(
    `select 1 from worklist_items
     where org_id = $1 and kind = $2 and claim_id = $3 and source = $4 and status = 'open'`,
    [orgId, kind, claimId, source],
  );
  return rows.length > 0;
}

/** The open credit-balance items of money waiting unapplied on these patients' accounts. */
export async function openUnappliedCreditItems(
  q: Queryable,
  orgId: string,
  patientIds: readonly string[],
): Promise<{ id: string; patientId: string }[]> {
  if (patientIds.length === 0) return [];
  const rows = await q.query<{ id: string; patient_id: string }>(
    `select id, detail->>'patientId' as patient_id from worklist_items
     where org_id = $1 and kind = 'credit_balance' and status = 'open'
       and service_line_id is null and detail->>'patientId' = any($2::text[])
     order by seq`,
    [orgId, patientIds],
  );
  return rows.map((r) => ({ id: r.id, patientId: r.patient_id }));
}

/** Resolves open items with one note each, saying why (the system did it, not a person). */
export async function resolveWorklistItems(
  q: Queryable,
  orgId: string,
  itemIds: readonly string[],
  act: { actorId: string; text: string },
): Promise<void> {
  if (itemIds.length === 0) return;
  await q.query(
    `with resolved as (
       update worklist_items set status = 'resolved'
       where org_id = $1 and id = any($2::uuid[]) and status = 'open' returning id
     )
     insert into worklist_notes (org_id, item_id, actor_id, action, text)
     select $1, id, $3, 'resolve', $4 from resolved`,
    [orgId, itemIds, act.actorId, act.text],
  );
}

/** A file's provider-level adjustment as a biller posts it by hand (see `heldProviderAdjustment`). */
export interface HeldProviderAdjustment {
  readonly reason: string;
  readonly reference?: string;
  /** Positive reduces the payment, negative adds to it. */
  readonly amount: number;
  /** The payer whose account it is already posted to, if it is. */
  readonly postedTo?: string;
  /** The name of the payer asked for, when it is on file in the organization. */
  readonly payerName?: string;
}

/**
 * The `position`th provider-level adjustment of a file, locked until the transaction ends (two
 * billers posting it at once: the second finds it posted), with where its ledger entry `entryId`
 * is posted if it is and the name of payer `payerId` if it is on file; `undefined` when the file
 * has no such adjustment.
 */
export async function heldProviderAdjustment(
  q: Queryable,
  orgId: string,
  {
    fileId,
    position,
    entryId,
    payerId,
  }: {
    fileId: string;
    position: number;
    entryId: string;
    payerId: string;
  },
): Promise<HeldProviderAdjustment | undefined> {
  const [row] = await q.query<Record<string, unknown>>(
    `select reason, reference, amount_cents from provider_adjustments
     where org_id = $1 and file_id = $2 and position = $3
     for update`,
    [orgId, fileId, position],
  );
  if (!row) return undefined;
  // Read after the lock is held, in a statement of its own: under READ COMMITTED it then sees
  // the entry of a posting that held the lock first and committed.
  const [where] = await q.query<Record<string, unknown>>(
    `select
       (select py.name from ledger_entries e
          join payers py on py.org_id = e.org_id and py.id = e.payer_account_id
        where e.org_id = $1 and e.id = $2) as posted_to,
       (select name from payers where org_id = $1 and id = $3) as payer_name`,
    [orgId, entryId, payerId],
  );
  return {
    reason: String(row.reason),
    ...(typeof row.reference === 'string' ? { reference: row.reference } : {}),
    amount: Number(row.amount_cents),
    ...(typeof where?.posted_to === 'string' ? { postedTo: where.posted_to } : {}),
    ...(typeof where?.payer_name === 'string' ? { payerName: where.payer_name } : {}),
  };
}

/** What an unmatched-remittance item held: a file's claim payment, PLB or service line. */
export type HeldRemittanceItem =
  | {
      readonly fileId: string;
      /** Its place among the file's claim payments (CLP) or provider adjustments (PLB), from 1. */
      readonly position: number;
      readonly of: 'claim payment' | 'provider adjustment';
    }
  | {
      readonly fileId: string;
      /** The claim payment's place in the file. */
      readonly position: number;
      readonly of: 'service line';
      /** The service line's place in the claim payment, from 1. */
      readonly servicePosition: number;
    };

/** Resolves, with one note each, the open unmatched-remittance items that held `held`. */
export async function resolveUnmatchedRemittanceItems(
  q: Queryable,
  orgId: string,
  held: HeldRemittanceItem,
  act: { actorId: string; text: string },
): Promise<void> {
  const which =
    held.of === 'service line'
      ? {
          sql: `claim_id is not null and detail->>'servicePosition' = $4::text`,
          value: held.servicePosition,
        }
      : {
          sql: 'claim_id is null and detail->>$4 is not null',
          value: held.of === 'claim payment' ? 'patientControlNumber' : 'providerAdjustment',
        };
  const rows = await q.query<{ id: string }>(
    `select id from worklist_items
     where org_id = $1 and kind = 'unmatched_remittance' and status = 'open'
       and source = 'era:' || $2 and detail->>'position' = $3::text and ${which.sql}`,
    [orgId, held.fileId, held.position, which.value],
  );
  await resolveWorklistItems(
    q,
    orgId,
    rows.map((r) => r.id),
    act,
  );
}

/** An 835's claim payment as a biller posts it by hand, with the file it came in. */
export interface FiledClaimPayment {
  readonly fileText: string;
  readonly sha256: string;
  /** CLP01 as the payer sent it. */
  readonly patientControlNumber: string;
  /** The claim it is posted to, when it is. */
  readonly claimNumber?: string;
}

/**
 * The `position`th claim payment of a file, locked until the transaction ends (two billers
 * posting it at once: the second finds it posted), with the file's text; `undefined` when the
 * file has no such claim payment.
 */
export async function lockedClaimPayment(
  q: Queryable,
  orgId: string,
  fileId: string,
  position: number,
): Promise<FiledClaimPayment | undefined> {
  const [row] = await q.query<Record<string, unknown>>(
    `select rc.patient_control_number, rc.claim_id, f.file_text, f.sha256
     from remittance_claims rc
     join remittance_files f on f.org_id = rc.org_id and f.id = rc.file_id
     where rc.org_id = $1 and rc.file_id = $2 and rc.position = $3
     for update of rc`,
    [orgId, fileId, position],
  );
  if (!row) return undefined;
  // The locked row's claim_id is the committed one; its claim's number is read after the lock.
  const [claim] =
    typeof row.claim_id === 'string'
      ? await q.query<{ claim_number: string }>(
          'select claim_number from claims where org_id = $1 and id = $2',
          [orgId, row.claim_id],
        )
      : [];
  return {
    fileText: String(row.file_text),
    sha256: String(row.sha256),
    patientControlNumber: String(row.patient_control_number),
    ...(claim ? { claimNumber: claim.claim_number } : {}),
  };
}

/** Records the claim a file's `position`th claim payment was posted to. */
export async function linkRemittanceClaim(
  q: Queryable,
  orgId: string,
  fileId: string,
  position: number,
  claimId: string,
): Promise<void> {
  await q.query(
    'update remittance_claims set claim_id = $4 where org_id = $1 and file_id = $2 and position = $3',
    [orgId, fileId, position, claimId],
  );
}
