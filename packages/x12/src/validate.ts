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
 * dictionary ({@link ElementChecker}: mandatory, type, length, fixed codes).
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
  const issues: X12Issue[] = [];
  const sink: IssueSink = (issue) => issues.push(issue);
  const envelopes = new EnvelopeChecker(sink);
  const readers = setReaders(sink);
  const elements = new ElementChecker(sink);
  let active = readers;
  const check = (seg: Segment): void => {
    const before = issues.length;
    // Readers and element checks between them read nearly every element: one split of the
    // segment costs less than slicing each element twice.
    void seg.elements;
    envelopes.push(seg);
    if (isEnvelope(seg.id)) {
      for (const reader of readers) reader.push(seg);
      active = readers.filter((reader) => reader.reading !== false);
    } else {
      for (const reader of active) reader.push(seg);
    }
    elements.push(seg, elementsReported(issues, before, seg));
  };
  // Segments are checked as they are split, never all held; the tokenizer's own issues still
  // come first, as they did when the whole text was split before it was read.
  const syntax: X12Issue[] = [];
  const tokenizer = new SegmentTokenizer({ onIssue: (issue) => syntax.push(issue) });
  tokenizer.push(text, check);
  tokenizer.end(check);
  envelopes.end();
  for (const reader of readers) reader.end();
  return syntax.length === 0 ? issues : [...syntax, ...issues];
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
