import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';
import { claimHierarchy, lineAdjudication, named, otherSubscriber } from './claim-837.ts';

/** 2400 service line with 2410 drug, 2420A-H line providers, 2430 adjudication, 2440 form. */
const serviceLine: LoopDef = {
  id: '2400',
  name: 'Service Line Number',
  trigger: { id: 'LX' },
  segments: [
    'SV1',
    'SV5',
    'PWK',
    'CR1',
    'CR3',
    'CRC',
    'DTP',
    'QTY',
    'MEA',
    'CN1',
    'REF',
    'AMT',
    'K3',
    'NTE',
    'PS1',
    'HCP',
  ],
  loops: [
    { id: '2410', name: 'Drug Identification', trigger: { id: 'LIN' }, segments: ['CTP', 'REF'] },
    named('2420A', 'Rendering Provider Name', ['82'], ['PRV', 'REF']),
    named('2420B', 'Purchased Service Provider Name', ['QB']),
    named('2420C', 'Service Facility Location Name', ['77'], ['N3', 'N4', 'REF']),
    named('2420D', 'Supervising Provider Name', ['DQ']),
    named('2420E', 'Ordering Provider Name', ['DK'], ['N3', 'N4', 'REF', 'PER']),
    named('2420F', 'Referring Provider Name', ['DN', 'P3']),
    named('2420G', 'Ambulance Pick-up Location', ['PW'], ['N3', 'N4']),
    named('2420H', 'Ambulance Drop-off Location', ['45'], ['N3', 'N4']),
    lineAdjudication,
    { id: '2440', name: 'Form Identification Code', trigger: { id: 'LQ' }, segments: ['FRM'] },
  ],
};

/** 2300 claim information with 2310A-F providers, 2320 other subscriber, 2400 lines. */
const claim: LoopDef = {
  id: '2300',
  name: 'Claim Information',
  trigger: { id: 'CLM' },
  segments: ['DTP', 'PWK', 'CN1', 'AMT', 'REF', 'K3', 'NTE', 'CR1', 'CR2', 'CRC', 'HI', 'HCP'],
  loops: [
    named('2310A', 'Referring Provider Name', ['DN', 'P3']),
    named('2310B', 'Rendering Provider Name', ['82'], ['PRV', 'REF']),
    named('2310C', 'Service Facility Location Name', ['77'], ['N3', 'N4', 'REF', 'PER']),
    named('2310D', 'Supervising Provider Name', ['DQ']),
    named('2310E', 'Ambulance Pick-up Location', ['PW'], ['N3', 'N4']),
    named('2310F', 'Ambulance Drop-off Location', ['45'], ['N3', 'N4']),
    // 2330C-G other payer providers (005010X222A1).
    otherSubscriber(
      ['CAS', 'AMT', 'OI', 'MOA'],
      [
        named('2330C', 'Other Payer Referring Provider', ['DN', 'P3']),
        named('2330D', 'Other Payer Rendering Provider', ['82']),
        named('2330E', 'Other Payer Service Facility Location', ['77']),
        named('2330F', 'Other Payer Supervising Provider', ['DQ']),
        named('2330G', 'Other Payer Billing Provider', ['85']),
      ],
    ),
    serviceLine,
  ],
};

/**
 * 837 Health Care Claim: Professional, 005010X222A1: header (BHT), 1000A submitter (NM1*41),
 * 1000B receiver (NM1*40), 2000A billing provider (HL*20) with 2010AA/AB/AC, 2000B subscriber
 * (HL*22) with 2010BA/BB, 2000C patient (HL*23) with 2010CA, and 2300 claims under 2000B or
 * 2000C.
 */
export const grammar837p: TransactionGrammar = {
  set: '837',
  guide: '005010X222A1',
  name: 'Health Care Claim: Professional',
  segments: ['ST', 'BHT', 'SE'],
  loops: claimHierarchy(claim, {
    subscriberLevel: ['SBR', 'PAT'],
    personName: ['N3', 'N4', 'DMG', 'REF', 'PER'],
  }),
};
