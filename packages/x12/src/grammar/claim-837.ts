import type { LoopDef } from '../loop-grammar.ts';

const nm1 = (values: readonly string[]) => ({ id: 'NM1', element: 1, values });
const hl = (level: string) => ({ id: 'HL', element: 3, values: [level] });

/** A loop an NM1 with one of `roles` in NM101 opens. */
export const named = (
  id: string,
  name: string,
  roles: readonly string[],
  segments: readonly string[] = ['REF'],
): LoopDef => ({ id, name, trigger: nm1(roles), segments });

/** 2430 line adjudication (SVD, CAS, DTP*573, AMT), the same in every 837 guide. */
export const lineAdjudication: LoopDef = {
  id: '2430',
  name: 'Line Adjudication Information',
  trigger: { id: 'SVD' },
  segments: ['CAS', 'DTP', 'AMT'],
};

/**
 * 2320 other subscriber (SBR) with its 2330A subscriber and 2330B payer, which every 837
 * guide shares, then the guide's own 2330 provider loops.
 */
export const otherSubscriber = (
  segments: readonly string[],
  providerLoops: readonly LoopDef[],
): LoopDef => ({
  id: '2320',
  name: 'Other Subscriber Information',
  trigger: { id: 'SBR' },
  segments,
  loops: [
    named('2330A', 'Other Subscriber Name', ['IL'], ['N3', 'N4', 'REF']),
    named('2330B', 'Other Payer Name', ['PR'], ['N3', 'N4', 'DTP', 'REF']),
    ...providerLoops,
  ],
});

/** Where the 837 guides differ around the claim: segments of 2000B and of the person loops. */
export interface ClaimHierarchyOptions {
  /** Segments of 2000B besides its HL. */
  readonly subscriberLevel: readonly string[];
  /** Segments of 2010BA subscriber and 2010CA patient besides their NM1. */
  readonly personName: readonly string[];
}

/**
 * The loops every 837 shares around its 2300 claim: 1000A submitter (NM1*41), 1000B receiver
 * (NM1*40), 2000A billing provider (HL*20) with 2010AA/AB/AC, 2000B subscriber (HL*22) with
 * 2010BA/BB, 2000C patient (HL*23, PAT) with 2010CA, and the claim under 2000B or 2000C.
 */
export const claimHierarchy = (
  claim: LoopDef,
  { subscriberLevel, personName }: ClaimHierarchyOptions,
): readonly LoopDef[] => [
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
        segments: subscriberLevel,
        loops: [
          named('2010BA', 'Subscriber Name', ['IL'], personName),
          named('2010BB', 'Payer Name', ['PR'], ['N3', 'N4', 'REF']),
          claim,
          {
            id: '2000C',
            name: 'Patient Hierarchical Level',
            trigger: hl('23'),
            segments: ['PAT'],
            loops: [named('2010CA', 'Patient Name', ['QC'], personName), claim],
          },
        ],
      },
    ],
  },
];
