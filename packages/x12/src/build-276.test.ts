import { describe, expect, it } from 'vitest';
import { build276 } from './build-276.ts';
import { claimStatusRequest } from './build-requests.fixture.ts';
import { parseSegments } from './read-segments.ts';
import { validateX12 } from './validate.ts';
import { writeX12 } from './writer.ts';

describe('build276', () => {
  it('writes payer, receiver, provider and one level per claim with counted HLs', () => {
    const { text, issues } = build276(claimStatusRequest, { lineBreak: '\n' });
    expect(issues).toEqual([]);
    expect(text?.split('\n').slice(2, -3)).toEqual([
      'ST*276*0031*005010X212~',
      'BHT*0010*13*STAT-0031*20260320*1405~',
      'HL*1**20*1~',
      'NM1*PR*2*Acme Health*****PI*12345~',
      'HL*2*1*21*1~',
      'NM1*41*2*Medbill Clinic*****46*SUB123~',
      'HL*3*2*19*1~',
      'NM1*1P*2*Riverside Family Practice*****XX*1234567893~',
      'HL*4*3*22*0~',
      'DMG*D8*19800201*F~',
      'NM1*IL*1*Doe*Jane****MI*W123456~',
      'TRN*1*S-1~',
      'REF*1K*PCN-9~',
      'REF*EJ*C000001~',
      'AMT*T3*225.5~',
      'DTP*472*D8*20260302~',
      'HL*5*3*22*1~',
      'NM1*IL*1*Roe*Richard****MI*W654321~',
      'HL*6*5*23~',
      'DMG*D8*20150505~',
      'NM1*QC*1*Roe*Sam~',
      'TRN*1*S-2~',
      'REF*BLT*131~',
      'REF*EJ*C000002~',
      'AMT*T3*100~',
      'DTP*472*RD8*20260301-20260303~',
      'SE*27*0031~',
    ]);
  });

  it('round-trips: the text parses and writes back to the same segments', () => {
    const { text } = build276(claimStatusRequest);
    expect(writeX12(parseSegments(text ?? ''))).toBe(text);
  });

  it('refuses bad values, every one located and named by the claim', () => {
    const { text, issues } = build276({
      ...claimStatusRequest,
      claims: [
        {
          ...claimStatusRequest.claims[0]!,
          subscriber: { memberId: 'W1', lastName: 'Doe', firstName: 'Jane' },
          billType: '13',
          charge: -1,
          serviceDate: { from: '2026-03-01', to: '2026-13-01' },
        },
      ],
    });
    expect(text).toBeUndefined();
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.loop])).toEqual([
      ['required-element-missing', 'DMG', 2, '2000D'],
      ['invalid-bill-type', 'REF', 2, '2200D'],
      ['invalid-amount', 'AMT', 2, '2200D'],
      ['invalid-date', 'DTP', 3, '2200D'],
    ]);
    expect(issues[0]?.message).toMatch(/^claim S-1: DMG02 /);
  });
});

describe('276 checks in validateX12', () => {
  const built = build276(claimStatusRequest).text ?? '';

  it('reports a patient without a claim, a bad amount and a wrong entity code', () => {
    const broken = built
      .replace('TRN*1*S-2~REF*BLT*131~REF*EJ*C000002~AMT*T3*100~DTP*472*RD8*20260301-20260303~', '')
      .replace('AMT*T3*225.5~', 'AMT*T3*2,5~')
      .replace('NM1*41*', 'NM1*40*')
      .replace('SE*27*', 'SE*22*');
    expect(validateX12(broken).map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['invalid-code', 'NM1', 1],
      ['invalid-amount', 'AMT', 2],
      ['required-segment-missing', 'HL', undefined],
    ]);
  });
});
