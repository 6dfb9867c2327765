import { describe, expect, it } from 'vitest';
import type { EligibilityInquiry, EligibilityRequest } from './build-270-input.ts';
import { build270 } from './build-270.ts';
import { eligibilityRequest } from './build-requests.fixture.ts';
import type { EligibilityInquirySet, InquiryMember } from './eligibility-inquiry.ts';
import { read270, readEligibilityInquiries } from './read-270-inquiries.ts';

const isoDay = (d: string | undefined) => d ?? '';

/** The builder's input as far as a 270 carries it, rebuilt from what the reader found. */
function asRequest(set: EligibilityInquirySet): Omit<EligibilityRequest, 'envelope' | 'createdAt'> {
  const source = set.sources[0];
  const receiver = source?.receivers[0];
  const person = (m: InquiryMember) => ({
    lastName: m.name.lastName,
    firstName: m.name.firstName ?? '',
    ...(m.name.middleName === undefined ? {} : { middleName: m.name.middleName }),
    birthDate: isoDay(m.birthDate),
    ...(m.gender === undefined ? {} : { gender: m.gender as 'F' | 'M' | 'U' }),
  });
  const inquiries = (receiver?.subscribers ?? []).map((s): EligibilityInquiry => {
    const dependent = s.dependents[0];
    const patient = dependent ?? s;
    const trace = patient.traces[0];
    const plan = patient.dates.find((d) => d.qualifier === '291')?.period;
    return {
      traceNumber: trace?.number ?? '',
      originatorId: trace?.originator ?? '',
      subscriber: { ...person(s), memberId: s.name.id ?? '' },
      ...(dependent === undefined ? {} : { dependent: person(dependent) }),
      serviceTypes: patient.inquiries.flatMap((q) => q.serviceTypes),
      ...(plan === undefined ? {} : { date: plan.from === plan.to ? plan.from : plan }),
    };
  });
  return {
    transactionControlNumber: Number(set.controlNumber),
    reference: set.reference ?? '',
    payer: { name: source?.party.name ?? '', id: source?.party.id ?? '' },
    provider: { name: receiver?.party.name ?? '', npi: receiver?.party.id ?? '' },
    inquiries,
  };
}

const request: EligibilityRequest = {
  ...eligibilityRequest,
  inquiries: [
    {
      ...eligibilityRequest.inquiries[0]!,
      subscriber: { ...eligibilityRequest.inquiries[0]!.subscriber, middleName: 'Q' },
      date: { from: '2026-03-01', to: '2026-03-31' },
    },
    { ...eligibilityRequest.inquiries[1]!, serviceTypes: ['30'], date: '2026-03-20' },
  ],
};

describe('read270', () => {
  it('reads back what build270 wrote: the same request', () => {
    const { text } = build270(request);
    const { inquiries, issues } = read270(text ?? '');
    expect(issues).toEqual([]);
    expect(inquiries).toHaveLength(1);
    const { envelope: _e, createdAt, ...sent } = request;
    expect(asRequest(inquiries[0]!)).toEqual(sent);
    expect(inquiries[0]).toMatchObject({ purpose: '13', createdOn: createdAt.date });
  });

  it('reads receiver details, member extras and every part of an inquiry', () => {
    const text = build270(eligibilityRequest).text ?? '';
    const extended = text
      .replace(
        'NM1*1P*2*Riverside Family Practice*****XX*1234567893~',
        'NM1*1P*2*Riverside Family Practice*****XX*1234567893~REF*TJ*123456789~N3*1 MAIN ST~N4*SPRINGFIELD*IL*62701~PRV*PE*PXC*207Q00000X~',
      )
      .replace(
        'DMG*D8*19800201*F~DTP*291*D8*20260320~EQ*30~EQ*98~',
        'REF*SY*123456789~DMG*D8*19800201*F~INS*Y*18~HI*ABK:E119*ABF:I10~DTP*291*D8*20260320~EQ*30^98**FAM~EQ**HC:99213:25***2:1~AMT*R8*125.50~III*ZZ*11~REF*G1*AUTH-7~DTP*291*RD8*20260301-20260331~',
      )
      .replace('~SE*22*', '~SE*33*');
    const { inquiries, issues } = read270(extended);
    expect(issues).toEqual([]);
    const receiver = inquiries[0]?.sources[0]?.receivers[0];
    expect(receiver).toMatchObject({
      references: [{ qualifier: 'TJ', value: '123456789' }],
      address: { line1: '1 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' },
      provider: { code: 'PE', taxonomy: '207Q00000X' },
    });
    const subscriber = receiver?.subscribers[0];
    expect(subscriber).toMatchObject({
      references: [{ qualifier: 'SY', value: '123456789' }],
      relationship: '18',
      diagnoses: [
        { qualifier: 'ABK', code: 'E119' },
        { qualifier: 'ABF', code: 'I10' },
      ],
    });
    const [first, second] = subscriber?.inquiries ?? [];
    expect(first).toMatchObject({ serviceTypes: ['30', '98'], coverageLevel: 'FAM' });
    expect(second).toMatchObject({
      serviceTypes: [],
      procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] },
      diagnosisPointers: [2, 1],
      amounts: [{ qualifier: 'R8', amount: 12550 }],
      placeOfService: '11',
      references: [{ qualifier: 'G1', value: 'AUTH-7' }],
      dates: [{ qualifier: '291', period: { from: '2026-03-01', to: '2026-03-31' } }],
    });
  });

  it('reports what a payer front end rejects, located, once each', () => {
    const text = (build270(eligibilityRequest).text ?? '')
      .replace('DMG*D8*19800201*F~', 'DMG*D8*19800231*X~')
      .replace('TRN*1*T-1*1123456789~', 'TRN*1**1123456789~')
      .replace('EQ*30~EQ*98~', 'EQ***ZZZ~')
      .replace('EQ*30~SE*22*', 'SE*20*');
    const { issues } = read270(text);
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.loop])).toEqual([
      ['required-element-missing', 'TRN', 2, '2000A/2000B/2000C'],
      ['invalid-date', 'DMG', 2, '2000A/2000B/2000C/2100C'],
      ['invalid-code', 'DMG', 3, '2000A/2000B/2000C/2100C'],
      ['invalid-code', 'EQ', 3, '2000A/2000B/2000C/2100C/2110C'],
      ['required-element-missing', 'EQ', 1, '2000A/2000B/2000C/2100C/2110C'],
      ['required-segment-missing', 'HL', undefined, undefined],
    ]);
    expect(issues.at(-1)?.message).toBe(
      'The patient at HL 5 has no EQ eligibility or benefit inquiry',
    );
  });

  it('skips 271s, and streams from chunks to the same sets', async () => {
    const text = build270(eligibilityRequest).text ?? '';
    expect(read270(text.replaceAll('270*', '271*')).inquiries).toEqual([]);
    const chunks = Array.from({ length: Math.ceil(text.length / 29) }, (_, i) =>
      text.slice(i * 29, i * 29 + 29),
    );
    const streamed = [];
    for await (const set of readEligibilityInquiries(chunks)) streamed.push(set);
    expect(streamed).toEqual(read270(text).inquiries);
  });
});
