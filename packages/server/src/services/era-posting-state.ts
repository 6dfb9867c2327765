import { claimOfRemitPayer } from '@medbill/core';
import type { BilledLine, ClaimStatus, Coverage, LedgerEntry, PayerOnFile } from '@medbill/core';
import type {
  ClaimEvent,
  ClaimRecord,
  NewWorklistItem,
  ProviderAdjustmentRow,
  Queryable,
  RecodedLineRow,
  RemittanceClaimRow,
} from '@medbill/db';
import {
  addWorklistItems,
  appendClaimEvents,
  claimsByNumbers,
  coveragesOfPatients,
  insertLedgerEntries,
  insertProviderAdjustments,
  insertRecodedLines,
  insertRemittanceClaims,
  laterPayerClaimsOf,
  ledgerEntriesFor,
  linesOfClaims,
  lockClaims,
  payers,
  revenueLinesByIds,
  serviceLinesByIds,
  updateClaims,
} from '@medbill/db';
import type { Party as RemittanceParty, RemittanceClaim } from '@medbill/x12';
import { asBilled } from './billed-line.ts';
import { LedgerBooks } from './ledger-posting.ts';

/** The claim a claim payment posts to, with its lines as the 835 names them. */
export interface MatchedClaim {
  readonly claim: ClaimRecord;
  readonly lines: readonly BilledLine[];
}

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
  /** The claims built for later payers from each claim (a crossover's secondary among them). */
  readonly #later = new Map<string, ClaimRecord[]>();
  readonly #payers: ReadonlyMap<string, PayerOnFile>;
  readonly #changed = new Set<string>();
  readonly entries: LedgerEntry[] = [];
  readonly worklist: NewWorklistItem[] = [];
  readonly events: ClaimEvent[] = [];
  readonly remittanceClaims: RemittanceClaimRow[] = [];
  readonly recodedLines: RecodedLineRow[] = [];
  readonly providerAdjustments: ProviderAdjustmentRow[] = [];
  readonly billedLines: ReadonlyMap<string, readonly BilledLine[]>;
  readonly coverages: ReadonlyMap<string, readonly Coverage[]>;
  readonly books: LedgerBooks;

  private constructor(
    claims: readonly ClaimRecord[],
    later: readonly ClaimRecord[],
    payersById: ReadonlyMap<string, PayerOnFile>,
    billedLines: ReadonlyMap<string, readonly BilledLine[]>,
    coverages: ReadonlyMap<string, readonly Coverage[]>,
    books: LedgerBooks,
  ) {
    this.billedLines = billedLines;
    this.coverages = coverages;
    this.books = books;
    this.#payers = payersById;
    for (const claim of [...claims, ...later]) this.#claims.set(claim.id, claim);
    for (const claim of claims) {
      this.#byNumber.set(claim.claimNumber, claim.id);
      if (claim.payerClaimNumber) this.#indexPayerNumber(claim.payerClaimNumber, claim.id);
    }
    for (const claim of later) {
      if (claim.priorPayerClaimId === undefined) continue;
      const found = this.#later.get(claim.priorPayerClaimId) ?? [];
      found.push(claim);
      this.#later.set(claim.priorPayerClaimId, found);
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
    // A later payer's 835 may quote the claim number sent to the first payer (a crossover).
    const later = (
      await laterPayerClaimsOf(
        q,
        orgId,
        candidates.map((c) => c.id),
      )
    ).filter((c) => c.status !== 'void');
    const locked = await lockClaims(q, orgId, [
      ...new Set([...candidates, ...later].map((c) => c.id)),
    ]);
    const candidateIds = new Set(candidates.map((c) => c.id));
    const laterIds = new Set(later.map((c) => c.id));
    const lines = await linesOfClaims(
      q,
      orgId,
      locked.map((c) => c.id),
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
      ...new Set(locked.map((c) => c.patientId)),
    ]);
    const payersById = await payers.getMany(q, orgId, [...new Set(locked.map((c) => c.payerId))]);
    const books = new LedgerBooks(await ledgerEntriesFor(q, orgId, lineIds));
    return new EraPostingState(
      locked.filter((c) => candidateIds.has(c.id)),
      locked.filter((c) => laterIds.has(c.id)),
      payersById,
      billedLines,
      coverages,
      books,
    );
  }

  /**
   * The claim a claim payment is for: by CLP01 (the claim number medbill sent), else by the
   * payer's claim number when exactly one claim has it; never guessed. When the 835 comes from
   * the payer of a claim built from that one for a later payer (the crossover secondary's 835
   * quotes the primary's claim number), that claim — its lines named by the control numbers the
   * 835 echoes, those sent to the first payer.
   */
  match(remit: RemittanceClaim, payer: RemittanceParty): MatchedClaim | undefined {
    const byNumber = this.#byNumber.get(remit.patientControlNumber);
    const byPayerNumber =
      byNumber === undefined && remit.payerClaimControlNumber
        ? [...(this.#byPayerNumber.get(remit.payerClaimControlNumber) ?? [])]
        : [];
    const id = byNumber ?? (byPayerNumber.length === 1 ? byPayerNumber[0] : undefined);
    const echoed = id === undefined ? undefined : this.#claims.get(id);
    if (!echoed) return undefined;
    const claim = claimOfRemitPayer(
      echoed,
      (this.#later.get(echoed.id) ?? []).flatMap((c) => this.#claims.get(c.id) ?? []),
      (c) => this.#payers.get(c.payerId),
      payer,
    );
    const lines = this.billedLines.get(claim.id) ?? [];
    if (claim === echoed) return { claim, lines };
    const echoedControl = new Map(
      (this.billedLines.get(echoed.id) ?? []).map((l) => [l.id, l.controlNumber]),
    );
    return {
      claim,
      lines: lines.map((l) => ({
        ...l,
        controlNumber: echoedControl.get(l.id) ?? l.controlNumber,
      })),
    };
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

  /** The payer on file a matched claim was billed to. */
  payerIdOf(claimId: string): string | undefined {
    return this.#claims.get(claimId)?.payerId;
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
    await insertRecodedLines(q, orgId, fileId, this.recodedLines);
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
