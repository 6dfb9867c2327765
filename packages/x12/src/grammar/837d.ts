import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';

const nm1 = (values: readonly string[]) => ({ id: 'NM1', element: 1, values });
const hl = (level: string) => ({ id: 'HL', element: 3, values: [level] });
const named = (
  id: string,
  name: string,
  roles: readonly string[],
  segments: readonly string[] = ['REF'],
): LoopDef => ({ id, name, trigger: nm1(roles), segments });

/** 2330A-H other payer names and providers, children of 2320 (005010X224A2). */
const otherPayerLoops: readonly LoopDef[] = [
  named('2330A', 'Other Subscriber Name', ['IL'], ['N3', 'N4', 'REF']),
  named('2330B', 'Other Payer Name', ['PR'], ['N3', 'N4', 'DTP', 'REF']),
  named('2330C', 'Other Payer Referring Provider', ['DN', 'P3']),
  named('2330D', 'Other Payer Rendering Provider', ['82']),
  named('2330E', 'Other Payer Supervising Provider', ['DQ']),
  named('2330F', 'Other Payer Billing Provider', ['85']),
  named('2330G', 'Other Payer Service Facility Location', ['77']),
  named('2330H', 'Other Payer Assistant Surgeon', ['DD']),
];

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
    {
      id: '2430',
      name: 'Line Adjudication Information',
      trigger: { id: 'SVD' },
      segments: ['CAS', 'DTP', 'AMT'],
    },
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
    {
      id: '2320',
      name: 'Other Subscriber Information',
      trigger: { id: 'SBR' },
      segments: ['CAS', 'AMT', 'OI', 'MOA'],
      loops: otherPayerLoops,
    },
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
  loops: [
    named('1000A', 'Submitter Name', ['41'], ['PER']),
    named('1000B', 'Receiver Name', ['40'], []),
    {
      id: '2000A',
      name: 'Billing Provider Hierarchical Level',
      trigger: hl('20'),
      segments: ['PRV', 'CUR'],
      loops: [
        named('2010AA', 'Billing Provider Name', ['85'], ['N3', 'N4', 'REF', 'PER']),
        named('2010AB', 'Pay-to Address Name', ['87'], ['N3', 'N4']),
        named('2010AC', 'Pay-to Plan Name', ['PE'], ['N3', 'N4', 'REF']),
        {
          id: '2000B',
          name: 'Subscriber Hierarchical Level',
          trigger: hl('22'),
          segments: ['SBR'],
          loops: [
            named('2010BA', 'Subscriber Name', ['IL'], ['N3', 'N4', 'DMG', 'REF']),
            named('2010BB', 'Payer Name', ['PR'], ['N3', 'N4', 'REF']),
            claim,
            {
              id: '2000C',
              name: 'Patient Hierarchical Level',
              trigger: hl('23'),
              segments: ['PAT'],
              loops: [named('2010CA', 'Patient Name', ['QC'], ['N3', 'N4', 'DMG', 'REF']), claim],
            },
          ],
        },
      ],
    },
  ],
};
