import { accountLineId, accountPatientOf, payerAccountLineId, payerAccountOf } from '@medbill/core';
import type {
  AdjustmentGroup,
  Cents,
  IsoDate,
  LedgerEntry,
  Party,
  ProviderAdjustmentDirection,
} from '@medbill/core';
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
        : typeof row.payer_account_id === 'string'
          ? payerAccountLineId(row.payer_account_id)
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
    case 'provider_adjustment':
      return {
        ...base,
        kind: 'provider_adjustment',
        direction: row.direction as ProviderAdjustmentDirection,
        reason: String(row.reason),
        ...(typeof row.reference === 'string' ? { reference: row.reference } : {}),
      };
    default:
      return { ...base, kind: 'reversal', reverses: String(row.reverses) };
  }
}

const partyColumns = (party: Party | undefined, prefix: string) => ({
  [`${prefix}_kind`]: party?.kind ?? null,
  [`${prefix}_coverage_id`]: party?.kind === 'payer' ? party.coverageId : null,
});

/** Service lines, patients' accounts and payers' accounts among ledger line ids. */
function splitLineIds(lineIds: readonly string[]): {
  lines: string[];
  patients: string[];
  payers: string[];
} {
  const lines: string[] = [];
  const patients: string[] = [];
  const payers: string[] = [];
  for (const id of lineIds) {
    const patient = accountPatientOf(id);
    const payer = payerAccountOf(id);
    if (patient !== undefined) patients.push(patient);
    else if (payer !== undefined) payers.push(payer);
    else lines.push(id);
  }
  return { lines, patients, payers };
}

/**
 * Locks the service lines (so two postings to one line queue rather than race) — and, for a
 * patient's or a payer's account among them, the patient or the payer — and returns every entry
 * already on them, oldest first. Call inside the posting transaction.
 */
export async function lockLedgerLines(
  q: Queryable,
  orgId: string,
  lineIds: readonly string[],
): Promise<LedgerEntry[]> {
  if (lineIds.length === 0) return [];
  const { lines, patients, payers } = splitLineIds(lineIds);
  for (const [table, ids] of [
    ['service_lines', lines],
    ['patients', patients],
    ['payers', payers],
  ] as const) {
    if (ids.length > 0)
      await q.query(
        `select id from ${table} where org_id = $1 and id = any($2::uuid[]) order by id for update`,
        [orgId, ids],
      );
  }
  return ledgerEntriesFor(q, orgId, lineIds);
}

export async function ledgerEntriesFor(
  q: Queryable,
  orgId: string,
  lineIds: readonly string[],
): Promise<LedgerEntry[]> {
  if (lineIds.length === 0) return [];
  const { lines, patients, payers } = splitLineIds(lineIds);
  const rows = await q.query(
    patients.length === 0 && payers.length === 0
      ? 'select * from ledger_entries where org_id = $1 and service_line_id = any($2::uuid[]) order by seq'
      : `select * from ledger_entries where org_id = $1
           and (service_line_id = any($2::uuid[]) or account_patient_id = any($3::uuid[])
             or payer_account_id = any($4::uuid[]))
         order by seq`,
    patients.length === 0 && payers.length === 0
      ? [orgId, lines]
      : [orgId, lines, patients, payers],
  );
  return rows.map(fromRow);
}

/**
 * The entries one posting made (its `source`, `era:<file id>` for an 835), oldest first, and the
 * entries they reverse (a takeback reverses a payment an earlier 835 made), by id.
 */
export async function ledgerEntriesOfSource(
  q: Queryable,
  orgId: string,
  source: string,
): Promise<{ entries: LedgerEntry[]; byId: Map<string, LedgerEntry> }> {
  const rows = await q.query(
    `select e.*, false as reversed_only from ledger_entries e
     where e.org_id = $1 and e.source = $2
     union all
     select o.*, true from ledger_entries e
     join ledger_entries o on o.org_id = e.org_id and o.id = e.reverses
     where e.org_id = $1 and e.source = $2 and o.source <> $2
     order by seq`,
    [orgId, source],
  );
  const all = rows.map((row) => ({ entry: fromRow(row), own: row.reversed_only !== true }));
  return {
    entries: all.filter((e) => e.own).map((e) => e.entry),
    byId: new Map(all.map(({ entry }) => [entry.id, entry])),
  };
}

/** The payers on file as an 835 names them, for finding the payer whose account a PLB posts to. */
export async function payersOnFile(
  q: Queryable,
  orgId: string,
): Promise<{ id: string; name: string; payerId: string }[]> {
  const rows = await q.query(
    'select id, name, payer_id from payers where org_id = $1 order by name, id',
    [orgId],
  );
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name),
    payerId: String(row.payer_id),
  }));
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
      entry.kind === 'transfer'
        ? entry.from
        : entry.kind === 'reversal' || entry.kind === 'provider_adjustment'
          ? undefined
          : entry.party;
    const patient = accountPatientOf(entry.lineId);
    const payer = payerAccountOf(entry.lineId);
    return {
      org_id: orgId,
      id: entry.id,
      service_line_id: patient === undefined && payer === undefined ? entry.lineId : null,
      account_patient_id: patient ?? null,
      payer_account_id: payer ?? null,
      kind: entry.kind,
      amount_cents: entry.amount,
      ...partyColumns(party, 'party'),
      ...partyColumns(entry.kind === 'transfer' ? entry.to : undefined, 'to_party'),
      adjustment_group: entry.kind === 'adjustment' ? entry.group : null,
      reason:
        entry.kind === 'adjustment' || entry.kind === 'provider_adjustment' ? entry.reason : null,
      direction: entry.kind === 'provider_adjustment' ? entry.direction : null,
      reference: (entry.kind === 'provider_adjustment' ? entry.reference : undefined) ?? null,
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
