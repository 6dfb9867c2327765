import { describe, expect, it } from 'vitest';
import { build837p } from './build-837p.ts';
import { dependentClaim, replacementClaim, selfClaim, twoClaims } from './build-837p.fixture.ts';
import type { Claim837p, X12Address } from './build-837p-input.ts';
import type { Address, Entity, ProfessionalClaim } from './claim-837p.ts';
import { parseSegments } from './read-segments.ts';
import { read837p } from './read-claims.ts';
import { validateX12 } from './validate.ts';

/** Builds and fails the test with the issues when the builder refuses. */
function built(input: Parameters<typeof build837p>[0], options?: Parameters<typeof build837p>[1]) {
  const result = build837p(input, options);
  expect(result.issues).toEqual([]);
  if (result.text === undefined) throw new Error('refused');
  return result.text;
}

const address = (a: X12Address): Address => ({
  line1: a.line1,
  ...(a.line2 === undefined ? {} : { line2: a.line2 }),
  city: a.city,
  state: a.state,
  postalCode: a.zip,
});
const name = (e: Entity | undefined) =>
  e && { kind: e.kind, lastName: e.lastName, firstName: e.firstName, id: e.id };

/** What read837p gives back, in the shape of the builder's input. */
function readBack(c: ProfessionalClaim) {
  return {
    patientControlNumber: c.claimId,
    totalCharge: c.charge,
    placeOfService: c.placeOfService,
    frequency: c.frequency,
    payerClaimNumber: c.payerClaimControlNumber,
    diagnoses: c.diagnoses.map((d) => `${d.qualifier}:${d.code}`),
    billingProvider: {
      name: c.billingProvider.lastName,
      npi: c.billingProvider.id,
      address: c.billingProvider.address,
    },
    subscriber: {
      responsibility: c.subscriber.responsibility,
      filingIndicator: c.subscriber.filingIndicator,
      lastName: c.subscriber.lastName,
      firstName: c.subscriber.firstName,
      memberId: c.subscriber.id,
      address: c.subscriber.address,
    },
    sbr: {
      relationship: c.subscriber.relationship,
      groupNumber: c.subscriber.groupNumber,
      birthDate: c.subscriber.birthDate,
      gender: c.subscriber.gender,
    },
    payer: { name: c.payer.lastName, id: c.payer.id, address: c.payer.address },
    patient: c.patient && {
      relationship: c.patient.relationship,
      lastName: c.patient.lastName,
      firstName: c.patient.firstName,
      address: c.patient.address,
      birthDate: c.patient.birthDate,
      gender: c.patient.gender,
    },
    rendering: name(c.renderingProvider),
    referring: name(c.referringProvider),
    facility: name(c.serviceFacility),
    lines: c.lines.map((l) => ({
      procedureCode: l.procedure.code,
      modifiers: l.procedure.modifiers,
      charge: l.charge,
      units: l.units,
      placeOfService: l.placeOfService ?? c.placeOfService,
      pointers: l.diagnosisPointers,
      serviceDate: l.serviceFrom,
      lineControlNumber: l.lineControlNumber,
    })),
  };
}

/** The same shape computed from the input claim. */
function expected(c: Claim837p) {
  const s = c.subscriber;
  const person = (
    p: { lastName: string; firstName?: string; npi: string } | undefined,
    always = false,
  ) =>
    p && {
      kind: always || p.firstName !== undefined ? 'person' : 'organization',
      lastName: p.lastName,
      firstName: p.firstName,
      id: p.npi,
    };
  return {
    patientControlNumber: c.patientControlNumber,
    totalCharge: c.totalCharge,
    placeOfService: c.placeOfService,
    frequency: c.frequency,
    payerClaimNumber: c.payerClaimNumber,
    diagnoses: c.diagnoses.map((d, i) => `${i === 0 ? 'ABK' : 'ABF'}:${d}`),
    billingProvider: {
      name: c.billingProvider.name,
      npi: c.billingProvider.npi,
      address: address(c.billingProvider.address),
    },
    subscriber: {
      responsibility: s.payerResponsibility,
      filingIndicator: s.claimFilingIndicator,
      lastName: s.lastName,
      firstName: s.firstName,
      memberId: s.memberId,
      address: s.address && address(s.address),
    },
    sbr: {
      relationship: s.patientIsSubscriber ? '18' : undefined,
      groupNumber: s.groupNumber,
      birthDate: s.patientIsSubscriber ? s.dateOfBirth : undefined,
      gender: s.patientIsSubscriber ? s.sex : undefined,
    },
    payer: {
      name: c.payer.name,
      id: c.payer.payerId,
      address: c.payer.address && address(c.payer.address),
    },
    patient: c.patient && {
      relationship: c.patient.relationship,
      lastName: c.patient.lastName,
      firstName: c.patient.firstName,
      address: address(c.patient.address),
      birthDate: c.patient.dateOfBirth,
      gender: c.patient.sex,
    },
    rendering: person(c.renderingProvider),
    referring: person(c.referringProvider, true),
    facility: c.serviceFacility && {
      kind: 'organization',
      lastName: c.serviceFacility.name,
      firstName: undefined,
      id: c.serviceFacility.npi,
    },
    lines: c.lines.map((l) => ({
      procedureCode: l.procedureCode,
      modifiers: l.modifiers,
      charge: l.charge,
      units: l.units,
      placeOfService: l.placeOfService ?? c.placeOfService,
      pointers: l.pointers,
      serviceDate: l.serviceDate,
      lineControlNumber: l.lineControlNumber,
    })),
  };
}

/**
 * SBR02/SBR03 and subscriber DMG as read back. read837p carries them over from one 2000B to the
 * next (read-837p.ts resets the subscriber on HL 20, not on HL 22), so with several subscribers
 * they are checked in the built text instead, and read back from one claim built alone.
 */
const withoutSbr = <T extends { sbr: unknown }>({ sbr: _sbr, ...rest }: T) => rest;
function sbrSegments(text: string): string[] {
  const out: string[] = [];
  let entity = '';
  for (const s of parseSegments(text)) {
    if (s.id === 'NM1') entity = s.elements[0] ?? '';
    if (s.id === 'SBR' || (s.id === 'DMG' && entity === 'IL'))
      out.push(`${s.id}*${s.elements.join('*')}`);
  }
  return out;
}

const hls = (text: string) =>
  parseSegments(text)
    .filter((s) => s.id === 'HL')
    .map((s) => s.elements.join('*'));

describe('build837p', () => {
  it.each([
    [
      'two subscribers under one billing provider',
      [selfClaim, replacementClaim],
      ['1**20*1', '2*1*22*0', '3*1*22*0'],
    ],
    ['a dependent patient (2000C)', [dependentClaim], ['1**20*1', '2*1*22*1', '3*2*23*0']],
    [
      'a subscriber, her dependant, and a second subscriber',
      [selfClaim, dependentClaim, replacementClaim],
      ['1**20*1', '2*1*22*0', '3*1*22*1', '4*3*23*0', '5*1*22*0'],
    ],
    [
      'two billing providers',
      [
        selfClaim,
        {
          ...replacementClaim,
          billingProvider: { ...selfClaim.billingProvider, npi: '1245319599' },
        },
      ],
      ['1**20*1', '2*1*22*0', '3**20*1', '4*3*22*0'],
    ],
  ])('%s: validates clean and reads back as given', (_, claims, tree) => {
    const text = built({ ...twoClaims, claims });
    expect(validateX12(text)).toEqual([]);
    const read = read837p(text);
    expect(read.issues).toEqual([]);
    expect(read.claims.map(readBack).map(withoutSbr)).toEqual(claims.map(expected).map(withoutSbr));
    expect(read.claims.every((c) => c.transactionControlNumber === '0021')).toBe(true);
    expect(hls(text)).toEqual(tree);
    const segments = parseSegments(text);
    const st = segments.findIndex((s) => s.id === 'ST');
    const se = segments.find((s) => s.id === 'SE');
    expect(se?.elements).toEqual([String(segments.length - 2 - st), '0021']);
    expect(segments.find((s) => s.id === 'GE')?.elements).toEqual(['1', '7']);
    expect(segments.find((s) => s.id === 'IEA')?.elements).toEqual(['1', '000000101']);
  });

  it('keeps claims of one subscriber together, in input order, under its HL', () => {
    const again = { ...selfClaim, patientControlNumber: 'PCN-0004' };
    const text = built({ ...twoClaims, claims: [selfClaim, replacementClaim, again] });
    expect(read837p(text).claims.map((c) => c.claimId)).toEqual([
      'PCN-0001',
      'PCN-0004',
      'PCN-0002',
    ]);
    expect(hls(text)).toEqual(['1**20*1', '2*1*22*0', '3*1*22*0']);
  });

  it('writes with the delimiters and line breaks asked for', () => {
    const delimiters = { element: '|', repetition: '!', component: '>', segment: '\\' };
    const text = built(twoClaims, { delimiters, lineBreak: '\r\n' });
    expect(text).toContain('CLM|PCN-0001|225.51|||11>B>1|Y|A|Y|Y\\\r\n');
    expect(text.startsWith('ISA|00|')).toBe(true);
    expect(validateX12(text)).toEqual([]);
    expect(read837p(text).claims.map(readBack).map(withoutSbr)).toEqual(
      twoClaims.claims.map(expected).map(withoutSbr),
    );
  });

  it.each([selfClaim, replacementClaim, dependentClaim])(
    'reads back SBR and DMG of $patientControlNumber built alone',
    (claim) => {
      const read = read837p(built({ ...twoClaims, claims: [claim] })).claims.map(readBack);
      expect(read).toEqual([expected(claim)]);
    },
  );

  it('writes each subscriber its own SBR and DMG', () => {
    const text = built({ ...twoClaims, claims: [selfClaim, dependentClaim, replacementClaim] });
    expect(sbrSegments(text)).toEqual([
      'SBR*P*18*GRP-100******CI',
      'DMG*D8*19800229*F',
      'SBR*P********CI',
      'SBR*S*18***12****MB',
      'DMG*D8*19500704*M',
    ]);
  });

  it('warns, without refusing, above 5000 claims in one transaction set', () => {
    const claims = Array.from({ length: 5001 }, (_, i) => ({
      ...replacementClaim,
      patientControlNumber: `P${i}`,
    }));
    const result = build837p({ ...twoClaims, claims });
    expect(result.text).toBeDefined();
    expect(result.issues.map((i) => [i.severity, i.code, i.segmentId])).toEqual([
      ['warning', 'too-many-claims', 'ST'],
    ]);
  });
});
