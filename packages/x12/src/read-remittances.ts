import type { IssueSink, X12Issue } from './issue.ts';
import { remittanceReader } from './read-835.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';
import type { Remittance } from './remittance.ts';

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

/** Reads every 835 in a whole text; returns the remittances and all issues found. */
export function read835(text: string): { remittances: Remittance[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, remittanceReader);
  return { remittances: items, issues };
}
