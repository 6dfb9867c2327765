import type { ScrubRule } from '../rule.ts';

/** TR3 2010BA NM108 MI / NM109: the subscriber's member identifier from the card. */
export const subscriberMemberId: ScrubRule = {
  id: 'REQ-SUB-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2010BA NM109',
  title: 'Subscriber member ID is present',
  check: (claim) => {
    const id = claim.subscriber.memberId.trim();
    if (id.length >= 2 && /^[0-9A-Z-]+$/i.test(id)) return [];
    return [
      {
        field: 'subscriber.memberId',
        message: id
          ? `Member ID "${id}" is not an ID a payer issues (letters, digits, hyphens).`
          : 'The subscriber member ID is missing.',
        fix: "Copy the member ID from the patient's insurance card into the coverage.",
      },
    ];
  },
};
