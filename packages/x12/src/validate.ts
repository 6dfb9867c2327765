import { ElementChecker } from './check-elements.ts';
import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { eligibilityInquiryReader } from './read-270.ts';
import { eligibilityResponseReader } from './read-271.ts';
import { claimStatusInquiryReader } from './read-276.ts';
import { dentalClaimReader } from './read-837d.ts';
import { institutionalClaimReader } from './read-837i.ts';
import { claimStatusResponseReader } from './read-277.ts';
import { claimAcknowledgmentReader } from './read-277ca.ts';
import { remittanceReader } from './read-835.ts';
import { professionalClaimReader } from './read-837p.ts';
import { implementationAckReader } from './read-999.ts';
import type { Segment } from './segment.ts';
import { readTa1Segment } from './ta1-read.ts';
import { SegmentTokenizer } from './tokenizer.ts';

/** Something that reads segments of one kind of transaction set and reports issues. */
export interface SetReader {
  push(seg: Segment): unknown;
  end(): unknown;
  /** False while no set of its kind is open: it then needs only the envelope segments. */
  readonly reading?: boolean;
}

/** The segments every reader sees: the ones that open or close a set, group or interchange. */
const isEnvelope = (id: string): boolean =>
  id === 'ST' || id === 'GS' || id === 'GE' || id === 'ISA' || id === 'IEA';

/** The readers and checkers of every kind of transaction set `validateX12` applies. */
export function setReaders(sink: IssueSink): SetReader[] {
  return [
    remittanceReader(sink),
    professionalClaimReader(sink),
    implementationAckReader(sink),
    claimAcknowledgmentReader(sink),
    eligibilityInquiryReader(sink),
    claimStatusInquiryReader(sink),
    eligibilityResponseReader(sink),
    claimStatusResponseReader(sink),
    institutionalClaimReader(sink),
    dentalClaimReader(sink),
  ];
}

/**
 * Checks a whole X12 text: delimiters and segment syntax, ISA/GS/ST envelopes, and the
 * transaction sets this engine has a guide for (835 005010X221A1: loops, values, balancing;
 * 837P 005010X222A1: loops, HL tree, claim rules; 999 005010X231A1 and 277CA 005010X214: loops,
 * codes, required segments; 270/271 005010X279A1 and 276/277 005010X212: loops, HL tree,
 * element rules and codes, required segments; 837I 005010X223A2: loops, HL tree, HI qualifiers,
 * claim rules; 837D 005010X224A2: loops, HL tree, dental lines, COB balancing), and every element of those sets and of the GS against the 005010 data element
 * dictionary ({@link ElementChecker}: mandatory, type, length, fixed codes). A TA1 in the
 * interchange has its elements checked as {@link readTa1Segment} reads them (TA101 9 digits,
 * TA102 YYMMDD, TA103 HHMM, TA104 A/E/R, TA105 an I18 note code that agrees with TA104).
 * Returns every issue found; an empty list means a payer front end would accept the file at
 * the levels checked.
 *
 * @example
 * ```ts
 * const issues = validateX12(text);
 * if (issues.some((i) => i.severity === 'error')) reject(issues);
 * ```
 */
export function validateX12(text: string): X12Issue[] {
  const validator = new X12Validator();
  const check = (seg: Segment): void => validator.push(seg);
  const tokenizer = new SegmentTokenizer({ onIssue: validator.syntaxSink });
  tokenizer.push(text, check);
  tokenizer.end(check);
  return validator.end();
}

/**
 * The checks of {@link validateX12}, fed one segment at a time: what `validateX12` applies to
 * the segments its tokenizer splits, and what a builder applies to the segments it writes.
 * Segments are checked as they come, never all held.
 */
export class X12Validator {
  readonly #issues: X12Issue[] = [];
  /** The tokenizer's issues: they come first, as they did when the whole text was split first. */
  readonly #syntax: X12Issue[] = [];
  readonly #envelopes: EnvelopeChecker;
  readonly #readers: SetReader[];
  readonly #elements: ElementChecker;
  #active: SetReader[];
  readonly #sink: IssueSink = (issue) => this.#issues.push(issue);

  /** Receives the issues found while splitting the text into segments. */
  readonly syntaxSink: IssueSink = (issue) => this.#syntax.push(issue);

  constructor() {
    this.#envelopes = new EnvelopeChecker(this.#sink);
    this.#readers = setReaders(this.#sink);
    this.#elements = new ElementChecker(this.#sink);
    this.#active = this.#readers;
  }

  /** Checks one segment, in input order. */
  push(seg: Segment): void {
    const issues = this.#issues;
    const before = issues.length;
    // Readers and element checks between them read nearly every element: one split of the
    // segment costs less than slicing each element twice.
    void seg.elements;
    this.#envelopes.push(seg);
    if (isEnvelope(seg.id)) {
      for (const reader of this.#readers) reader.push(seg);
      this.#active = this.#readers.filter((reader) => reader.reading !== false);
    } else {
      // A TA1 answers an interchange, not a set: its elements are checked as readTa1 checks them.
      if (seg.id === 'TA1') readTa1Segment(seg, '', this.#sink);
      for (const reader of this.#active) reader.push(seg);
    }
    this.#elements.push(seg, elementsReported(issues, before, seg));
  }

  /** The input ended: closes what is still open and returns every issue found. */
  end(): X12Issue[] {
    this.#envelopes.end();
    for (const reader of this.#readers) reader.end();
    return this.#syntax.length === 0 ? this.#issues : [...this.#syntax, ...this.#issues];
  }
}

const none: ReadonlySet<number> = new Set();

/** The elements of `seg` that the issues from `from` on already name. */
export function elementsReported(
  issues: readonly X12Issue[],
  from: number,
  seg: Segment,
): ReadonlySet<number> {
  if (from === issues.length) return none;
  const elements = new Set<number>();
  for (let i = from; i < issues.length; i += 1) {
    const issue = issues[i];
    if (issue?.element !== undefined && issue.offset === seg.offset && issue.segmentId === seg.id)
      elements.add(issue.element);
  }
  return elements;
}
