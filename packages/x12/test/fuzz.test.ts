import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  read271,
  read277,
  read835,
  read837i,
  read837p,
  readRemittances,
  validateX12,
  type X12Issue,
} from '../src/index.ts';
import { readSampleText } from './samples.ts';

const bases = [
  '835/stupidedi__X221A1-dollars-and-data-sent-separate.edi',
  '835/affect__sample_835.txt',
  '837P/stupidedi__X222A1-medicare-secondary-payer-COB.edi',
  '837P/lfh__demo.cob.example3.B.837',
  '999/stupidedi__X231A1-response-to-functional-group-containing-3-837s.edi',
  '270/stupidedi__X279A1-generic-request-by-clinic-for-patient-subscriber-eligibility.edi',
  '271/lfh__dependent-health-benefit-check.271',
  '271/oopfactory__hipaa-271-Example_ErrorWithoutBenefitInfo.txt',
  '276/stupidedi__X212-claim-request.edi',
  '277/stupidedi__X212-claim-response.edi',
  '837I/stupidedi__X223A2-ppo-repriced-claim.edi',
].map((name) => readSampleText(name));

/** Every reader over one text, timed: none may throw, all must finish quickly. */
function readAll(text: string): X12Issue[] {
  const started = performance.now();
  const issues = validateX12(text);
  read835(text);
  read837p(text);
  read271(text);
  read277(text);
  read837i(text);
  expect(performance.now() - started).toBeLessThan(2000);
  const bytes = new TextEncoder().encode(text).length;
  for (const issue of issues) {
    expect(Number.isInteger(issue.segmentIndex) && issue.segmentIndex >= 0).toBe(true);
    expect(issue.code).not.toBe('');
    if (issue.offset !== undefined) expect(issue.offset).toBeLessThanOrEqual(bytes);
  }
  return issues;
}

const base = fc.constantFrom(...bases);
const garbage = fc.string({
  unit: fc.integer({ min: 0, max: 0x2ff }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 12,
});

describe('fuzz: mutated samples', () => {
  it('truncated input never throws and reports the missing end', () => {
    fc.assert(
      fc.property(base, fc.double({ min: 0, max: 0.97, noNaN: true }), (text, at) => {
        const cut = text.slice(0, Math.floor(text.trimEnd().length * at));
        expect(readAll(cut).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('wrong SE01 counts are reported at the SE', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 999 }), (text, delta) => {
        const wrong = text.replace(/SE\*(\d+)\*/, (_, n: string) => `SE*${Number(n) + delta}*`);
        expect(readAll(wrong)).toContainEqual(
          expect.objectContaining({
            code: 'se-count',
            segmentId: 'SE',
            element: 1,
            ack: { ik5: '4' },
          }),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('swapped delimiters never throw', () => {
    fc.assert(
      fc.property(
        base,
        fc.constantFrom('*', ':', '~', '^', '>'),
        fc.constantFrom('*', ':', '~', '|', '\n'),
        (text, a, b) => {
          readAll(text.replaceAll(a, '\u0000').replaceAll(b, a).replaceAll('\u0000', b));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('garbage bytes and deletions never throw and issues stay located', () => {
    fc.assert(
      fc.property(
        base,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), garbage), { minLength: 1, maxLength: 8 }),
        (text, edits) => {
          let out = text;
          for (const [at, remove, insert] of edits) {
            const p = at % (out.length + 1);
            out = out.slice(0, p) + insert + out.slice(p + remove);
          }
          readAll(out);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the streaming reader survives the same mutations in byte chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        base,
        fc.nat(),
        fc.integer({ min: 1, max: 64 }),
        garbage,
        async (text, at, size, insert) => {
          const p = at % (text.length + 1);
          const bytes = new TextEncoder().encode(text.slice(0, p) + insert + text.slice(p + 3));
          const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
            bytes.subarray(i * size, (i + 1) * size),
          );
          const issues: X12Issue[] = [];
          for await (const rem of readRemittances(chunks, { onIssue: (i) => issues.push(i) }))
            expect(rem.controlNumber).toBeTypeOf('string');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('random binary is reported, not thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(readAll(new TextDecoder().decode(bytes)).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
