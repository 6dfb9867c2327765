import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { replacementClaim, selfClaim, twoClaims } from './build-837p.fixture.ts';
import type { Build837pInput } from './build-837p-input.ts';

/** Builds with line breaks and fails the test with the issues when the builder refuses. */
function built(input: Build837pInput): string {
  const result = build837p(input, { lineBreak: '\n' });
  expect(result.issues).toEqual([]);
  return result.text ?? '';
}

describe('build837p golden text', () => {
  it('writes the exact segments of a small claim (golden)', () => {
    const text = built({ ...twoClaims, claims: [replacementClaim] });
    expect(text).toBe(
      [
        'ISA*00*          *00*          *ZZ*MEDBILL        *ZZ*CLEARINGHOUSE  *260320*1405*^*00501*000000101*0*T*:~',
        'GS*HC*MEDBILL*CLEARINGHOUSE*20260320*1405*7*X*005010X222A1~',
        'ST*837*0021*005010X222A1~',
        'BHT*0019*00*BATCH-21*20260320*1405*CH~',
        'NM1*41*2*Riverside Billing*****46*SUB123~',
        'PER*IC*Pat Biller*TE*2175550100~',
        'NM1*40*2*Clearinghouse*****46*CH999~',
        'HL*1**20*1~',
        'PRV*BI*PXC*207Q00000X~',
        'NM1*85*2*Riverside Family Practice*****XX*1234567893~',
        'N3*100 Main St~',
        'N4*Springfield*IL*627011234~',
        'REF*EI*123456789~',
        'HL*2*1*22*0~',
        'SBR*S*18***12****MB~',
        'NM1*IL*1*Roe*Richard****MI*1EG4TE5MK73~',
        'N3*9 Elm St~',
        'N4*Peoria*IL*61602~',
        'DMG*D8*19500704*M~',
        'NM1*PR*2*Medicare Part B*****PI*00952~',
        'N3*PO Box 1~',
        'N4*Chicago*IL*60601~',
        'CLM*PCN-0002*0.01***11:B:7*Y*A*Y*Y~',
        'REF*F8*20260300012345~',
        'HI*ABK:I10~',
        'NM1*77*2*Riverside Annex*****XX*1003000126~',
        'N3*200 Main St~',
        'N4*Springfield*IL*627011234~',
        'LX*1~',
        'SV1*HC:36415*0.01*UN*1***1~',
        'DTP*472*D8*20260312~',
        'REF*6R*L9~',
        'SE*31*0021~',
        'GE*1*7~',
        'IEA*1*000000101~',
        '',
      ].join('\n'),
    );
  });

  it('writes the service line segments of the first fixture claim, with 2410 drug and pay-to address', () => {
    const payTo = { line1: 'PO Box 500', city: 'Springfield', state: 'IL', zip: '62705' };
    const claim = {
      ...selfClaim,
      billingProvider: { ...selfClaim.billingProvider, payToAddress: payTo },
    };
    const text = built({ ...twoClaims, claims: [claim] });
    expect(text).toContain(
      'REF*EI*123456789~\nNM1*87*2~\nN3*PO Box 500~\nN4*Springfield*IL*62705~\nHL*2*1*22*0~',
    );
    expect(text).toContain(
      [
        'HI*ABK:J069*ABF:R509*ABF:Z23~',
        'NM1*DN*1*Jones*Bob****XX*1497758544~',
        'NM1*82*1*Smith*Ann****XX*1245319599~',
        'PRV*PE*PXC*207Q00000X~',
        'LX*1~',
        'SV1*HC:99213:25*125*UN*1***1:2~',
      ].join('\n'),
    );
    expect(text).toContain(
      'SV1*HC:J1100*75.01*UN*1.5*22**1~\nDTP*472*D8*20260311~\nREF*6R*L3~\nLIN**N4*00641037621~\nCTP****2*ML~',
    );
  });
});
