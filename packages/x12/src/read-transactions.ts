import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { tokenizeSource, type X12Source } from './read-segments.ts';
import { SegmentTokenizer } from './tokenizer.ts';
import type { Segment } from './segment.ts';

/** A typed reader of one kind of transaction set: it hands back each item once it is complete. */
export interface TransactionReader<T> {
  push(seg: Segment): T | undefined;
  end(): T | undefined;
}

/**
 * Streams the items a typed reader makes from chunks of an X12 file in bounded memory:
 * tokenizer, envelope checks and the reader in one pass; every problem goes to `sink` (when given).
 */
export async function* streamTransactions<T>(
  source: X12Source,
  makeReader: (sink: IssueSink) => TransactionReader<T>,
  sink?: IssueSink,
): AsyncGenerator<T, void, undefined> {
  for await (const batch of streamTransactionBatches(source, makeReader, sink)) yield* batch;
}

/**
 * {@link streamTransactions} a batch at a time: the items each chunk of input completed (never
 * empty), for readers that make many small items, where one `await` per item would cost more
 * than reading it.
 */
export function streamTransactionBatches<T>(
  source: X12Source,
  makeReader: (sink: IssueSink) => TransactionReader<T>,
  sink: IssueSink = () => undefined,
): AsyncGenerator<T[], void, undefined> {
  const envelopes = new EnvelopeChecker(sink);
  const reader = makeReader(sink);
  let ready: T[] = [];
  return tokenizeSource(
    source,
    { onIssue: sink },
    (seg) => {
      envelopes.push(seg);
      const done = reader.push(seg);
      if (done !== undefined) ready.push(done);
    },
    () => {
      const done = ready;
      ready = [];
      return done;
    },
    () => {
      envelopes.end();
      const last = reader.end();
      if (last !== undefined) ready.push(last);
    },
  );
}

/** Every item a typed reader makes from a whole text, with all issues found. */
export function readTransactions<T>(
  text: string,
  makeReader: (sink: IssueSink) => TransactionReader<T>,
): { items: T[]; issues: X12Issue[] } {
  const issues: X12Issue[] = [];
  const sink: IssueSink = (issue) => issues.push(issue);
  const envelopes = new EnvelopeChecker(sink);
  const reader = makeReader(sink);
  const items: T[] = [];
  const read = (seg: Segment): void => {
    envelopes.push(seg);
    const done = reader.push(seg);
    if (done !== undefined) items.push(done);
  };
  // Segments are read as they are split, never all held (a 50 MB text is 2.4 M segments); the
  // tokenizer's issues still come first, as when the text was split up front.
  const syntax: X12Issue[] = [];
  const tokenizer = new SegmentTokenizer({ onIssue: (issue) => syntax.push(issue) });
  tokenizer.push(text, read);
  tokenizer.end(read);
  envelopes.end();
  const last = reader.end();
  if (last !== undefined) items.push(last);
  return { items, issues: syntax.length === 0 ? issues : [...syntax, ...issues] };
}
