import type { LoopDef, LoopTrigger, TransactionGrammar } from '../loop-grammar.ts';

const hl = (level: string): LoopTrigger => ({ id: 'HL', element: 3, values: [level] });
const nm1: LoopTrigger = { id: 'NM1' };
const trn: LoopTrigger = { id: 'TRN' };

/** A patient level (2000D subscriber / 2000E dependent): name, then one 2200 loop per claim. */
function patientLevel(letter: 'D' | 'E', request: boolean, children: readonly LoopDef[] = []) {
  const who = letter === 'D' ? 'Subscriber' : 'Dependent';
  const line: LoopDef = {
    id: `22${request ? '1' : '2'}0${letter}`,
    name: 'Service Line Information',
    trigger: { id: 'SVC' },
    segments: request ? ['REF', 'DTP'] : ['STC', 'REF', 'DTP'],
  };
  return {
    id: `2000${letter}`,
    name: `${who} Level`,
    trigger: hl(letter === 'D' ? '22' : '23'),
    segments: request ? ['DMG'] : [],
    loops: [
      { id: `2100${letter}`, name: `${who} Name`, trigger: nm1, segments: [] },
      {
        id: `2200${letter}`,
        name: 'Claim Status Tracking Number',
        trigger: trn,
        segments: request ? ['REF', 'AMT', 'DTP'] : ['STC', 'REF', 'DTP'],
        loops: [line],
      },
      ...children,
    ],
  } satisfies LoopDef;
}

/** 2000A payer, 2000B receiver, 2000C provider over the patient levels. */
function hierarchy(request: boolean): LoopDef[] {
  // The 277 answers at the receiver and provider levels too (e.g. E0:24 provider not found).
  const traced = (id: string, name: string): LoopDef[] =>
    request ? [] : [{ id, name, trigger: trn, segments: ['STC'] }];
  return [
    {
      id: '2000A',
      name: 'Information Source Level',
      trigger: hl('20'),
      segments: [],
      loops: [
        { id: '2100A', name: 'Payer Name', trigger: nm1, segments: request ? [] : ['PER'] },
        {
          id: '2000B',
          name: 'Information Receiver Level',
          trigger: hl('21'),
          segments: [],
          loops: [
            { id: '2100B', name: 'Information Receiver Name', trigger: nm1, segments: [] },
            ...traced('2200B', 'Information Receiver Trace Identifier'),
            {
              id: '2000C',
              name: 'Service Provider Level',
              trigger: hl('19'),
              segments: [],
              loops: [
                { id: '2100C', name: 'Provider Name', trigger: nm1, segments: [] },
                ...traced('2200C', 'Provider of Service Trace Identifier'),
                patientLevel('D', request, [patientLevel('E', request)]),
              ],
            },
          ],
        },
      ],
    },
  ];
}

/**
 * 276 Health Care Claim Status Request, 005010X212: BHT; 2000A/2100A payer; 2000B/2100B
 * information receiver (the submitter); 2000C/2100C service provider; 2000D subscriber (DMG,
 * 2100D NM1*IL) and 2000E dependent (DMG, 2100E NM1*QC), each with 2200D/E claims (TRN, REF*1K
 * /BLT/EJ/XZ/D9, AMT*T3, DTP*472) and 2210D/E service lines (SVC, REF*FJ, DTP*472).
 */
export const grammar276: TransactionGrammar = {
  set: '276',
  guide: '005010X212',
  name: 'Health Care Claim Status Request',
  segments: ['ST', 'BHT', 'SE'],
  loops: hierarchy(true),
};

/**
 * 277 Health Care Claim Status Response, 005010X212: the 276's levels; 2100A adds PER payer
 * contacts; receiver and provider levels may carry a trace and status (2200B/2200C TRN, STC:
 * e.g. provider not found); each claim (2200D/E) has TRN, STC (category, status, entity,
 * charge, payment, adjudication and check dates, check number), REF and DTP*472, and each line
 * (2220D/E) SVC, STC, REF*FJ, DTP*472.
 */
export const grammar277: TransactionGrammar = {
  set: '277',
  guide: '005010X212',
  name: 'Health Care Claim Status Response',
  segments: ['ST', 'BHT', 'SE'],
  loops: hierarchy(false),
};

/** HL03 levels of 005010X212: 20 payer, 21 receiver, 19 provider, 22 subscriber, 23 dependent. */
export const claimStatusHlParents = {
  '20': undefined,
  '21': '20',
  '19': '21',
  '22': '19',
  '23': '22',
} as const;
