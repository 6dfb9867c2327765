import type { Payer, Receiver } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { payers, practices, receivers } from '@medbill/db';
import type { Build837pInput } from '@medbill/x12';

/** Who a file is addressed to and from: the envelope's IDs, 1000A and 1000B. */
export interface ClaimRoute {
  readonly envelope: Pick<
    Build837pInput['envelope'],
    | 'senderQualifier'
    | 'senderId'
    | 'receiverQualifier'
    | 'receiverId'
    | 'applicationSender'
    | 'applicationReceiver'
  >;
  readonly submitter: Build837pInput['submitter'];
  readonly receiver: Build837pInput['receiver'];
}

/**
 * Groups claims by where their files go: every payer linked to a receiver (a clearinghouse)
 * shares its files and the IDs it assigned; a payer without one gets its own files, addressed
 * to its payer ID and sent by the practice's NPI (direct submission). Claims keep their order.
 */
export async function routeClaims(
  q: Queryable,
  orgId: string,
  claims: readonly ClaimRecord[],
): Promise<{ route: ClaimRoute; claims: ClaimRecord[] }[]> {
  const payerOf = await payers.getMany(
    q,
    orgId,
    claims.map((c) => c.payerId),
  );
  const receiverOf = await receivers.getMany(
    q,
    orgId,
    [...payerOf.values()].flatMap((p) => (p.receiverId ? [p.receiverId] : [])),
  );
  const groups = new Map<string, { first: ClaimRecord; payer: Payer; claims: ClaimRecord[] }>();
  for (const claim of claims) {
    const payer = payerOf.get(claim.payerId);
    if (!payer) throw new Error(`claim ${claim.claimNumber} refers to a missing payer`);
    const key = payer.receiverId ? `receiver:${payer.receiverId}` : `payer:${payer.id}`;
    const group = groups.get(key) ?? { first: claim, payer, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  const routed = [];
  for (const { first, payer, claims: grouped } of groups.values()) {
    const receiver = payer.receiverId ? receiverOf.get(payer.receiverId) : undefined;
    if (payer.receiverId && !receiver)
      throw new Error(`payer ${payer.name} refers to a missing receiver`);
    routed.push({
      route: receiver ? throughReceiver(receiver) : await direct(q, orgId, first, payer),
      claims: grouped,
    });
  }
  return routed;
}

function throughReceiver(r: Receiver): ClaimRoute {
  return {
    envelope: {
      senderQualifier: r.interchangeSenderQualifier,
      senderId: r.interchangeSenderId,
      receiverQualifier: r.interchangeReceiverQualifier,
      receiverId: r.interchangeReceiverId,
      applicationSender: r.applicationSenderCode,
      applicationReceiver: r.applicationReceiverCode,
    },
    submitter: {
      name: r.submitterName,
      id: r.submitterId,
      contactName: r.submitterContactName,
      phone: r.submitterPhone,
    },
    receiver: { name: r.name, id: r.receiverId },
  };
}

async function direct(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
  payer: Payer,
): Promise<ClaimRoute> {
  const practice = await practices.get(q, orgId, claim.practiceId);
  if (!practice) throw new Error(`claim ${claim.claimNumber} refers to a missing practice`);
  return {
    envelope: {
      senderQualifier: 'ZZ',
      senderId: practice.npi,
      receiverQualifier: 'ZZ',
      receiverId: payer.payerId,
      applicationSender: practice.npi,
      applicationReceiver: payer.payerId,
    },
    submitter: {
      name: practice.name,
      id: practice.npi,
      contactName: 'BILLING OFFICE',
      phone: practice.phone ?? '0000000000',
    },
    receiver: { name: payer.name, id: payer.payerId },
  };
}
