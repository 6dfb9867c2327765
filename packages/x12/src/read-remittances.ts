import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { RemittanceReader } from './read-835.ts';
import { parseSegments, readSegmentBatches, type X12Source } from './read-segments.ts';
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
export async function* readRemittances(
  source: X12Source,
  options: Read835Options = {},
): AsyncGenerator<Remittance, void, undefined> {
  const sink = options.onIssue ?? ((): void => undefined);
  const envelopes = new EnvelopeChecker(sink);
  const reader = new RemittanceReader(sink);
  const ready: Remittance[] = [];
  for await (const batch of readSegmentBatches(source, { onIssue: sink })) {
    for (const seg of batch) {
      envelopes.push(seg);
      const done = reader.push(seg);
      if (done !== undefined) ready.push(done);
    }
    if (ready.length > 0) {
      yield* ready;
      ready.length = 0;
    }
  }
  envelopes.end();
  const last = reader.end();
  if (last !== undefined) yield last;
}

/** Reads every 835 in a whole text; returns the remittances and all issues found. */
export function read835(text: string): { remittances: Remittance[]; issues: X12Issue[] } {
  const issues: X12Issue[] = [];
  const sink: IssueSink = (issue) => issues.push(issue);
  const envelopes = new EnvelopeChecker(sink);
  const reader = new RemittanceReader(sink);
  const remittances: Remittance[] = [];
  for (const seg of parseSegments(text, { onIssue: sink })) {
    envelopes.push(seg);
    const done = reader.push(seg);
    if (done !== undefined) remittances.push(done);
  }
  envelopes.end();
  const last = reader.end();
  if (last !== undefined) remittances.push(last);
  return { remittances, issues };
}
