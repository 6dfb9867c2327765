import { describe, expect, it } from 'vitest';
import { writeClaim } from './build-837p-claim.ts';
import { dependentClaim, envelope, twoClaims } from './build-837p.fixture.ts';
import type { Claim837p } from './build-837p-input.ts';
import {
  writeBillingProvider,
  writeHeader,
  writePatient,
  writeProfessionalSubscriber,
} from './build-837p-parties.ts';
import { writeClaimTree } from './build-837p-tree.ts';
import { SetBuilder } from './build-segments.ts';
import { SelfCheck } from './build-self-check.ts';
import { defaultDelimiters, type Delimiters } from './delimiters.ts';
import { wrapInterchange } from './interchange-writer.ts';
import { validateX12 } from './validate.ts';
import { writeX12 } from './writer.ts';

type Layout = { readonly delimiters: Delimiters; readonly lineBreak: '' | '\n' | '\r\n' };

/** Writes an 837P set as `buildTransaction` does, then `more` segments before SE. */
function write(claims: readonly Claim837p[], layout: Layout, more: (b: SetBuilder) => void) {
  const wrapped = wrapInterchange([[]], envelope);
  const head = writeX12(wrapped.slice(0, 2), layout);
  const tail = writeX12(wrapped.slice(2), layout);
  const check = new SelfCheck(head, tail, layout.delimiters);
  const b = new SetBuilder(layout.delimiters, layout.lineBreak, check.listener);
  b.add('ST', ['837', '0021', '005010X222A1']);
  writeHeader(b, twoClaims);
  writeClaimTree(b, claims, {
    billingProvider: writeBillingProvider,
    subscriber: writeProfessionalSubscriber,
    patient: writePatient,
    claim: writeClaim,
  });
  more(b);
  b.add('SE', [String(b.nextTxIndex), '0021']);
  expect(b.issues).toEqual([]);
  const text = head + b.text() + tail;
  return { text, streamed: check.issues(text, b.asciiOnly) };
}

const layouts: readonly [string, Layout][] = [
  ['* ^ : ~', { delimiters: defaultDelimiters, lineBreak: '' }],
  ['line breaks', { delimiters: defaultDelimiters, lineBreak: '\r\n' }],
  [
    '| > ! without repetition separator',
    {
      delimiters: { element: '|', component: '>', repetition: undefined, segment: '!' },
      lineBreak: '\n',
    },
  ],
];

// Segments the builders never write, each rejected by the validator for a different reason.
const flawed: readonly [string, (b: SetBuilder) => void][] = [
  ['nothing more', () => undefined],
  ['a segment no loop accepts', (b) => b.add('ZZ', ['X'])],
  ['a segment ID the tokenizer flags', (b) => b.add('Zz', ['X'])],
  ['an ISA inside the set', (b) => b.add('ISA', ['00'])],
  ['a bad element value', (b) => b.add('DTP', ['472', 'D8', '20261399'])],
  ['an HL whose parent is missing', (b) => b.add('HL', ['99', '42', '22', '0'])],
  [
    'a claim whose charge is not its lines',
    (b) => b.add('CLM', ['PCN-9', '12.34', '', '', ['11', 'B', '1']]),
  ],
];

const claims = [...twoClaims.claims, dependentClaim];

describe('SelfCheck', () => {
  describe.each(layouts)('%s', (_, layout) => {
    it.each(flawed)('finds what validateX12 finds in the text written: %s', (name, more) => {
      const { text, streamed } = write(claims, layout, more);
      const whole = validateX12(text);
      expect(streamed).toEqual(whole);
      expect(whole.some((i) => i.severity === 'error')).toBe(name !== 'nothing more');
    });
  });

  it('validates the whole text when a value is not ASCII (offsets count bytes)', () => {
    const named = claims.map((c) => ({ ...c, subscriber: { ...c.subscriber, lastName: 'Peña' } }));
    const layout = layouts[0]![1];
    const { text, streamed } = write(named, layout, (b) => b.add('DTP', ['472', 'D8', '2026']));
    const whole = validateX12(text);
    expect(whole.length).toBeGreaterThan(0);
    expect(streamed).toEqual(whole);
  });
});
