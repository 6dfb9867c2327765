import type { TransactionGrammar } from '../loop-grammar.ts';

/**
 * 999 Implementation Acknowledgment, 005010X231A1: header AK1 (the functional group
 * acknowledged), 2000 transaction set response (AK2 … IK5), 2100 segment error (IK3 with its
 * CTX), 2110 element error (IK4 with its CTX), summary AK9 (the group's status and counts).
 */
export const grammar999: TransactionGrammar = {
  set: '999',
  guide: '005010X231A1',
  name: 'Implementation Acknowledgment',
  segments: ['ST', 'AK1', 'AK9', 'SE'],
  loops: [
    {
      id: '2000',
      name: 'Transaction Set Response Header',
      trigger: { id: 'AK2' },
      segments: ['IK5'],
      loops: [
        {
          id: '2100',
          name: 'Error Identification',
          trigger: { id: 'IK3' },
          segments: ['CTX'],
          loops: [
            {
              id: '2110',
              name: 'Implementation Data Element Note',
              trigger: { id: 'IK4' },
              segments: ['CTX'],
            },
          ],
        },
      ],
    },
  ],
};
