import { accountLineId, accountPatientOf } from '@medbill/core';
import type { AdjustmentGroup, Cents, IsoDate, LedgerEntry, Party } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { insertRows } from './rows.ts';

type Row = Record<string, unknown>;

const partyOf = (kind: unknown, coverageId: unknown): Party =>
  kind === 'patient' ? { kind: 'patient' } : { kind: 'payer', coverageId: String(coverageId) };

function fromRow(row: Row): LedgerEntry {
  const base = {
    id: String(row.id),
    lineId:
      typeof row.service_line_id === 'string'
        ? row.service_line_id
        : accountLineId(String(row.account_patient_id)),
    postedOn: row.posted_on as IsoDate,
    amount: Number(row.amount_cents) as Cents,
  };
  const party = partyOf(row.party_kind, row.party_coverage_id);
  switch (row.kind) {
    case 'charge':
      return {
        ...base,
        kind: 'charge',
        party,
        ...(row.supplement === true ? { supplement: true } : {}),
      };
    case 'payment':
      return {
        ...base,
        kind: 'payment',
        party,
        ...(row.overpayment === true ? { overpayment: true } : {}),
      };
    case 'adjustment':
      return {
        ...base,
        kind: 'adjustment',
        party,
        group: row.adjustment_group as AdjustmentGroup,
        reason: String(row.reason),
      };
    case 'transfer':
      return {
        ...base,
        kind: 'transfer',
        from: party,
        to: partyOf(row.to_party_kind, row.to_party_coverage_id),
      };
    case 'refund':
      return { ...base, kind: 'refund', party };
    case 'application':
      return { ...base, kind: 'application', party };
    default:
      return { ...base, kind: 'reversal', reverses: String(row.reverses) };
  }
}

const partyColumns = (party: Party | undefined, prefix: string) => ({
  [`${prefix}_kind`]: party?.kind ?? null,
  [`${prefix}_coverage_id`]: party?.kind === 'payer' ? party.coverageId : null,
});

/** Service lines and patients' accounts (see `accountLineId`) among ledger line ids. */
function splitLineIds(lineIds: readonly string[]): { lines: string[]; patients: string[] } {
  const lines: string[] = [];
  const patients: string[] = [];
  for (const id of lineIds) {
    const patient = accountPatientOf(id);
    if (patient === undefined) lines.push(id);
    else patients.push(patient);
  }
  return { lines, patients };
}

/**
 * Locks the service lines (so two postings to one line queue rather than race) — and, for a
 * patient's account among them, the patient — and returns every entry already on them, oldest
 * first. Call inside the posting transaction.
 */
export async function lockLedgerLines(
  q: Queryable,
  orgId: string,
  lineIds: readonly string[],
): Promise<LedgerEntry[]> {
  if (lineIds.length === 0) return [];
  const { lines, patients } = splitLineIds(lineIds);
  if (lines.length > 0)
    await q.query(
      'select id from service_lines where org_id = $1 and id = any($2::uuid[]) order by id for update',
      [orgId, lines],
    );
  if (patients.length > 0)
    await q.query(
      'select id from patients where org_id = $1 and id = any($2::uuid[]) order by id for update',
      [orgId, patients],
    );
  return ledgerEntriesFor(q, orgId, lineIds);
}

export async function ledgerEntriesFor(
  q: Queryable,
  orgId: string,
  lineIds: readonly string[],
): Promise<LedgerEntry[]> {
  if (lineIds.length === 0) return [];
  const { lines, patients } = splitLineIds(lineIds);
  const rows = await q.query(
    patients.length === 0
      ? 'select * from ledger_entries where org_id = $1 and service_line_id = any($2::uuid[]) order by seq'
      : `select * from ledger_entries where org_id = $1
           and (service_line_id = any($2::uuid[]) or account_patient_id = any($3::uuid[]))
         order by seq`,
    patients.length === 0 ? [orgId, lines] : [orgId, lines, patients],
  );
  return rows.map(fromRow);
}

/** Appends entries that the core ledger has already accepted. */
export async function insertLedgerEntries(
  q: Queryable,
  orgId: string,
  entries: readonly LedgerEntry[],
  meta: { source: string; actorId: string },
): Promise<void> {
  await insertLedgerPostings(
    q,
    orgId,
    entries.map((entry) => ({ entry, ...meta })),
  );
}

/** Appends entries that the core ledger has already accepted, each with its own source. */
export async function insertLedgerPostings(
  q: Queryable,
  orgId: string,
  postings: readonly { entry: LedgerEntry; source: string; actorId: string }[],
): Promise<void> {
  const rows = postings.map(({ entry, source, actorId }) => {
    const party =
      entry.kind === 'transfer' ? entry.from : entry.kind === 'reversal' ? undefined : entry.party;
    return {
      org_id: orgId,
      id: entry.id,
      service_line_id: accountPatientOf(entry.lineId) === undefined ? entry.lineId : null,
      account_patient_id: accountPatientOf(entry.lineId) ?? null,
      kind: entry.kind,
      amount_cents: entry.amount,
      ...partyColumns(party, 'party'),
      ...partyColumns(entry.kind === 'transfer' ? entry.to : undefined, 'to_party'),
      adjustment_group: entry.kind === 'adjustment' ? entry.group : null,
      reason: entry.kind === 'adjustment' ? entry.reason : null,
      overpayment: entry.kind === 'payment' && entry.overpayment === true,
      supplement: entry.kind === 'charge' && entry.supplement === true,
      reverses: entry.kind === 'reversal' ? entry.reverses : null,
      posted_on: entry.postedOn,
      source,
      actor_id: actorId,
    };
  });
  await insertRows(q, 'ledger_entries', rows);
}
