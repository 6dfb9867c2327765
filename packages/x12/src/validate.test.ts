import { describe, expect, it } from 'vitest';
import { listSamples, readSampleText } from '../test/samples.ts';
import { ElementChecker } from './check-elements.ts';
import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { parseSegments } from './read-segments.ts';
import { elementsReported, setReaders, validateX12 } from './validate.ts';

/** The plain way: split the whole text first, then hand every segment to every reader. */
function validateEverywhere(text: string): X12Issue[] {
  const issues: X12Issue[] = [];
  const sink: IssueSink = (issue) => issues.push(issue);
  const segments = parseSegments(text, { onIssue: sink });
  const envelopes = new EnvelopeChecker(sink);
  const readers = setReaders(sink);
  const elements = new ElementChecker(sink);
  for (const seg of segments) {
    const before = issues.length;
    envelopes.push(seg);
    for (const reader of readers) reader.push(seg);
    elements.push(seg, elementsReported(issues, before, seg));
  }
  envelopes.end();
  for (const reader of readers) reader.end();
  return issues;
}

/** Variants that leave sets open, mix kinds of sets and break segment IDs. */
const variants = (text: string): string[] => [
  text,
  text.replace(/(^|[~\n])\s*SE\*[^~]*~/g, '$1'),
  text.replace(/ST\*(835|837|271|277|999)\*/, 'ST*270*'),
  text.replace(/(CLP|CLM|HL|EB|STC|AK2)\*/, 'C%$1*'),
];

describe('validateX12', () => {
  it('finds the same issues, in the same order, as when every reader sees every segment', () => {
    let compared = 0;
    for (const name of listSamples()) {
      for (const text of variants(readSampleText(name))) {
        expect(validateX12(text), name).toEqual(validateEverywhere(text));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
