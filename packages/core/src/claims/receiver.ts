import { z } from 'zod';
import { nameText, phoneField } from '../entities/fields.ts';

/** ISA05/ISA07 interchange ID qualifiers (005010): DUNS, HIN, NAIC, CMS IDs, federal tax ID, mutually defined. */
export const INTERCHANGE_ID_QUALIFIERS = [
  '01',
  '14',
  '20',
  '27',
  '28',
  '29',
  '30',
  '33',
  'ZZ',
] as const;

/** Letters, digits and spaces only: an X12 identifier never carries a delimiter. */
const x12Id = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(
      new RegExp(`^[0-9A-Z][0-9A-Z ]{${min - 1},${max - 1}}$`, 'i'),
      `expected the ${what} your clearinghouse assigned: ${min} to ${max} letters and digits`,
    )
    .transform((id) => id.toUpperCase());

/**
 * A receiver of 837 files, usually a clearinghouse, with the identifiers it assigned to the
 * practice: the interchange envelope (ISA05-ISA08), the functional group (GS02/GS03), the
 * submitter (1000A NM1*41 and PER*IC) and its own name and ID (1000B NM1*40). Payers linked to a
 * receiver are sent in its files; a payer without one receives its own files directly.
 */
export const receiverInput = z.object({
  /** 1000B NM103. */
  name: nameText(60),
  /** 1000B NM109 (ETIN of the receiver). */
  receiverId: x12Id(2, 80, 'receiver ID'),
  interchangeSenderQualifier: z.enum(INTERCHANGE_ID_QUALIFIERS).default('ZZ'),
  /** ISA06: the practice's submitter ID at the clearinghouse. */
  interchangeSenderId: x12Id(1, 15, 'interchange sender ID (ISA06)'),
  interchangeReceiverQualifier: z.enum(INTERCHANGE_ID_QUALIFIERS).default('ZZ'),
  /** ISA08. */
  interchangeReceiverId: x12Id(1, 15, 'interchange receiver ID (ISA08)'),
  /** GS02. */
  applicationSenderCode: x12Id(2, 15, 'application sender code (GS02)'),
  /** GS03. */
  applicationReceiverCode: x12Id(2, 15, 'application receiver code (GS03)'),
  /** 1000A NM103: who submits (the practice or its billing company). */
  submitterName: nameText(60),
  /** 1000A NM109: the submitter's ETIN at the clearinghouse. */
  submitterId: x12Id(2, 80, 'submitter ID'),
  /** 1000A PER02 and PER04. */
  submitterContactName: nameText(60),
  submitterPhone: phoneField,
});

export type ReceiverInput = z.output<typeof receiverInput>;
export type Receiver = ReceiverInput & { readonly id: string };
