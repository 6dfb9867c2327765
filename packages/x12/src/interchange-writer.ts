import type { SegmentInput } from './writer.ts';

/** Who sends and receives an interchange, and the numbers that identify it (ASC X12.5 ISA/GS). */
export interface InterchangeEnvelope {
  /** ISA05/ISA06, e.g. `ZZ` and the submitter ID the clearinghouse assigned. */
  readonly senderQualifier: string;
  readonly senderId: string;
  /** ISA07/ISA08. */
  readonly receiverQualifier: string;
  readonly receiverId: string;
  /** GS02/GS03 application sender and receiver codes. */
  readonly applicationSender: string;
  readonly applicationReceiver: string;
  /** ISA13, unique per sender: handed in by the caller, who persists it. */
  readonly interchangeControlNumber: number;
  /** GS06, unique per sender. */
  readonly groupControlNumber: number;
  /** GS01: FA (999), HC (837), HP (835), HS (270), HR (276)… */
  readonly functionalId: string;
  /** GS08, e.g. `005010X231A1`. */
  readonly version: string;
  /** When the interchange was made: `YYYY-MM-DD` and `HHMM`. */
  readonly date: string;
  readonly time: string;
  /** ISA15: P production, T test. */
  readonly usage: 'P' | 'T';
  /** ISA14: 1 to ask for a TA1. */
  readonly acknowledgmentRequested?: boolean;
}

const pad = (value: string, width: number) => value.slice(0, width).padEnd(width, ' ');

/**
 * Wraps complete transaction sets (ST…SE) in one functional group and one interchange with
 * correct counts: GE01 = number of sets, IEA01 = 1 group, control numbers repeated in GE02 and
 * IEA02. ISA elements are written at their fixed widths (TR3 Appendix C).
 */
export function wrapInterchange(
  sets: readonly (readonly SegmentInput[])[],
  env: InterchangeEnvelope,
): SegmentInput[] {
  const isa13 = String(env.interchangeControlNumber).padStart(9, '0');
  if (isa13.length !== 9)
    throw new RangeError(
      `interchange control number ${env.interchangeControlNumber} has more than 9 digits`,
    );
  const yymmdd = env.date.replaceAll('-', '').slice(2);
  const ccyymmdd = env.date.replaceAll('-', '');
  return [
    {
      id: 'ISA',
      elements: [
        '00',
        pad('', 10),
        '00',
        pad('', 10),
        pad(env.senderQualifier, 2),
        pad(env.senderId, 15),
        pad(env.receiverQualifier, 2),
        pad(env.receiverId, 15),
        yymmdd,
        env.time,
        '^',
        '00501',
        isa13,
        env.acknowledgmentRequested ? '1' : '0',
        env.usage,
        ':',
      ],
    },
    {
      id: 'GS',
      elements: [
        env.functionalId,
        env.applicationSender,
        env.applicationReceiver,
        ccyymmdd,
        env.time,
        String(env.groupControlNumber),
        'X',
        env.version,
      ],
    },
    ...sets.flat(),
    { id: 'GE', elements: [String(sets.length), String(env.groupControlNumber)] },
    { id: 'IEA', elements: ['1', isa13] },
  ];
}
