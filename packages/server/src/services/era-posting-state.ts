import type { BilledLine, ClaimStatus, Coverage, LedgerEntry } from '@medbill/core';
import type {
  ClaimEvent,
  ClaimRecord,
  NewWorklistItem,
  ProviderAdjustmentRow,
  Queryable,
  RemittanceClaimRow,
} from '@medbill/db';
import {
  addWorklistItems,
  appendClaimEvents,
  claimsByNumbers,
  coveragesOfPatients,
  insertLedgerEntries,
  insertProviderAdjustments,
  insertRemittanceClaims,
  ledgerEntriesFor,
  linesOfClaims,
  lockClaims,
  revenueLinesByIds,
  serviceLinesByIds,
  updateClaims,
} from '@medbill/db';
import type { RemittanceClaim } from '@medbill/x12';
import { asBilled } from './billed-line.ts';
import { LedgerBooks } from './ledger-posting.ts';

/**
 * What posting one 835 reads and writes, held in memory for the whole file: the claims it can
 * match (locked, then loaded with their lines, coverages and ledger in a few queries), their
 * state as the file's claim payments change it one after another, and every row to write,
 * written at the end in a few multi-row statements.
 */
export class EraPostingState {
  readonly #claims = new Map<string, ClaimRecord>();
  readonly #byNumber = new Map<string, string>();
  readonly #byPayerNumber = new Map<string, Set<string>>();
  readonly #changed = new Set<string>();
  readonly entries: LedgerEntry[] = [];
  readonly worklist: NewWorklistItem[] = [];
  readonly events: ClaimEvent[] = [];
  readonly remittanceClaims: RemittanceClaimRow[] = [];
  readonly providerAdjustments: ProviderAdjustmentRow[] = [];
  readonly billedLines: ReadonlyMap<string, readonly BilledLine[]>;
  readonly coverages: ReadonlyMap<string, readonly Coverage[]>;
  readonly books: LedgerBooks;

  private constructor(
    claims: readonly ClaimRecord[],
    billedLines: ReadonlyMap<string, readonly BilledLine[]>,
    coverages: ReadonlyMap<string, readonly Coverage[]>,
    books: LedgerBooks,
  ) {
    this.billedLines = billedLines;
    this.coverages = coverages;
    this.books = books;
    for (const claim of claims) {
      this.#claims.set(claim.id, claim);
      this.#byNumber.set(claim.claimNumber, claim.id);
      if (claim.payerClaimNumber) this.#indexPayerNumber(claim.payerClaimNumber, claim.id);
    }
  }

  /**
   * Locks every claim the file's claim payments can match, then the service lines they bill
   * (each set in id order, so that concurrent imports queue rather than deadlock), and loads
   * what posting needs. Call inside the posting transaction.
   */
  static async load(
    q: Queryable,
    orgId: string,
    remits: readonly RemittanceClaim[],
  ): Promise<EraPostingState> {
    const candidates = await claimsByNumbers(q, orgId, {
      claimNumbers: [...new Set(remits.map((r) => r.patientControlNumber))],
      payerClaimNumbers: [
        ...new Set(
          remits.flatMap((r) => (r.payerClaimControlNumber ? [r.payerClaimControlNumber] : [])),
        ),
      ],
    });
    const claims = await lockClaims(
      q,
      orgId,
      candidates.map((c) => c.id),
    );
    const lines = await linesOfClaims(
      q,
      orgId,
      claims.map((c) => c.id),
    );
    const lineIds = [...new Set([...lines.values()].flat().map((l) => l.serviceLineId))];
    const services = new Map(
      (await serviceLinesByIds(q, orgId, lineIds, { lock: true })).map((s) => [s.id, s]),
    );
    const revenueLines = new Map(
      (await revenueLinesByIds(q, orgId, lineIds, { lock: true })).map((r) => [r.id, r]),
    );
    const billedLines = new Map(
      [...lines].map(([claimId, claimLines]) => [
        claimId,
        claimLines.flatMap((l): BilledLine[] => {
          const revenue = revenueLines.get(l.serviceLineId);
          if (revenue)
            return [
              {
                id: l.serviceLineId,
                controlNumber: l.controlNumber,
                // What SVC01 names: the HCPCS code (HC), else the revenue code (NU).
                procedureCode: revenue.procedureCode?.code ?? revenue.revenueCode,
                modifiers: revenue.modifiers,
                charge: revenue.charge,
                serviceDate: revenue.serviceDate,
              },
            ];
          const found = services.get(l.serviceLineId);
          const line = found ? asBilled(found, l.billed) : undefined;
          return line
            ? [
                {
                  id: l.serviceLineId,
                  controlNumber: l.controlNumber,
                  procedureCode: line.procedureCode.code,
                  modifiers: line.modifiers,
                  charge: line.charge,
                  serviceDate: line.serviceDate,
                },
              ]
            : [];
        }),
      ]),
    );
    const coverages = await coveragesOfPatients(q, orgId, [
      ...new Set(claims.map((c) => c.patientId)),
    ]);
    const books = new LedgerBooks(await ledgerEntriesFor(q, orgId, lineIds));
    return new EraPostingState(claims, billedLines, coverages, books);
  }

  /**
   * The claim a claim payment is for: by CLP01 (the claim number medbill sent), else by the
   * payer's claim number when exactly one claim has it; never guessed.
   */
  match(remit: RemittanceClaim): ClaimRecord | undefined {
    const byNumber = this.#byNumber.get(remit.patientControlNumber);
    const byPayerNumber =
      byNumber === undefined && remit.payerClaimControlNumber
        ? [...(this.#byPayerNumber.get(remit.payerClaimControlNumber) ?? [])]
        : [];
    const id = byNumber ?? (byPayerNumber.length === 1 ? byPayerNumber[0] : undefined);
    return id === undefined ? undefined : this.#claims.get(id);
  }

  setPayerClaimNumber(claimId: string, payerClaimNumber: string): void {
    const claim = this.#claims.get(claimId);
    if (!claim) return;
    if (claim.payerClaimNumber) this.#byPayerNumber.get(claim.payerClaimNumber)?.delete(claimId);
    this.#indexPayerNumber(payerClaimNumber, claimId);
    this.#claims.set(claimId, { ...claim, payerClaimNumber });
    this.#changed.add(claimId);
  }

  moveStatus(claimId: string, to: ClaimStatus, actorId: string, reason: string): void {
    const claim = this.#claims.get(claimId);
    if (!claim) return;
    this.events.push({ claimId, actorId, fromStatus: claim.status, toStatus: to, reason });
    this.#claims.set(claimId, { ...claim, status: to });
    this.#changed.add(claimId);
  }

  statusOf(claimId: string): ClaimStatus | undefined {
    return this.#claims.get(claimId)?.status;
  }

  /** Checks the entries against the ledger as it stands and keeps them for writing. */
  post(entries: readonly LedgerEntry[]): void {
    this.books.post(entries);
    this.entries.push(...entries);
  }

  /** Writes everything the file posted, in a few statements. */
  async write(
    q: Queryable,
    orgId: string,
    fileId: string,
    meta: { source: string; actorId: string },
  ): Promise<void> {
    await insertRemittanceClaims(q, orgId, fileId, this.remittanceClaims);
    await insertLedgerEntries(q, orgId, this.entries, meta);
    await updateClaims(
      q,
      orgId,
      [...this.#changed].flatMap((id) => {
        const claim = this.#claims.get(id);
        return claim
          ? [
              {
                claimId: id,
                status: claim.status,
                ...(claim.payerClaimNumber ? { payerClaimNumber: claim.payerClaimNumber } : {}),
              },
            ]
          : [];
      }),
    );
    await appendClaimEvents(q, orgId, this.events);
    await addWorklistItems(q, orgId, this.worklist);
    await insertProviderAdjustments(q, orgId, fileId, this.providerAdjustments);
  }

  #indexPayerNumber(payerClaimNumber: string, claimId: string): void {
    const ids = this.#byPayerNumber.get(payerClaimNumber) ?? new Set<string>();
    ids.add(claimId);
    this.#byPayerNumber.set(payerClaimNumber, ids);
  }
}
