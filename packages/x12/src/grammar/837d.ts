import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';
import { claimHierarchy, lineAdjudication, named, otherSubscriber } from './claim-837.ts';

/** 2400 dental service line (LX, SV3, TOO) with 2420A-D line providers and 2430 adjudication. */
const serviceLine: LoopDef = {
  id: '2400',
  name: 'Line Counter',
  trigger: { id: 'LX' },
  segments: ['SV3', 'TOO', 'DTP', 'QTY', 'REF', 'AMT', 'NTE', 'HCP'],
  loops: [
    named('2420A', 'Rendering Provider Name', ['82'], ['PRV', 'REF']),
    named('2420B', 'Assistant Surgeon Name', ['DD'], ['PRV', 'REF']),
    named('2420C', 'Supervising Provider Name', ['DQ']),
    named('2420D', 'Service Facility Location', ['77'], ['N3', 'N4', 'REF']),
    lineAdjudication,
  ],
};

/** 2300 claim (CLM, DTP, DN1, DN2, PWK, CN1, AMT, REF, K3, NTE, HI, HCP) with 2310A-E, 2320, 2400. */
const claim: LoopDef = {
  id: '2300',
  name: 'Claim Information',
  trigger: { id: 'CLM' },
  segments: ['DTP', 'DN1', 'DN2', 'PWK', 'CN1', 'AMT', 'REF', 'K3', 'NTE', 'HI', 'HCP'],
  loops: [
    named('2310A', 'Referring Provider Name', ['DN', 'P3'], ['PRV', 'REF']),
    named('2310B', 'Rendering Provider Name', ['82'], ['PRV', 'REF']),
    named('2310C', 'Service Facility Location', ['77'], ['N3', 'N4', 'REF']),
    named('2310D', 'Assistant Surgeon Name', ['DD'], ['PRV', 'REF']),
    named('2310E', 'Supervising Provider Name', ['DQ']),
    // 2330C-H other payer providers (005010X224A2).
    otherSubscriber(
      ['CAS', 'AMT', 'OI', 'MOA'],
      [
        named('2330C', 'Other Payer Referring Provider', ['DN', 'P3']),
        named('2330D', 'Other Payer Rendering Provider', ['82']),
        named('2330E', 'Other Payer Supervising Provider', ['DQ']),
        named('2330F', 'Other Payer Billing Provider', ['85']),
        named('2330G', 'Other Payer Service Facility Location', ['77']),
        named('2330H', 'Other Payer Assistant Surgeon', ['DD']),
      ],
    ),
    serviceLine,
  ],
};

/**
 * 837 Health Care Claim: Dental, 005010X224A2: header (BHT), 1000A submitter, 1000B receiver,
 * 2000A billing provider (HL*20) with 2010AA/AB/AC, 2000B subscriber (HL*22, SBR) with
 * 2010BA/BB, 2000C patient (HL*23, PAT) with 2010CA, and 2300 claims under 2000B or 2000C.
 */
export const grammar837d: TransactionGrammar = {
  set: '837',
  guide: '005010X224A2',
  name: 'Health Care Claim: Dental',
  segments: ['ST', 'BHT', 'SE'],
  loops: claimHierarchy(claim, {
    subscriberLevel: ['SBR'],
    personName: ['N3', 'N4', 'DMG', 'REF'],
  }),
};
