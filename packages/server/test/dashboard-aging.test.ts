import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { accountLineId, isoDate } from '@medbill/core';
import type { Cents, IsoDate, LedgerEntry, Party } from '@medbill/core';
import type { AgingRow, Database } from '@medbill/db';
import { arAging, claimLines, insertLedgerEntries } from '@medbill/db';
import { billEncounters } from './billing-flow.ts';
import { describeWithApi } from './test-app.ts';

interface EntryRow {
  id: string;
  service_line_id: string | null;
  kind: string;
  amount_cents: string | number;
  party_kind: string | null;
  party_coverage_id: string | null;
  to_party_kind: string | null;
  to_party_coverage_id: string | null;
  reverses: string | null;
}

/** What each kind of entry does to the share of the party it names (a transfer also adds to `to`). */
const SIGN: Record<string, number> = {
  charge: 1,
  refund: 1,
  application: 1,
  payment: -1,
  adjustment: -1,
  transfer: -1,
};

const BUCKETS: readonly [number, AgingRow['bucket']][] = [
  [30, '0-30'],
  [60, '31-60'],
  [90, '61-90'],
  [120, '91-120'],
];

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * The aging the plain way: every ledger entry read back and summed per service line and party
 * (a reversal takes back its original's effects), the positive shares bucketed by the line's
 * date of service and added up per payer (or the patient) and bucket.
 */
async function agingBySummingEntries(db: Database, orgId: string, today: IsoDate) {
  const entries = await db.query<EntryRow>(
    `select id, service_line_id, kind, amount_cents, party_kind, party_coverage_id,
       to_party_kind, to_party_coverage_id, reverses
     from ledger_entries where org_id = $1 order by seq`,
    [orgId],
  );
  const lines = await db.query<{ id: string; encounter_id: string; service_date: string }>(
    `select id, encounter_id, service_date::text as service_date from service_lines where org_id = $1`,
    [orgId],
  );
  const payerOf = await db.query<{ id: string; payer_id: string; name: string }>(
    `select c.id, c.payer_id, p.name from coverages c join payers p on p.id = c.payer_id
     where c.org_id = $1`,
    [orgId],
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  const shares = new Map<string, { line: string; coverage: string | null; cents: number }>();
  const add = (line: string, partyKind: string | null, coverage: string | null, cents: number) => {
    const key = `${line}|${partyKind}|${coverage}`;
    const share = shares.get(key) ?? {
      line,
      coverage: partyKind === 'payer' ? coverage : null,
      cents: 0,
    };
    share.cents += cents;
    shares.set(key, share);
  };
  for (const entry of entries) {
    if (entry.service_line_id === null) continue;
    const reversal = entry.kind === 'reversal';
    const original = reversal ? byId.get(entry.reverses ?? '') : entry;
    if (!original) throw new Error(`reversal ${entry.id} of an unknown entry`);
    const cents = Number(original.amount_cents) * (reversal ? -1 : 1);
    const line = entry.service_line_id;
    add(line, original.party_kind, original.party_coverage_id, (SIGN[original.kind] ?? 0) * cents);
    if (original.kind === 'transfer')
      add(line, original.to_party_kind, original.to_party_coverage_id, cents);
  }
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const coverageById = new Map(payerOf.map((c) => [c.id, c]));
  const rows = new Map<
    string,
    Omit<AgingRow, 'claims' | 'balance'> & { balance: number; visits: Set<string> }
  >();
  for (const share of shares.values()) {
    if (share.cents <= 0) continue;
    const line = lineById.get(share.line);
    if (!line) throw new Error(`no service line ${share.line}`);
    const payer = share.coverage === null ? undefined : coverageById.get(share.coverage);
    const age = daysBetween(line.service_date, today);
    const bucket = BUCKETS.find(([upTo]) => age <= upTo)?.[1] ?? '120+';
    const key = `${payer?.payer_id ?? 'patient'}|${bucket}`;
    const row = rows.get(key) ?? {
      payerId: payer?.payer_id ?? null,
      payerName: payer?.name ?? 'Patient',
      bucket,
      balance: 0,
      visits: new Set<string>(),
    };
    row.visits.add(line.encounter_id);
    row.balance += share.cents;
    rows.set(key, row);
  }
  return [...rows.values()].map(({ visits, ...row }): AgingRow => ({
    ...row,
    claims: visits.size,
  }));
}

/** A ledger entry before it gets its id and posting date (each kind keeps its own fields). */
type Unposted = LedgerEntry extends infer E
  ? E extends LedgerEntry
    ? Omit<E, 'id' | 'postedOn'>
    : never
  : never;

const byPayerAndBucket = (rows: readonly AgingRow[]) =>
  [...rows].sort((a, b) =>
    `${a.payerName}|${a.bucket}`.localeCompare(`${b.payerName}|${b.bucket}`),
  );

describeWithApi('A/R aging on $name', (suite) => {
  let orgId = '';

  beforeAll(async () => {
    orgId = suite.api.orgId;
    const billed = await billEncounters(suite.api, ['02', '03', '04', '05', '06'], {
      secondary: true,
    });
    const primary: Party = { kind: 'payer', coverageId: billed.primaryCoverageId };
    const secondary: Party = { kind: 'payer', coverageId: billed.secondaryCoverageId ?? '' };
    const patient: Party = { kind: 'patient' };
    // Each claim bills 99214 ($185.50) and 71046-26 ($40.00).
    const lines = await Promise.all(
      billed.claims.map(async (c) =>
        (await claimLines(suite.db, orgId, c.id)).map((l) => l.serviceLineId),
      ),
    );
    const [c1 = [], c2 = [], c3 = [], , c5 = []] = lines;
    const entries: LedgerEntry[] = [];
    const post = (entry: Unposted): string => {
      const id = randomUUID();
      entries.push({ ...entry, id, postedOn: isoDate('2026-03-20') });
      return id;
    };
    const cents = (amount: number) => amount as Cents;
    const line = (ids: readonly string[], i: number) => ids[i] ?? '';
    // Part paid and written off, the rest moved to the secondary, then on to the patient.
    post({ kind: 'payment', lineId: line(c1, 0), amount: cents(7000), party: primary });
    post({
      kind: 'adjustment',
      lineId: line(c1, 0),
      amount: cents(3000),
      party: primary,
      group: 'CO',
      reason: '45',
    });
    post({
      kind: 'transfer',
      lineId: line(c1, 0),
      amount: cents(6000),
      from: primary,
      to: secondary,
    });
    post({
      kind: 'transfer',
      lineId: line(c1, 0),
      amount: cents(1500),
      from: secondary,
      to: patient,
    });
    post({ kind: 'payment', lineId: line(c1, 0), amount: cents(500), party: patient });
    // Paid in full, then taken back: the primary owes it again.
    const takenBack = post({
      kind: 'payment',
      lineId: line(c1, 1),
      amount: cents(4000),
      party: primary,
    });
    post({ kind: 'reversal', lineId: line(c1, 1), amount: cents(4000), reverses: takenBack });
    // Overpaid (a credit balance, not receivable), then refunded to zero.
    post({
      kind: 'payment',
      lineId: line(c2, 0),
      amount: cents(19000),
      party: primary,
      overpayment: true,
    });
    post({ kind: 'refund', lineId: line(c2, 0), amount: cents(450), party: primary });
    // A write-off and a transfer, both reversed; then a smaller transfer that stands.
    const writeOff = post({
      kind: 'adjustment',
      lineId: line(c2, 1),
      amount: cents(2000),
      party: primary,
      group: 'CO',
      reason: '45',
    });
    post({ kind: 'reversal', lineId: line(c2, 1), amount: cents(2000), reverses: writeOff });
    const moved = post({
      kind: 'transfer',
      lineId: line(c2, 1),
      amount: cents(1200),
      from: primary,
      to: patient,
    });
    post({ kind: 'reversal', lineId: line(c2, 1), amount: cents(1200), reverses: moved });
    post({ kind: 'transfer', lineId: line(c2, 1), amount: cents(800), from: primary, to: patient });
    // A copay taken on the patient's account, applied to a line moved to the patient.
    const account = accountLineId(billed.patientId);
    post({ kind: 'payment', lineId: account, amount: cents(2500), party: patient });
    post({
      kind: 'transfer',
      lineId: line(c3, 0),
      amount: cents(5000),
      from: primary,
      to: patient,
    });
    post({ kind: 'application', lineId: account, amount: cents(2000), party: patient });
    post({ kind: 'payment', lineId: line(c3, 0), amount: cents(2000), party: patient });
    // A payment on the account posted in error and reversed.
    const misposted = post({
      kind: 'payment',
      lineId: account,
      amount: cents(900),
      party: patient,
    });
    post({ kind: 'reversal', lineId: account, amount: cents(900), reverses: misposted });
    // Paid in full: no balance left.
    post({ kind: 'payment', lineId: line(c3, 1), amount: cents(4000), party: primary });
    // Claim 4 untouched. Claim 5: all moved to the patient, who paid part.
    post({
      kind: 'transfer',
      lineId: line(c5, 0),
      amount: cents(18550),
      from: primary,
      to: patient,
    });
    post({ kind: 'payment', lineId: line(c5, 0), amount: cents(10000), party: patient });
    await insertLedgerEntries(suite.db, orgId, entries, { source: 'test', actorId: 'test' });
  });

  it.each(['2026-03-10', '2026-04-20', '2026-05-15', '2026-06-03', '2026-07-02', '2026-09-30'])(
    'equals the sum of the ledger entries per line and party, as of %s',
    async (today) => {
      const expected = await agingBySummingEntries(suite.db, orgId, isoDate(today));
      const aging = await arAging(suite.db, orgId, isoDate(today));
      expect(byPayerAndBucket(aging)).toEqual(byPayerAndBucket(expected));
      expect(aging.map((r) => r.payerName)).toEqual([
        ...aging.filter((r) => r.payerId !== null).map((r) => r.payerName),
        ...aging.filter((r) => r.payerId === null).map(() => 'Patient'),
      ]);
    },
  );

  it('answers the dashboard with the same aging, a balance under each party that owes it', async () => {
    suite.api.today = isoDate('2026-05-15');
    const { body } = await suite.call('GET', '/dashboard');
    const expected = await agingBySummingEntries(suite.db, orgId, isoDate('2026-05-15'));
    expect(byPayerAndBucket(body.aging as AgingRow[])).toEqual(byPayerAndBucket(expected));
    // Medicare, the secondary and the patient each owe part; nobody owes the overpaid line.
    expect(new Set(expected.map((r) => r.payerName)).size).toBe(3);
    expect(expected.reduce((sum, r) => sum + r.balance, 0)).toBe(
      // Claims 1–5 bill 5 × $225.50, less what was paid or written off and stands: claim 1's
      // payments and write-off, claim 2's overpayment net of its refund (that line at zero),
      // claim 3's copay applied and its paid second line, claim 5's patient payment.
      5 * 22550 - (7000 + 3000 + 500) - (19000 - 450) - 2000 - 4000 - 10000,
    );
  });
});
