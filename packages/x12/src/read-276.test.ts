import { describe, expect, it } from 'vitest';
import type { ClaimStatusInquiry, ClaimStatusRequest } from './build-276-input.ts';
import { build276 } from './build-276.ts';
import { claimStatusRequest } from './build-requests.fixture.ts';
import type { ClaimStatusInquirySet, StatusInquiryPatient } from './claim-status-inquiry.ts';
import { read276, readClaimStatusInquiries } from './read-276-inquiries.ts';

type Gender = 'F' | 'M' | 'U';

/** The builder's input as far as a 276 carries it, rebuilt from what the reader found. */
function asRequest(set: ClaimStatusInquirySet): Omit<ClaimStatusRequest, 'envelope' | 'createdAt'> {
  const payer = set.payers[0];
  const receiver = payer?.receivers[0];
  const provider = receiver?.providers[0];
  const demographics = (p: StatusInquiryPatient | undefined) => ({
    ...(p?.birthDate === undefined ? {} : { birthDate: p.birthDate }),
    ...(p?.gender === undefined ? {} : { gender: p.gender as Gender }),
  });
  const patients = provider?.patients ?? [];
  const claims = patients.flatMap((patient, i) =>
    patient.claims.map((claim): ClaimStatusInquiry => {
      const dependent = patient.level === 'dependent';
      const subscriber = dependent ? patients[i - 1] : patient;
      const serviceDate = claim.serviceDate;
      return {
        traceNumber: claim.traceNumber,
        subscriber: {
          memberId: subscriber?.name.id ?? '',
          lastName: subscriber?.name.lastName ?? '',
          firstName: subscriber?.name.firstName ?? '',
          ...demographics(subscriber),
        },
        ...(dependent
          ? {
              dependent: {
                lastName: patient.name.lastName,
                firstName: patient.name.firstName ?? '',
                birthDate: patient.birthDate ?? '',
                ...(patient.gender === undefined ? {} : { gender: patient.gender as Gender }),
              },
            }
          : {}),
        ...(claim.patientControlNumber === undefined
          ? {}
          : { patientControlNumber: claim.patientControlNumber }),
        ...(claim.payerClaimControlNumber === undefined
          ? {}
          : { payerClaimControlNumber: claim.payerClaimControlNumber }),
        ...(claim.billType === undefined ? {} : { billType: claim.billType }),
        charge: claim.charge ?? -1,
        serviceDate:
          serviceDate === undefined
            ? ''
            : serviceDate.from === serviceDate.to
              ? serviceDate.from
              : serviceDate,
      };
    }),
  );
  return {
    transactionControlNumber: Number(set.controlNumber),
    reference: set.reference ?? '',
    payer: { name: payer?.party.name ?? '', id: payer?.party.id ?? '' },
    receiver: { name: receiver?.party.name ?? '', id: receiver?.party.id ?? '' },
    provider: { name: provider?.party.name ?? '', npi: provider?.party.id ?? '' },
    claims,
  };
}

describe('read276', () => {
  it('reads back what build276 wrote: the same request', () => {
    const { text } = build276(claimStatusRequest);
    const { inquiries, issues } = read276(text ?? '');
    expect(issues).toEqual([]);
    expect(inquiries).toHaveLength(1);
    const { envelope: _e, createdAt, ...sent } = claimStatusRequest;
    expect(asRequest(inquiries[0]!)).toEqual(sent);
    expect(inquiries[0]?.createdOn).toBe(createdAt.date);
    const patients = inquiries[0]?.payers[0]?.receivers[0]?.providers[0]?.patients ?? [];
    expect(patients.map((p) => [p.level, p.name.lastName, p.subscriber?.id])).toEqual([
      ['subscriber', 'Doe', undefined],
      ['subscriber', 'Roe', undefined],
      ['dependent', 'Roe', 'W654321'],
    ]);
  });

  it('reads service lines and the other claim references', () => {
    const text = (build276(claimStatusRequest).text ?? '')
      .replace('REF*EJ*C000001~', 'REF*EJ*C000001~REF*D9*CH-77~')
      .replace(
        'DTP*472*D8*20260302~',
        'DTP*472*D8*20260302~SVC*HC:99213:25*150*****1~REF*FJ*L-1~DTP*472*D8*20260302~SVC*NU:0450*75.50**0450***2~',
      )
      .replace(/~SE\*(\d+)\*/, (_, n: string) => `~SE*${Number(n) + 5}*`);
    const { inquiries, issues } = read276(text);
    expect(issues).toEqual([]);
    const claim = inquiries[0]?.payers[0]?.receivers[0]?.providers[0]?.patients[0]?.claims[0];
    expect(claim?.clearinghouseTraceNumber).toBe('CH-77');
    expect(claim?.lines.map(({ at: _at, ...line }) => line)).toEqual([
      {
        procedure: { qualifier: 'HC', code: '99213', modifiers: ['25'] },
        charge: 15000,
        units: 1,
        lineControlNumber: 'L-1',
        serviceDate: { from: '2026-03-02', to: '2026-03-02' },
      },
      {
        procedure: { qualifier: 'NU', code: '0450', modifiers: [] },
        charge: 7550,
        revenueCode: '0450',
        units: 2,
      },
    ]);
  });

  it('reports what a payer front end rejects, located, once each', () => {
    const text = (build276(claimStatusRequest).text ?? '')
      .replace('AMT*T3*225.5~', 'AMT*T3*22X~')
      .replace('DTP*472*D8*20260302~', 'DTP*472*D8*20260332~')
      .replace(/TRN\*1\*S-2~.*?(?=SE\*)/, '')
      .replace('~SE*27*', '~SE*22*');
    const { issues } = read276(text);
    expect(issues.map((i) => [i.code, i.segmentId, i.element, i.loop])).toEqual([
      ['invalid-amount', 'AMT', 2, '2000A/2000B/2000C/2000D/2200D'],
      ['invalid-date', 'DTP', 3, '2000A/2000B/2000C/2000D/2200D'],
      ['required-segment-missing', 'HL', undefined, undefined],
    ]);
    expect(issues.at(-1)?.message).toBe(
      'The patient at HL 6 has no 2200 TRN claim status tracking number',
    );
  });

  it('skips 277s, and streams from chunks to the same sets', async () => {
    const text = build276(claimStatusRequest).text ?? '';
    expect(read276(text.replace('ST*276*', 'ST*277*')).inquiries).toEqual([]);
    const chunks = Array.from({ length: Math.ceil(text.length / 31) }, (_, i) =>
      text.slice(i * 31, i * 31 + 31),
    );
    const streamed = [];
    for await (const set of readClaimStatusInquiries(chunks)) streamed.push(set);
    expect(streamed).toEqual(read276(text).inquiries);
  });
});
