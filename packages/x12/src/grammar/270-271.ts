import type { LoopDef, LoopTrigger, TransactionGrammar } from '../loop-grammar.ts';

const hl = (level: string): LoopTrigger => ({ id: 'HL', element: 3, values: [level] });
const nm1: LoopTrigger = { id: 'NM1' };

/** A person level (2000C subscriber / 2000D dependent) of the 270 or the 271. */
function personLevel(
  letter: 'C' | 'D',
  request: boolean,
  children: readonly LoopDef[] = [],
): LoopDef {
  const who = letter === 'C' ? 'Subscriber' : 'Dependent';
  const name = request
    ? ['REF', 'N3', 'N4', 'PRV', 'DMG', 'INS', 'HI', 'DTP']
    : ['REF', 'N3', 'N4', 'AAA', 'PRV', 'DMG', 'INS', 'HI', 'DTP', 'MPI'];
  const benefit: LoopDef = request
    ? {
        id: `2110${letter}`,
        name: `${who} Eligibility or Benefit Inquiry`,
        trigger: { id: 'EQ' },
        segments: ['AMT', 'III', 'REF', 'DTP'],
      }
    : {
        id: `2110${letter}`,
        name: `${who} Eligibility or Benefit Information`,
        trigger: { id: 'EB' },
        segments: ['HSD', 'REF', 'DTP', 'AAA', 'MSG', 'LS', 'LE'],
        loops: [
          {
            id: `2115${letter}`,
            name: `${who} Eligibility or Benefit Additional Information`,
            trigger: { id: 'III' },
            segments: [],
          },
          {
            id: `2120${letter}`,
            name: `${who} Benefit Related Entity`,
            trigger: nm1,
            segments: ['N3', 'N4', 'PER', 'PRV'],
          },
        ],
      };
  return {
    id: `2000${letter}`,
    name: `${who} Level`,
    trigger: hl(letter === 'C' ? '22' : '23'),
    segments: ['TRN'],
    loops: [
      {
        id: `2100${letter}`,
        name: `${who} Name`,
        trigger: nm1,
        segments: name,
        loops: [benefit],
      },
      ...children,
    ],
  };
}

/** 2000A information source (the payer) over 2000B receiver (the provider) over `people`. */
function hierarchy(request: boolean, people: LoopDef): LoopDef[] {
  return [
    {
      id: '2000A',
      name: 'Information Source Level',
      trigger: hl('20'),
      segments: request ? [] : ['AAA'],
      loops: [
        {
          id: '2100A',
          name: 'Information Source Name',
          trigger: nm1,
          segments: request ? [] : ['PER', 'AAA'],
        },
        {
          id: '2000B',
          name: 'Information Receiver Level',
          trigger: hl('21'),
          segments: [],
          loops: [
            {
              id: '2100B',
              name: 'Information Receiver Name',
              trigger: nm1,
              segments: request ? ['REF', 'N3', 'N4', 'PRV'] : ['REF', 'N3', 'N4', 'AAA', 'PRV'],
            },
            people,
          ],
        },
      ],
    },
  ];
}

/**
 * 270 Eligibility, Coverage or Benefit Inquiry, 005010X279A1: BHT; 2000A/2100A information
 * source (payer); 2000B/2100B information receiver (provider); 2000C subscriber (TRN) with
 * 2100C name and demographics (NM1*IL, DMG, DTP*291) and 2110C inquiries (EQ); 2000D dependent
 * with 2100D/2110D alike.
 */
export const grammar270: TransactionGrammar = {
  set: '270',
  guide: '005010X279A1',
  name: 'Eligibility, Coverage or Benefit Inquiry',
  segments: ['ST', 'BHT', 'SE'],
  loops: hierarchy(true, personLevel('C', true, [personLevel('D', true)])),
};

/**
 * 271 Eligibility, Coverage or Benefit Information, 005010X279A1: the 270's levels, each able
 * to carry AAA request validations, with 2110C/2110D eligibility or benefit information (EB,
 * HSD, REF, DTP, AAA, MSG), 2115C/D additional information (III) and, between LS and LE,
 * 2120C/D benefit related entities (NM1, N3, N4, PER, PRV).
 */
export const grammar271: TransactionGrammar = {
  set: '271',
  guide: '005010X279A1',
  name: 'Eligibility, Coverage or Benefit Information',
  segments: ['ST', 'BHT', 'SE'],
  loops: hierarchy(false, personLevel('C', false, [personLevel('D', false)])),
};

/** HL03 levels of 005010X279A1: 20 source, 21 receiver, 22 subscriber, 23 dependent. */
export const eligibilityHlParents = {
  '20': undefined,
  '21': '20',
  '22': '21',
  '23': '22',
} as const;
