import type { IssueSink, X12Issue } from './issue.ts';
import { remittanceItemReader, remittanceReader } from './read-835.ts';
import type { X12Source } from './read-segments.ts';
import {
  readTransactions,
  streamTransactionBatches,
  streamTransactions,
} from './read-transactions.ts';
import type { Remittance, RemittanceItem } from './remittance.ts';

/** Options of the 835 readers. */
export interface Read835Options {
  readonly onIssue?: IssueSink;
}

/**
 * Streams 835 remittances from chunks of an X12 file in bounded memory: tokenizer, envelope
 * checks and the 835 reader in one pass; every problem goes to `onIssue`.
 *
 * @example
 * ```ts
 * for await (const remittance of readRemittances(createReadStream('era.835'), { onIssue: log })) {
 *   for (const claim of remittance.claims) post(claim);
 * }
 * ```
 */
export function readRemittances(
  source: X12Source,
  options: Read835Options = {},
): AsyncGenerator<Remittance, void, undefined> {
  return streamTransactions(source, remittanceReader, options.onIssue);
}

/**
 * Streams an 835 claim payment by claim payment, for files whose one transaction holds more
 * claims than should sit in memory at once (a payer's weekly check to a hospital system): each
 * batch holds the claims (with their transaction's header) that one chunk completed, and after a
 * transaction's last claim, its end (PLB, claim count, Σ CLP04). Checks and issues are those of
 * {@link readRemittances}, each claim balanced when it closes.
 *
 * @example
 * ```ts
 * for await (const batch of readRemittanceItems(createReadStream('big.835'), { onIssue: log }))
 *   for (const item of batch) if (item.kind === 'claim') post(item.remittance, item.claim);
 * ```
 */
export async function* readRemittanceItems(
  source: X12Source,
  options: Read835Options = {},
): AsyncGenerator<RemittanceItem[], void, undefined> {
  for await (const items of streamTransactionBatches(source, remittanceItemReader, options.onIssue))
    yield items.flat();
}

/** Reads every 835 in a whole text; returns the remittances and all issues found. */
export function read835(text: string): { remittances: Remittance[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, remittanceReader);
  return { remittances: items, issues };
}
