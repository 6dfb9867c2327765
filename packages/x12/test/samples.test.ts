import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseSegments,
  readSegmentBatches,
  validateX12,
  writeX12,
  type Segment,
  type X12Issue,
} from '../src/index.ts';
import { listSamples, readSample, readSampleText } from './samples.ts';

const all = listSamples();
const wellFormed = all.filter((name) => !name.startsWith('malformed/'));
const malformed = all.filter((name) => name.startsWith('malformed/'));
const shape = (segs: readonly Segment[]) => segs.map((s) => [s.id, ...s.elements]);

/** Segments with each element split into repetitions and components: delimiter-independent. */
const structure = (segs: readonly Segment[]) =>
  segs.map((s) => {
    const { repetition, component } = s.delimiters;
    if (s.id === 'ISA') return [s.id, ...s.elements.filter((_, i) => i !== 10 && i !== 15)];
    return [
      s.id,
      ...s.elements.map((e) =>
        (repetition === undefined ? [e] : e.split(repetition)).map((r) => r.split(component)),
      ),
    ];
  });

describe('x12-samples', () => {
  it('finds the samples', () => {
    expect(wellFormed.length).toBeGreaterThan(80);
    expect(malformed.length).toBeGreaterThan(30);
  });

  describe.each(wellFormed)('%s', (name) => {
    const text = readSampleText(name);
    const segments = parseSegments(text);

    it('round-trips: parse → write → parse gives the same segments', () => {
      expect(segments.length).toBeGreaterThan(0);
      for (const lineBreak of ['', '\r\n'] as const) {
        expect(shape(parseSegments(writeX12(segments, { lineBreak })))).toEqual(shape(segments));
      }
    });

    // Without an ISA the component separator cannot be read back, so only enveloped files.
    it.runIf(segments[0]?.id === 'ISA')('round-trips through other delimiters', () => {
      const delimiters = {
        element: '\u001d',
        repetition: '\u001e',
        component: '\u001f',
        segment: '\u001c',
      };
      const rewritten = parseSegments(writeX12(segments, { delimiters, lineBreak: '\n' }));
      expect(structure(rewritten)).toEqual(structure(segments));
      expect(rewritten[0]?.delimiters.element).toBe('\u001d');
    });

    it('streams byte chunks cut anywhere to the same segments', async () => {
      const bytes = readSample(name);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 257 }), async (size) => {
          const chunks: Uint8Array[] = [];
          for (let at = 0; at < bytes.length; at += size)
            chunks.push(bytes.subarray(at, at + size));
          const got: Segment[] = [];
          for await (const batch of readSegmentBatches(chunks)) got.push(...batch);
          expect(got).toEqual(segments);
        }),
        { numRuns: bytes.length > 100_000 ? 2 : 8 },
      );
    });
  });

  describe.each(malformed)('%s', (name) => {
    it('yields located issues and never throws', () => {
      const issues: X12Issue[] = validateX12(readSampleText(name));
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.segmentIndex).toBeGreaterThanOrEqual(0);
        expect(typeof issue.segmentId).toBe('string');
        expect(issue.message).not.toBe('');
      }
    });
  });
});
