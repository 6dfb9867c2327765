import { describe, expect, it } from 'vitest';
import { build270 } from './build-270.ts';
import { eligibilityRequest } from './build-requests.fixture.ts';
import { parseSegments } from './read-segments.ts';
import { validateX12 } from './validate.ts';
import { writeX12 } from './writer.ts';

describe('build270', () => {
  it('writes the payer, provider, subscriber and dependent levels with counted HLs', () => {
    const { text, issues } = build270(eligibilityRequest, { lineBreak: '\n' });
    expect(issues).toEqual([]);
    expect(text?.split('\n').slice(2, -3)).toEqual([
      'ST*270*0021*005010X279A1~',
      'BHT*0022*13*ELIG-0021*20260320*1405~',
      'HL*1**20*1~',
      'NM1*PR*2*Acme Health*****PI*12345~',
      'HL*2*1*21*1~',
      'NM1*1P*2*Riverside Family Practice*****XX*1234567893~',
      'HL*3*2*22*0~',
      'TRN*1*T-1*1123456789~',
      'NM1*IL*1*Doe*Jane****MI*W123456~',
      'DMG*D8*19800201*F~',
      'DTP*291*D8*20260320~',
      'EQ*30~',
      'EQ*98~',
      'HL*4*2*22*1~',
      'NM1*IL*1*Roe*Richard****MI*W654321~',
      'DMG*D8*19750704~',
      'HL*5*4*23*0~',
      'TRN*1*T-2*1123456789~',
      'NM1*03*1*Roe*Sam~',
      'DMG*D8*20150505*M~',
      'EQ*30~',
      'SE*22*0021~',
    ]);
    expect(text?.split('\n')[1]).toBe(
      'GS*HS*MEDBILL*CLEARINGHOUSE*20260320*1405*8*X*005010X279A1~',
    );
  });

  it('round-trips: the text parses and writes back to the same segments', () => {
    const { text } = build270(eligibilityRequest);
    const segments = parseSegments(text ?? '');
    expect(writeX12(segments)).toBe(text);
  });

  it('refuses bad values, every one located', () => {
    const { text, issues } = build270({
      ...eligibilityRequest,
      provider: { name: 'Riverside', npi: '1234567890' },
      inquiries: [
        {
          ...eligibilityRequest.inquiries[0]!,
          originatorId: '12345',
          subscriber: {
            memberId: 'W1*2',
            lastName: '',
            firstName: 'Jane',
            birthDate: '1980-02-30',
          },
          serviceTypes: ['30', 'health'],
        },
      ],
    });
    expect(text).toBeUndefined();
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.loop])).toEqual([
      ['invalid-npi', 'NM1', 9, '2100B'],
      ['invalid-originator-id', 'TRN', 3, '2000C'],
      ['required-element-missing', 'NM1', 3, '2100C'],
      ['delimiter-in-data', 'NM1', 9, '2100C'],
      ['invalid-date', 'DMG', 2, '2100C'],
      ['invalid-service-type', 'EQ', 1, '2110C'],
    ]);
    expect(issues[1]?.message).toMatch(/^inquiry T-1: TRN03 /);
    expect(issues[1]?.txSegmentIndex).toBe(8);
  });

  it('refuses a request without inquiries and a wrong envelope', () => {
    const { text, issues } = build270({
      ...eligibilityRequest,
      envelope: { ...eligibilityRequest.envelope, functionalId: 'HC' },
      inquiries: [],
    });
    expect(text).toBeUndefined();
    expect(issues.map((i) => [i.code, i.segmentId])).toEqual([
      ['invalid-code', 'GS'],
      ['required-loop-missing', 'HL'],
    ]);
  });
});

describe('270 checks in validateX12', () => {
  const built = build270(eligibilityRequest).text ?? '';

  it('reports a patient without EQ, a bad birth date and an unknown segment', () => {
    const broken = built
      .replace('EQ*30~EQ*98~', 'ZZ*1~')
      .replace('DMG*D8*19750704~', 'DMG*D8*1975074~')
      .replace('SE*22*', 'SE*21*');
    expect(validateX12(broken).map((i) => [i.code, i.segmentId, i.loop])).toEqual([
      ['unexpected-segment', 'ZZ', '2000A/2000B/2000C/2100C'],
      ['required-segment-missing', 'HL', undefined],
      ['invalid-date', 'DMG', '2000A/2000B/2000C/2100C'],
    ]);
  });

  it('reports a wrong HL parent and a missing payer ID', () => {
    const broken = built.replace('HL*5*4*23*0', 'HL*5*2*23*0').replace('PI*12345~', '~');
    expect(validateX12(broken).map((i) => [i.code, i.segmentId, i.element])).toEqual([
      ['required-element-missing', 'NM1', 8],
      ['required-element-missing', 'NM1', 9],
      ['hl-parent-level', 'HL', 2],
      ['hl-child-flag', 'HL', 4],
    ]);
  });
});
