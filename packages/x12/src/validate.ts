import { ElementChecker } from './check-elements.ts';
import { claimStatusRequestChecker, eligibilityInquiryChecker } from './check-request.ts';
import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { eligibilityResponseReader } from './read-271.ts';
import { institutionalClaimReader } from './read-837i.ts';
import { claimStatusResponseReader } from './read-277.ts';
import { claimAcknowledgmentReader } from './read-277ca.ts';
import { remittanceReader } from './read-835.ts';
import { professionalClaimReader } from './read-837p.ts';
import { implementationAckReader } from './read-999.ts';
import { parseSegments } from './read-segments.ts';
import type { Segment } from './segment.ts';

/** Something that reads segments of one kind of transaction set and reports issues. */
interface SetReader {
  push(seg: Segment): unknown;
  end(): unknown;
}

/**
 * Checks a whole X12 text: delimiters and segment syntax, ISA/GS/ST envelopes, and the
 * transaction sets this engine has a guide for (835 005010X221A1: loops, values, balancing;
 * 837P 005010X222A1: loops, HL tree, claim rules; 999 005010X231A1 and 277CA 005010X214: loops,
 * codes, required segments; 270/271 005010X279A1 and 276/277 005010X212: loops, HL tree,
 * element rules and codes, required segments; 837I 005010X223A2: loops, HL tree, HI qualifiers,
 * claim rules), and every element of those sets and of the GS against the 005010 data element
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
  const readers: SetReader[] = [
    new EnvelopeChecker(sink),
    remittanceReader(sink),
    professionalClaimReader(sink),
    implementationAckReader(sink),
    claimAcknowledgmentReader(sink),
    eligibilityInquiryChecker(sink),
    claimStatusRequestChecker(sink),
    eligibilityResponseReader(sink),
    claimStatusResponseReader(sink),
    institutionalClaimReader(sink),
  ];
  const elements = new ElementChecker(sink);
  for (const seg of parseSegments(text, { onIssue: sink })) {
    const before = issues.length;
    for (const reader of readers) reader.push(seg);
    elements.push(seg, elementsReported(issues, before, seg));
  }
  for (const reader of readers) reader.end();
  return issues;
}

const none: ReadonlySet<number> = new Set();

/** The elements of `seg` that the issues from `from` on already name. */
function elementsReported(
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
