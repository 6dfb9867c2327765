import { cents, formatUsd } from '../money/index.ts';
import type { Problem } from '../errors.ts';
import { Balances, effectsOf } from './balances.ts';
import type { EntryKind, LedgerEntry, Party } from './ledger-entry.ts';
import { accountPatientOf, partyKey, payerAccountOf } from './ledger-entry.ts';

/** What may sit on a patient's account: their payment, its refund, its application, reversals. */
const ACCOUNT_KINDS: readonly EntryKind[] = ['payment', 'refund', 'application', 'reversal'];
/** What may sit on a payer's account: provider-level adjustments and their reversals. */
const PAYER_ACCOUNT_KINDS: readonly EntryKind[] = ['provider_adjustment', 'reversal'];

const describeParty = (party: Party) =>
  party.kind === 'patient' ? 'the patient' : `payer coverage ${party.coverageId}`;

/**
 * An append-only ledger with its balances. `post` refuses, with located problems, any entry
 * that would break the books: money from nowhere, a payer owing less than nothing without a
 * recorded overpayment, a write-off or transfer of more than is owed, a second reversal.
 */
export class Ledger {
  readonly #entries: LedgerEntry[] = [];
  readonly #byId = new Map<string, LedgerEntry>();
  readonly #reversed = new Set<string>();
  readonly #balances = new Balances();

  constructor(entries: readonly LedgerEntry[] = []) {
    for (const entry of entries) {
      const problems = this.post(entry);
      if (problems.length > 0)
        throw new Error(`ledger entry ${entry.id} breaks the books: ${problems[0]?.message}`);
    }
  }

  get entries(): readonly LedgerEntry[] {
    return this.#entries;
  }

  get balances(): Balances {
    return this.#balances;
  }

  isReversed(id: string): boolean {
    return this.#reversed.has(id);
  }

  /** Appends the entry when it keeps the books sound; otherwise returns why, changing nothing. */
  post(entry: LedgerEntry): Problem[] {
    const problems = this.check(entry);
    if (problems.length > 0) return problems;
    this.#entries.push(entry);
    this.#byId.set(entry.id, entry);
    if (entry.kind === 'reversal') this.#reversed.add(entry.reverses);
    for (const effect of effectsOf(entry, this.#byId)) this.#balances.apply(effect);
    return [];
  }

  check(entry: LedgerEntry): Problem[] {
    const problem = (path: string, code: string, message: string): Problem[] => [
      { path, code, message },
    ];
    if (this.#byId.has(entry.id))
      return problem('id', 'duplicate', `entry ${entry.id} is already posted`);
    if (!Number.isSafeInteger(entry.amount) || entry.amount <= 0) {
      return problem(
        'amount',
        'not_positive',
        'an entry moves a positive amount of cents; its kind gives the direction',
      );
    }
    const owed = (party: Party) => this.#balances.owed(entry.lineId, party);
    const exceedsCredit = (party: Party, verb: string): Problem[] => {
      const credit = 0 - owed(party);
      return entry.amount > credit
        ? problem(
            'amount',
            'exceeds_credit',
            `cannot ${verb} ${formatUsd(entry.amount)}: ${describeParty(party)} has a credit of ${formatUsd(cents(Math.max(0, credit)))}`,
          )
        : [];
    };
    const onAccount = accountPatientOf(entry.lineId) !== undefined;
    const onPayerAccount = payerAccountOf(entry.lineId) !== undefined;
    if (entry.kind === 'provider_adjustment' && !onPayerAccount) {
      return problem(
        'lineId',
        'not_payer_account',
        "a provider-level adjustment (835 PLB) belongs on the payer's account, not on a service line or a patient's account",
      );
    }
    if (onAccount && !ACCOUNT_KINDS.includes(entry.kind)) {
      return problem(
        'lineId',
        'account',
        `a ${entry.kind} belongs to a service line; the account holds only patient payments not yet applied`,
      );
    }
    if (onAccount && 'party' in entry && entry.party.kind !== 'patient')
      return problem('party', 'account', "the account holds only the patient's own money");
    if (onPayerAccount && !PAYER_ACCOUNT_KINDS.includes(entry.kind)) {
      return problem(
        'lineId',
        'payer_account',
        `a ${entry.kind} belongs to a service line; the payer's account holds only provider-level adjustments (835 PLB)`,
      );
    }
    switch (entry.kind) {
      case 'charge': {
        const active = this.#entries.some(
          (e) =>
            e.kind === 'charge' &&
            e.supplement !== true &&
            e.lineId === entry.lineId &&
            !this.#reversed.has(e.id),
        );
        if (entry.supplement === true)
          return active
            ? []
            : problem(
                'lineId',
                'not_charged',
                `line ${entry.lineId} has no charge for this supplement to add to`,
              );
        return active
          ? problem(
              'lineId',
              'charged',
              `line ${entry.lineId} already has a charge: reverse it before charging again`,
            )
          : [];
      }
      case 'payment':
        if (
          entry.party.kind === 'payer' &&
          entry.amount > owed(entry.party) &&
          !entry.overpayment
        ) {
          return problem(
            'amount',
            'overpayment',
            `${formatUsd(entry.amount)} is more than ${describeParty(entry.party)} owes (${formatUsd(owed(entry.party))}): post it as an overpayment`,
          );
        }
        return [];
      case 'adjustment':
        return entry.amount > owed(entry.party)
          ? problem(
              'amount',
              'exceeds_balance',
              `cannot write off ${formatUsd(entry.amount)}: ${describeParty(entry.party)} owes ${formatUsd(owed(entry.party))}`,
            )
          : [];
      case 'transfer':
        if (partyKey(entry.from) === partyKey(entry.to))
          return problem(
            'to',
            'same_party',
            'a transfer moves a balance between two different parties',
          );
        return entry.amount > owed(entry.from)
          ? problem(
              'amount',
              'exceeds_balance',
              `cannot transfer ${formatUsd(entry.amount)}: ${describeParty(entry.from)} owes ${formatUsd(owed(entry.from))}`,
            )
          : [];
      case 'application':
        if (!onAccount)
          return problem(
            'lineId',
            'not_account',
            "an application uses credit on the patient's account; pay the line itself instead",
          );
        return exceedsCredit(entry.party, 'apply');
      case 'refund':
        return exceedsCredit(entry.party, 'refund');
      case 'provider_adjustment':
        return entry.reason.trim() === ''
          ? problem('reason', 'required', 'a provider-level adjustment needs its PLB reason code')
          : [];
      case 'reversal': {
        const original = this.#byId.get(entry.reverses);
        if (!original)
          return problem('reverses', 'unknown', `no entry ${entry.reverses} to reverse`);
        if (original.kind === 'reversal')
          return problem(
            'reverses',
            'reversal',
            'a reversal is not reversed: post the entry again instead',
          );
        if (this.#reversed.has(original.id))
          return problem(
            'reverses',
            'already_reversed',
            `entry ${original.id} is already reversed`,
          );
        if (original.lineId !== entry.lineId || original.amount !== entry.amount) {
          return problem(
            'reverses',
            'mismatch',
            'a reversal has the same line and amount as the entry it reverses',
          );
        }
        for (const effect of effectsOf(original, this.#byId)) {
          const after = this.#balances.owed(effect.lineId, effect.party) - effect.delta;
          if (
            effect.party.kind === 'payer' &&
            after < 0 &&
            !this.#hasOverpayment(effect.lineId, effect.party)
          ) {
            return problem(
              'reverses',
              'negative_payer_balance',
              `reversing ${original.kind} ${original.id} would leave ${describeParty(effect.party)} owing ${formatUsd(cents(after))}: reverse its later payments first`,
            );
          }
        }
        return [];
      }
    }
  }

  #hasOverpayment(lineId: string, party: Party): boolean {
    return this.#entries.some(
      (e) =>
        e.kind === 'payment' &&
        e.overpayment === true &&
        e.lineId === lineId &&
        partyKey(e.party) === partyKey(party) &&
        !this.#reversed.has(e.id),
    );
  }
}
