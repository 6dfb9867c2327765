import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';

const nm1 = (values: readonly string[]) => ({ id: 'NM1', element: 1, values });
const hl = (level: string) => ({ id: 'HL', element: 3, values: [level] });
const named = (
  id: string,
  name: string,
  roles: readonly string[],
  segments = ['REF'],
): LoopDef => ({
  id,
  name,
  trigger: nm1(roles),
  segments,
});

/** 2330A-I other payer names and providers, children of 2320 (005010X223A2). */
const otherPayerLoops: readonly LoopDef[] = [
  named('2330A', 'Other Subscriber Name', ['IL'], ['N3', 'N4', 'REF']),
  named('2330B', 'Other Payer Name', ['PR'], ['N3', 'N4', 'DTP', 'REF']),
  named('2330C', 'Other Payer Attending Provider', ['71']),
  named('2330D', 'Other Payer Operating Physician', ['72']),
  named('2330E', 'Other Payer Other Operating Physician', ['ZZ']),
  named('2330F', 'Other Payer Service Facility Location', ['77']),
  named('2330G', 'Other Payer Rendering Provider Name', ['82']),
  named('2330H', 'Other Payer Referring Provider', ['DN']),
  named('2330I', 'Other Payer Billing Provider', ['85']),
];

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
    {
      id: '2430',
      name: 'Line Adjudication Information',
      trigger: { id: 'SVD' },
      segments: ['CAS', 'DTP', 'AMT'],
    },
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
    {
      id: '2320',
      name: 'Other Subscriber Information',
      trigger: { id: 'SBR' },
      segments: ['CAS', 'AMT', 'OI', 'MIA', 'MOA'],
      loops: otherPayerLoops,
    },
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
