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
  const checked = new CheckedReader(sink, makeReader);
  return tokenizeSource(
    source,
    { onIssue: sink },
    (seg) => checked.push(seg),
    () => checked.end(),
  );
}

/** Every item a typed reader makes from a whole text, with all issues found. */
export function readTransactions<T>(
  text: string,
  makeReader: (sink: IssueSink) => TransactionReader<T>,
): { items: T[]; issues: X12Issue[] } {
  const issues: X12Issue[] = [];
  const checked = new CheckedReader((issue) => issues.push(issue), makeReader);
  const items: T[] = [];
  const read = (seg: Segment): void => {
    const done = checked.push(seg);
    if (done !== undefined) items.push(done);
  };
  // Segments are read as they are split, never all held (a 50 MB text is 2.4 M segments); the
  // tokenizer's issues still come first, as when the text was split up front.
  const syntax: X12Issue[] = [];
  const tokenizer = new SegmentTokenizer({ onIssue: (issue) => syntax.push(issue) });
  tokenizer.push(text, read);
  tokenizer.end(read);
  const last = checked.end();
  if (last !== undefined) items.push(last);
  return { items, issues: syntax.length === 0 ? issues : [...syntax, ...issues] };
}

/** The envelope checks and a typed reader, fed the same segments in input order. */
class CheckedReader<T> {
  readonly #envelopes: EnvelopeChecker;
  readonly #reader: TransactionReader<T>;

  constructor(sink: IssueSink, makeReader: (sink: IssueSink) => TransactionReader<T>) {
    this.#envelopes = new EnvelopeChecker(sink);
    this.#reader = makeReader(sink);
  }

  /** Checks and reads one segment: the item it completed, if any. */
  push(seg: Segment): T | undefined {
    this.#envelopes.push(seg);
    return this.#reader.push(seg);
  }

  /** The input ended: open envelopes are reported, and the reader hands back what is left. */
  end(): T | undefined {
    this.#envelopes.end();
    return this.#reader.end();
  }
}
