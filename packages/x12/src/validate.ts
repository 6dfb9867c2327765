import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { RemittanceReader } from './read-835.ts';
import { ProfessionalClaimReader } from './read-837p.ts';
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
 * 837P 005010X222A1: loops, HL tree, claim rules).
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
    new RemittanceReader(sink),
    new ProfessionalClaimReader(sink),
  ];
  for (const seg of parseSegments(text, { onIssue: sink }))
    for (const reader of readers) reader.push(seg);
  for (const reader of readers) reader.end();
  return issues;
}
