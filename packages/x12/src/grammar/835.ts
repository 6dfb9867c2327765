import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';

/** Loop 2100 claim payment information (CLP) with its 2110 service lines (SVC). */
const claimPayment: LoopDef = {
  id: '2100',
  name: 'Claim Payment Information',
  trigger: { id: 'CLP' },
  segments: ['CAS', 'NM1', 'MIA', 'MOA', 'REF', 'DTM', 'PER', 'AMT', 'QTY'],
  loops: [
    {
      id: '2110',
      name: 'Service Payment Information',
      trigger: { id: 'SVC' },
      segments: ['DTM', 'CAS', 'REF', 'AMT', 'QTY', 'LQ'],
    },
  ],
};

/**
 * 835 Health Care Claim Payment/Advice, 005010X221A1: header (BPR, TRN, CUR, REF, DTM),
 * 1000A payer (N1*PR), 1000B payee (N1*PE), 2000 header number (LX), 2100 claim payment
 * information (CLP), 2110 service payment information (SVC), summary (PLB).
 * LX is required when claims follow (TR3 2000 LX); a CLP without it is read at path `2100`.
 */
export const grammar835: TransactionGrammar = {
  set: '835',
  guide: '005010X221A1',
  name: 'Health Care Claim Payment/Advice',
  segments: ['ST', 'BPR', 'TRN', 'CUR', 'REF', 'DTM', 'PLB', 'SE'],
  loops: [
    {
      id: '1000A',
      name: 'Payer Identification',
      trigger: { id: 'N1', element: 1, values: ['PR'] },
      segments: ['N3', 'N4', 'REF', 'PER'],
    },
    {
      id: '1000B',
      name: 'Payee Identification',
      trigger: { id: 'N1', element: 1, values: ['PE'] },
      segments: ['N3', 'N4', 'REF', 'RDM'],
    },
    // Payers that omit the 2000 LX put CLP right after 1000B; it is read (and reported).
    claimPayment,
    {
      id: '2000',
      name: 'Header Number',
      trigger: { id: 'LX' },
      segments: ['TS3', 'TS2'],
      loops: [claimPayment],
    },
  ],
};
