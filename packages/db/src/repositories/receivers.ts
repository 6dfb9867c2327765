import type { Receiver, ReceiverInput } from '@medbill/core';
import { tableRepository } from './table-repository.ts';

/** Clearinghouses and the identifiers they assigned (see `receiverInput`). */
export const receivers = tableRepository<ReceiverInput, Receiver>({
  table: 'receivers',
  orderBy: 'name, id',
  searchColumns: ['name', 'receiver_id'],
  columns: (r) => ({
    name: r.name,
    receiver_id: r.receiverId,
    interchange_sender_qualifier: r.interchangeSenderQualifier,
    interchange_sender_id: r.interchangeSenderId,
    interchange_receiver_qualifier: r.interchangeReceiverQualifier,
    interchange_receiver_id: r.interchangeReceiverId,
    application_sender_code: r.applicationSenderCode,
    application_receiver_code: r.applicationReceiverCode,
    submitter_name: r.submitterName,
    submitter_id: r.submitterId,
    submitter_contact_name: r.submitterContactName,
    submitter_phone: r.submitterPhone,
  }),
  fromRow: (row) => ({
    id: String(row.id),
    name: String(row.name),
    receiverId: String(row.receiver_id),
    interchangeSenderQualifier: String(
      row.interchange_sender_qualifier,
    ) as Receiver['interchangeSenderQualifier'],
    interchangeSenderId: String(row.interchange_sender_id),
    interchangeReceiverQualifier: String(
      row.interchange_receiver_qualifier,
    ) as Receiver['interchangeReceiverQualifier'],
    interchangeReceiverId: String(row.interchange_receiver_id),
    applicationSenderCode: String(row.application_sender_code),
    applicationReceiverCode: String(row.application_receiver_code),
    submitterName: String(row.submitter_name),
    submitterId: String(row.submitter_id),
    submitterContactName: String(row.submitter_contact_name),
    submitterPhone: String(row.submitter_phone),
  }),
});
