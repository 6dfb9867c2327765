import {
  accountLineId,
  accountPatientOf,
  buildClaims,
  institutionalClaimOf,
  invalid,
  isWithin,
  NO_CONDITIONS,
  sumCents,
} from '@medbill/core';
import type {
  BillableEncounter,
  BillableFacilityBill,
  Cents,
  ClaimDraft,
  Coverage,
  Encounter,
  FacilityBill,
  InstitutionalClaimDraft,
  IsoDate,
  LedgerEntry,
  Party,
} from '@medbill/core';
import type { ClaimRecord, NewClaim, Queryable } from '@medbill/db';
import {
  allItems,
  billedServiceLines,
  coveragesOfPatients,
  encountersByIds,
  facilityBillsByIds,
  insertClaims,
  insertLedgerPostings,
  listEncounters,
  listFacilityBills,
  lockLedgerLines,
  nextClaimNumbers,
  patientsByIds,
  setEncounterStatuses,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaims } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { accountCreditApplications, resolveSpentAccountCredits } from './account-credits.ts';
import { LedgerBooks } from './ledger-posting.ts';

export interface BuiltClaim {
  readonly id: string;
  readonly claimNumber: string;
  readonly kind: ClaimRecord['kind'];
  readonly payerId: string;
  readonly lines: number;
  readonly totalCharge: number;
  readonly status: string;
  /** Scrubber findings on the new claim (details at GET /claims/{id}). */
  readonly issues: number;
}

/** A visit with no coverage in force on its date: its charges were posted to the patient. */
export interface SelfPayVisit {
  readonly encounterId: string;
  readonly patientId: string;
  readonly lines: number;
  readonly totalCharge: number;
}

export interface ClaimBuildResult {
  readonly claims: BuiltClaim[];
  readonly selfPay: SelfPayVisit[];
  readonly skipped: { readonly encounterId: string; readonly reason: string }[];
}

/**
 * Bills encounters and facility bills: each goes to the primary coverage in force on its date of
 * service (a facility bill's statement start), a facility bill whole as one institutional claim; lines already on a claim are never billed twice; claims are created as drafts with
 * their charges posted to the ledger against the payer billed (and a patient's payment waiting
 * on the account applied to them). An encounter or bill with no primary coverage in force is
 * self-pay: its charges are posted to the patient (with waiting credit applied the same way) and
 * no claim is made. A line once charged to the patient and billed later (coverage entered after
 * the visit) moves to the payer by a transfer, as long as the patient has paid nothing on it.
 * Call inside a transaction.
 */
export async function buildClaimsFor(
  q: Queryable,
  ctx: RequestContext,
  encounterIds: readonly string[] | 'all-unbilled',
  scrub: ScrubOptions,
): Promise<ClaimBuildResult> {
  const { encounters, bills } = await loadEncounters(q, ctx.orgId, encounterIds);
  const billed = await billedServiceLines(q, ctx.orgId, [
    ...encounters.flatMap((e) => e.lines.map((l) => l.id)),
    ...bills.flatMap((b) => b.lines.map((l) => l.id)),
  ]);
  const skipped: ClaimBuildResult['skipped'] = [];
  const selfPay: { encounterId: string; patientId: string; lines: LineCharge[] }[] = [];
  const billable: BillableEncounter[] = [];
  const coveragesByPatient = await coveragesOfPatients(q, ctx.orgId, [
    ...new Set([...encounters, ...bills].map((e) => e.patientId)),
  ]);
  /** The primary coverage in force on the date; without one, the visit is the patient's to pay. */
  const primaryOrSelfPay = (
    visit: { id: string; patientId: string },
    date: IsoDate,
    lines: readonly LineCharge[],
  ) => {
    const primary = coveragesByPatient
      .get(visit.patientId)
      ?.find((c) => c.order === 'primary' && isWithin(date, rangeOf(c)));
    if (!primary)
      selfPay.push({ encounterId: visit.id, patientId: visit.patientId, lines: [...lines] });
    return primary;
  };
  for (const encounter of encounters) {
    const lines = encounter.lines.filter((l) => !billed.has(l.id));
    if (lines.length === 0) {
      skipped.push({
        encounterId: encounter.id,
        reason: encounter.lines.length === 0 ? 'no service lines' : 'already billed',
      });
      continue;
    }
    if (encounter.diagnoses.length === 0) {
      skipped.push({ encounterId: encounter.id, reason: 'not coded: no diagnosis' });
      continue;
    }
    const primary = primaryOrSelfPay(encounter, encounter.serviceDateFrom, lines.map(lineCharge));
    if (!primary) continue;
    billable.push({ encounter: { ...encounter, lines }, coverageId: primary.id });
  }

  const facilityBills: BillableFacilityBill[] = [];
  for (const bill of bills) {
    if (bill.lines.some((l) => billed.has(l.id))) {
      skipped.push({ encounterId: bill.id, reason: 'already billed' });
      continue;
    }
    const primary = primaryOrSelfPay(bill, bill.statementFrom, bill.lines.map(lineCharge));
    if (!primary) continue;
    facilityBills.push({ bill, coverageId: primary.id });
  }

  const drafts: NewClaimDraft[] = [
    ...buildClaims(billable).map(professionalDraft),
    ...facilityBills.map((b) => institutionalDraft(institutionalClaimOf(b))),
  ];
  const patients = await patientsByIds(
    q,
    ctx.orgId,
    drafts.map((d) => d.claim.patientId),
  );
  const numbers = await nextClaimNumbers(
    q,
    drafts.map((d) => patients.get(d.claim.patientId)?.accountNumber ?? ''),
  );
  const inserted = await insertClaims(
    q,
    ctx.orgId,
    drafts.map(({ claim, reason }, i) => {
      const coverage = coveragesByPatient
        .get(claim.patientId)
        ?.find((c) => c.id === claim.coverageId);
      if (!patients.has(claim.patientId) || !coverage)
        throw new Error(`claim draft for patient ${claim.patientId} lost its patient or coverage`);
      return {
        claim: { ...claim, claimNumber: numbers[i] ?? '', payerId: coverage.payerId },
        reason,
      };
    }),
    ctx.actor.id,
  );
  const postedLines = await postCharges(
    q,
    ctx,
    [
      ...inserted.map((claim, i) => ({
        patientId: claim.patientId,
        party: { kind: 'payer', coverageId: claim.coverageId } as const,
        source: `claim:${claim.id}`,
        lines: drafts[i]?.charges ?? [],
      })),
      ...selfPay.map((visit) => ({
        patientId: visit.patientId,
        party: { kind: 'patient' } as const,
        source: `self-pay:${visit.encounterId}`,
        lines: visit.lines,
      })),
    ],
    scrub.today(),
  );
  const scrubbed = await scrubStoredClaims(q, ctx, inserted, scrub, { asBuilt: true });
  await setEncounterStatuses(
    q,
    ctx.orgId,
    [
      ...billable.map((b) => b.encounter.id),
      ...facilityBills.map((b) => b.bill.id),
      ...selfPay.map((v) => v.encounterId),
    ],
    'billed',
  );
  const selfPayCharged: SelfPayVisit[] = [];
  for (const [n, visit] of selfPay.entries()) {
    const charged = postedLines[inserted.length + n] ?? [];
    if (charged.length === 0)
      skipped.push({
        encounterId: visit.encounterId,
        reason: 'self-pay: already charged to the patient',
      });
    else
      selfPayCharged.push({
        encounterId: visit.encounterId,
        patientId: visit.patientId,
        lines: charged.length,
        totalCharge: sumCents(charged.map((l) => l.charge)),
      });
  }
  return {
    claims: inserted.map((claim, i) => ({
      id: claim.id,
      claimNumber: claim.claimNumber,
      kind: claim.kind,
      payerId: claim.payerId,
      lines: drafts[i]?.charges.length ?? 0,
      totalCharge: claim.totalCharge,
      status: scrubbed[i]?.status ?? claim.status,
      issues: scrubbed[i]?.issues.length ?? 0,
    })),
    selfPay: selfPayCharged,
    skipped,
  };
}

/** Line charges to post for one party: a new claim's payer, or a self-pay visit's patient. */
interface ChargeGroup {
  readonly patientId: string;
  readonly party: Party;
  /** The ledger source, e.g. `claim:<id>` or `self-pay:<encounter id>`. */
  readonly source: string;
  readonly lines: readonly LineCharge[];
}

/**
 * Posts each group's line charges to its party, and any credit waiting on the patients' accounts
 * applied to them, checked by the ledger and written at once. A line the patient was already
 * charged as self-pay is not charged again: billed to a payer now, its charge moves to the payer
 * by a transfer (refused when the patient has paid some of it: that money must be moved first);
 * charged to the patient again, it is left as it is. Returns, per group, the lines it posted.
 */
async function postCharges(
  q: Queryable,
  ctx: RequestContext,
  groups: readonly ChargeGroup[],
  today: IsoDate,
): Promise<LineCharge[][]> {
  const patientIds = [...new Set(groups.map((g) => g.patientId))];
  const books = new LedgerBooks(
    await lockLedgerLines(q, ctx.orgId, [
      ...groups.flatMap((g) => g.lines.map((l) => l.serviceLineId)),
      ...patientIds.map(accountLineId),
    ]),
  );
  const posted: LineCharge[][] = [];
  const postings: { entry: LedgerEntry; source: string; actorId: string }[] = [];
  const charged: { patientId: string; line: LineCharge; sequence: number }[] = [];
  for (const group of groups) {
    const lines: LineCharge[] = [];
    for (const line of group.lines) {
      const entry = chargeOrTransfer(books, line, group.party, today);
      if (entry === undefined) continue;
      books.post([entry]);
      postings.push({ entry, source: group.source, actorId: ctx.actor.id });
      lines.push(line);
      if (entry.kind === 'charge')
        charged.push({ patientId: group.patientId, line, sequence: lines.length });
    }
    posted.push(lines);
  }
  // Copays taken before the visit was coded land on its lines now that they are charged.
  const applications = accountCreditApplications(
    books,
    charged.map(({ patientId, line, sequence }) => ({
      patientId,
      lineId: line.serviceLineId,
      serviceDate: line.serviceDate,
      sequence,
      open: line.charge,
    })),
    today,
  );
  books.post(applications);
  await insertLedgerPostings(q, ctx.orgId, [
    ...postings,
    ...applications.map((entry) => ({
      entry,
      source: `account:${accountPatientOf(entry.lineId) ?? ''}`,
      actorId: ctx.actor.id,
    })),
  ]);
  if (applications.length > 0)
    await resolveSpentAccountCredits(
      q,
      ctx,
      groups.map((g) => g.patientId),
      'applied to the visit’s charges',
    );
  return posted;
}

/**
 * The entry that makes `party` owe a line: its charge, or, when the patient was charged it as
 * self-pay and a payer is billed now, a transfer of that charge; nothing when the patient is
 * charged it again, nor for a line billed at $0.00 (a state-supplied vaccine, modifier SL: the
 * claim reports it, nobody owes it). A line a payer was charged before is never charged again
 * (refused).
 */
function chargeOrTransfer(
  books: LedgerBooks,
  line: LineCharge,
  party: Party,
  today: IsoDate,
): LedgerEntry | undefined {
  if (line.charge === 0) return undefined;
  const lineId = line.serviceLineId;
  const id = `charge:${lineId}`;
  const earlier = books.entriesOf([lineId]).find((e) => e.id === id);
  if (earlier === undefined)
    return { id, kind: 'charge', lineId, postedOn: line.serviceDate, amount: line.charge, party };
  if (earlier.kind !== 'charge' || earlier.party.kind !== 'patient')
    throw invalid(
      'A service line was charged to a payer on an earlier claim; nothing was billed.',
      [
        {
          path: 'encounterIds',
          code: 'already_charged',
          message: `service line ${lineId} was charged on ${earlier.postedOn} to the payer of an earlier claim`,
        },
      ],
    );
  if (party.kind === 'patient') return undefined;
  return {
    id: `transfer:${lineId}:self-pay-billed`,
    kind: 'transfer',
    lineId,
    postedOn: today,
    amount: earlier.amount,
    from: earlier.party,
    to: party,
  };
}

/** A line's charge as the ledger posts it when the claim is built. */
interface LineCharge {
  readonly serviceLineId: string;
  readonly serviceDate: IsoDate;
  readonly charge: Cents;
}

const lineCharge = (line: {
  readonly id: string;
  readonly serviceDate: IsoDate;
  readonly charge: Cents;
}): LineCharge => ({ serviceLineId: line.id, serviceDate: line.serviceDate, charge: line.charge });

/** A claim to insert (numbered and priced to its payer at insert), with the charges to post. */
interface NewClaimDraft {
  readonly claim: Omit<NewClaim, 'claimNumber' | 'payerId'>;
  readonly reason: string;
  readonly charges: readonly LineCharge[];
}

function professionalDraft(draft: ClaimDraft): NewClaimDraft {
  return {
    claim: {
      patientId: draft.patientId,
      coverageId: draft.coverageId,
      practiceId: draft.practiceId,
      renderingProviderId: draft.renderingProviderId,
      placeOfService: draft.placeOfService,
      serviceDateFrom: draft.serviceDateFrom,
      serviceDateTo: draft.serviceDateTo,
      diagnoses: draft.diagnoses,
      totalCharge: draft.totalCharge,
      conditions: draft.conditions,
      lines: draft.lines.map((l, n) => ({
        sequence: n + 1,
        serviceLineId: l.serviceLineId,
        encounterId: l.encounterId,
        diagnosisPointers: l.diagnosisPointers,
      })),
    },
    reason: `built from ${draft.encounterIds.length} encounter(s)`,
    charges: draft.lines.map((l) => ({
      serviceLineId: l.serviceLineId,
      serviceDate: l.line.serviceDate,
      charge: l.line.charge,
    })),
  };
}

function institutionalDraft(draft: InstitutionalClaimDraft): NewClaimDraft {
  return {
    claim: {
      kind: 'institutional',
      frequency: draft.frequency,
      patientId: draft.patientId,
      coverageId: draft.coverageId,
      practiceId: draft.practiceId,
      renderingProviderId: draft.attendingProviderId,
      placeOfService: draft.facilityType,
      serviceDateFrom: draft.serviceDateFrom,
      serviceDateTo: draft.serviceDateTo,
      diagnoses: draft.diagnoses,
      totalCharge: draft.totalCharge,
      // An institutional claim reports accidents as occurrence codes (HI BH), not CLM11.
      conditions: NO_CONDITIONS,
      lines: draft.lines.map((l, n) => ({
        sequence: n + 1,
        serviceLineId: l.id,
        encounterId: draft.facilityBillId,
        diagnosisPointers: [],
        revenueCode: l.revenueCode,
      })),
    },
    reason: `built from facility bill (type of bill ${draft.facilityType}${draft.frequency})`,
    charges: draft.lines.map(lineCharge),
  };
}

const rangeOf = (c: Coverage) =>
  c.effectiveTo ? { from: c.effectiveFrom, to: c.effectiveTo } : { from: c.effectiveFrom };

/** The professional encounters and facility bills to bill. */
async function loadEncounters(
  q: Queryable,
  orgId: string,
  ids: readonly string[] | 'all-unbilled',
): Promise<{ encounters: Encounter[]; bills: FacilityBill[] }> {
  if (ids === 'all-unbilled') {
    const unbilled = ['open', 'coded'] as const;
    const [encounters, bills] = await Promise.all([
      Promise.all(
        unbilled.map((status) => allItems((page) => listEncounters(q, orgId, { status }, page))),
      ),
      Promise.all(
        unbilled.map((status) => allItems((page) => listFacilityBills(q, orgId, { status }, page))),
      ),
    ]);
    return { encounters: encounters.flat(), bills: bills.flat() };
  }
  const [byId, billById] = await Promise.all([
    encountersByIds(q, orgId, ids),
    facilityBillsByIds(q, orgId, ids),
  ]);
  const missing = ids.filter((id) => !byId.has(id) && !billById.has(id));
  if (missing.length > 0) {
    throw invalid(
      'Some encounters do not exist in this organization; nothing was billed.',
      missing.map((id) => ({
        path: 'encounterIds',
        code: 'exists',
        message: `no encounter ${id}`,
      })),
    );
  }
  return {
    encounters: ids.flatMap((id) => byId.get(id) ?? []),
    bills: ids.flatMap((id) => billById.get(id) ?? []),
  };
}
