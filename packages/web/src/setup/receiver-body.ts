import type { Receiver } from '../api/types.ts';

export type ReceiverFields = Omit<Receiver, 'id'>;

/** ISA05/ISA07 interchange ID qualifiers (005010). */
export const INTERCHANGE_ID_QUALIFIERS: readonly { value: string; label: string }[] = [
  { value: 'ZZ', label: 'ZZ — Mutually defined' },
  { value: '01', label: '01 — DUNS' },
  { value: '14', label: '14 — DUNS with suffix' },
  { value: '20', label: '20 — Health industry number (HIN)' },
  { value: '27', label: '27 — Carrier ID (CMS)' },
  { value: '28', label: '28 — Fiscal intermediary ID (CMS)' },
  { value: '29', label: '29 — Medicare provider ID (CMS)' },
  { value: '30', label: '30 — Federal tax ID' },
  { value: '33', label: '33 — NAIC company code' },
];

export const receiverFields = (receiver?: Receiver): ReceiverFields => ({
  name: receiver?.name ?? '',
  receiverId: receiver?.receiverId ?? '',
  interchangeSenderQualifier: receiver?.interchangeSenderQualifier ?? 'ZZ',
  interchangeSenderId: receiver?.interchangeSenderId ?? '',
  interchangeReceiverQualifier: receiver?.interchangeReceiverQualifier ?? 'ZZ',
  interchangeReceiverId: receiver?.interchangeReceiverId ?? '',
  applicationSenderCode: receiver?.applicationSenderCode ?? '',
  applicationReceiverCode: receiver?.applicationReceiverCode ?? '',
  submitterName: receiver?.submitterName ?? '',
  submitterId: receiver?.submitterId ?? '',
  submitterContactName: receiver?.submitterContactName ?? '',
  submitterPhone: receiver?.submitterPhone ?? '',
});
