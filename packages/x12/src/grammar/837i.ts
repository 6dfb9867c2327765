import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';
import { claimHierarchy, lineAdjudication, named, otherSubscriber } from './claim-837.ts';

/** 2400 service line (LX, SV2 revenue code) with 2410 drug, 2420A-D providers, 2430 adjudication. */
const serviceLine: LoopDef = {
  id: '2400',
  name: 'Service Line Number',
  trigger: { id: 'LX' },
  segments: ['SV2', 'PWK', 'DTP', 'REF', 'AMT', 'NTE', 'HCP'],
  loops: [
    { id: '2410', name: 'Drug Identification', trigger: { id: 'LIN' }, segments: ['CTP', 'REF'] },
    named('2420A', 'Operating Physician Name', ['72']),
    named('2420B', 'Other Operating Physician Name', ['ZZ']),
    named('2420C', 'Rendering Provider Name', ['82']),
    named('2420D', 'Referring Provider Name', ['DN']),
    lineAdjudication,
  ],
};

/** 2300 claim (CLM, DTP*434/435/096, CL1, HI...) with 2310A-F providers, 2320, 2400. */
const claim: LoopDef = {
  id: '2300',
  name: 'Claim Information',
  trigger: { id: 'CLM' },
  segments: ['DTP', 'CL1', 'PWK', 'CN1', 'AMT', 'REF', 'K3', 'NTE', 'CRC', 'HI', 'HCP'],
  loops: [
    named('2310A', 'Attending Provider Name', ['71'], ['PRV', 'REF']),
    named('2310B', 'Operating Physician Name', ['72']),
    named('2310C', 'Other Operating Physician Name', ['ZZ']),
    named('2310D', 'Rendering Provider Name', ['82']),
    named('2310E', 'Service Facility Location Name', ['77'], ['N3', 'N4', 'REF']),
    named('2310F', 'Referring Provider Name', ['DN']),
    // 2330C-I other payer providers (005010X223A2).
    otherSubscriber(
      ['CAS', 'AMT', 'OI', 'MIA', 'MOA'],
      [
        named('2330C', 'Other Payer Attending Provider', ['71']),
        named('2330D', 'Other Payer Operating Physician', ['72']),
        named('2330E', 'Other Payer Other Operating Physician', ['ZZ']),
        named('2330F', 'Other Payer Service Facility Location', ['77']),
        named('2330G', 'Other Payer Rendering Provider Name', ['82']),
        named('2330H', 'Other Payer Referring Provider', ['DN']),
        named('2330I', 'Other Payer Billing Provider', ['85']),
      ],
    ),
    serviceLine,
  ],
};

/**
 * 837 Health Care Claim: Institutional, 005010X223A2: header (BHT), 1000A submitter (NM1*41),
 * 1000B receiver (NM1*40), 2000A billing provider (HL*20) with 2010AA/AB/AC, 2000B subscriber
 * (HL*22, SBR) with 2010BA/BB, 2000C patient (HL*23, PAT) with 2010CA, and 2300 claims under
 * 2000B or 2000C.
 */
export const grammar837i: TransactionGrammar = {
  set: '837',
  guide: '005010X223A2',
  name: 'Health Care Claim: Institutional',
  segments: ['ST', 'BHT', 'SE'],
  loops: claimHierarchy(claim, {
    subscriberLevel: ['SBR'],
    personName: ['N3', 'N4', 'DMG', 'REF'],
  }),
};
