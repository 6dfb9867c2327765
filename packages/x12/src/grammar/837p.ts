import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';

const nm1 = (values: readonly string[]) => ({ id: 'NM1', element: 1, values });
const hl = (level: string) => ({ id: 'HL', element: 3, values: [level] });

/** 2330A-G other payer names, children of 2320 (005010X222A1). */
const otherPayerLoops: readonly LoopDef[] = [
  {
    id: '2330A',
    name: 'Other Subscriber Name',
    trigger: nm1(['IL']),
    segments: ['N3', 'N4', 'REF'],
  },
  {
    id: '2330B',
    name: 'Other Payer Name',
    trigger: nm1(['PR']),
    segments: ['N3', 'N4', 'DTP', 'REF'],
  },
  {
    id: '2330C',
    name: 'Other Payer Referring Provider',
    trigger: nm1(['DN', 'P3']),
    segments: ['REF'],
  },
  { id: '2330D', name: 'Other Payer Rendering Provider', trigger: nm1(['82']), segments: ['REF'] },
  {
    id: '2330E',
    name: 'Other Payer Service Facility Location',
    trigger: nm1(['77']),
    segments: ['REF'],
  },
  {
    id: '2330F',
    name: 'Other Payer Supervising Provider',
    trigger: nm1(['DQ']),
    segments: ['REF'],
  },
  { id: '2330G', name: 'Other Payer Billing Provider', trigger: nm1(['85']), segments: ['REF'] },
];

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
    {
      id: '2420A',
      name: 'Rendering Provider Name',
      trigger: nm1(['82']),
      segments: ['PRV', 'REF'],
    },
    {
      id: '2420B',
      name: 'Purchased Service Provider Name',
      trigger: nm1(['QB']),
      segments: ['REF'],
    },
    {
      id: '2420C',
      name: 'Service Facility Location Name',
      trigger: nm1(['77']),
      segments: ['N3', 'N4', 'REF'],
    },
    { id: '2420D', name: 'Supervising Provider Name', trigger: nm1(['DQ']), segments: ['REF'] },
    {
      id: '2420E',
      name: 'Ordering Provider Name',
      trigger: nm1(['DK']),
      segments: ['N3', 'N4', 'REF', 'PER'],
    },
    { id: '2420F', name: 'Referring Provider Name', trigger: nm1(['DN', 'P3']), segments: ['REF'] },
    {
      id: '2420G',
      name: 'Ambulance Pick-up Location',
      trigger: nm1(['PW']),
      segments: ['N3', 'N4'],
    },
    {
      id: '2420H',
      name: 'Ambulance Drop-off Location',
      trigger: nm1(['45']),
      segments: ['N3', 'N4'],
    },
    {
      id: '2430',
      name: 'Line Adjudication Information',
      trigger: { id: 'SVD' },
      segments: ['CAS', 'DTP', 'AMT'],
    },
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
    { id: '2310A', name: 'Referring Provider Name', trigger: nm1(['DN', 'P3']), segments: ['REF'] },
    {
      id: '2310B',
      name: 'Rendering Provider Name',
      trigger: nm1(['82']),
      segments: ['PRV', 'REF'],
    },
    {
      id: '2310C',
      name: 'Service Facility Location Name',
      trigger: nm1(['77']),
      segments: ['N3', 'N4', 'REF', 'PER'],
    },
    { id: '2310D', name: 'Supervising Provider Name', trigger: nm1(['DQ']), segments: ['REF'] },
    {
      id: '2310E',
      name: 'Ambulance Pick-up Location',
      trigger: nm1(['PW']),
      segments: ['N3', 'N4'],
    },
    {
      id: '2310F',
      name: 'Ambulance Drop-off Location',
      trigger: nm1(['45']),
      segments: ['N3', 'N4'],
    },
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
  loops: [
    { id: '1000A', name: 'Submitter Name', trigger: nm1(['41']), segments: ['PER'] },
    { id: '1000B', name: 'Receiver Name', trigger: nm1(['40']), segments: [] },
    {
      id: '2000A',
      name: 'Billing Provider Hierarchical Level',
      trigger: hl('20'),
      segments: ['PRV', 'CUR'],
      loops: [
        {
          id: '2010AA',
          name: 'Billing Provider Name',
          trigger: nm1(['85']),
          segments: ['N3', 'N4', 'REF', 'PER'],
        },
        { id: '2010AB', name: 'Pay-to Address Name', trigger: nm1(['87']), segments: ['N3', 'N4'] },
        {
          id: '2010AC',
          name: 'Pay-to Plan Name',
          trigger: nm1(['PE']),
          segments: ['N3', 'N4', 'REF'],
        },
        {
          id: '2000B',
          name: 'Subscriber Hierarchical Level',
          trigger: hl('22'),
          segments: ['SBR', 'PAT'],
          loops: [
            {
              id: '2010BA',
              name: 'Subscriber Name',
              trigger: nm1(['IL']),
              segments: ['N3', 'N4', 'DMG', 'REF', 'PER'],
            },
            {
              id: '2010BB',
              name: 'Payer Name',
              trigger: nm1(['PR']),
              segments: ['N3', 'N4', 'REF'],
            },
            claim,
            {
              id: '2000C',
              name: 'Patient Hierarchical Level',
              trigger: hl('23'),
              segments: ['PAT'],
              loops: [
                {
                  id: '2010CA',
                  name: 'Patient Name',
                  trigger: nm1(['QC']),
                  segments: ['N3', 'N4', 'DMG', 'REF', 'PER'],
                },
                claim,
              ],
            },
          ],
        },
      ],
    },
  ],
};
