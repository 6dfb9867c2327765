import type { LoopDef, TransactionGrammar } from '../loop-grammar.ts';

const nm1 = (values: readonly string[]) => ({ id: 'NM1', element: 1, values });
const hl = (level: string) => ({ id: 'HL', element: 3, values: [level] });

/** 2000D patient level: 2100D patient name, 2200D claim status, 2220D service line status. */
const patientLevel: LoopDef = {
  id: '2000D',
  name: 'Patient Level',
  trigger: hl('PT'),
  segments: [],
  loops: [
    { id: '2100D', name: 'Patient Name', trigger: nm1(['QC']), segments: [] },
    {
      id: '2200D',
      name: 'Claim Status Tracking Number',
      trigger: { id: 'TRN' },
      segments: ['STC', 'REF', 'DTP'],
      loops: [
        {
          id: '2220D',
          name: 'Service Line Information',
          trigger: { id: 'SVC' },
          segments: ['STC', 'REF', 'DTP'],
        },
      ],
    },
  ],
};

/**
 * 277 Health Care Claim Acknowledgment (277CA), 005010X214: header BHT; 2000A information
 * source (HL*20) with 2100A payer name and 2200A transmission receipt (TRN, DTP*050/009);
 * 2000B information receiver (HL*21) with 2100B and 2200B (TRN, STC, QTY, AMT); 2000C billing
 * provider (HL*19) with 2100C and 2200C (TRN, STC, REF, QTY, AMT); 2000D patient (HL*PT) with
 * 2100D, 2200D claim status (TRN, STC, REF, DTP) and 2220D service lines (SVC, STC, REF, DTP).
 */
export const grammar277ca: TransactionGrammar = {
  set: '277',
  guide: '005010X214',
  name: 'Health Care Claim Acknowledgment',
  segments: ['ST', 'BHT', 'SE'],
  loops: [
    {
      id: '2000A',
      name: 'Information Source Level',
      trigger: hl('20'),
      segments: [],
      loops: [
        { id: '2100A', name: 'Payer Name', trigger: nm1(['PR', 'AY']), segments: [] },
        {
          id: '2200A',
          name: 'Transmission Receipt Control Identifier',
          trigger: { id: 'TRN' },
          segments: ['DTP'],
        },
        {
          id: '2000B',
          name: 'Information Receiver Level',
          trigger: hl('21'),
          segments: [],
          loops: [
            { id: '2100B', name: 'Information Receiver Name', trigger: nm1(['41']), segments: [] },
            {
              id: '2200B',
              name: 'Information Receiver Application Trace Identifier',
              trigger: { id: 'TRN' },
              segments: ['STC', 'QTY', 'AMT'],
            },
            {
              id: '2000C',
              name: 'Billing Provider of Service Level',
              trigger: hl('19'),
              segments: [],
              loops: [
                {
                  id: '2100C',
                  name: 'Billing Provider Name',
                  trigger: nm1(['85']),
                  segments: [],
                },
                {
                  id: '2200C',
                  name: 'Provider of Service Information Trace Identifier',
                  trigger: { id: 'TRN' },
                  segments: ['STC', 'REF', 'QTY', 'AMT'],
                },
                patientLevel,
              ],
            },
          ],
        },
      ],
    },
  ],
};
