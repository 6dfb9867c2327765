import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { subscriberMemberId } from './subscriber-member-id.ts';

describe('REQ-SUB-001 subscriber member ID', () => {
  it('passes an ID from the card', () =>
    expect(subscriberMemberId.check(cleanClaim, context)).toEqual([]));
  it.each([' ', 'X', 'ABC 123', 'W123#'])('flags %j', (memberId) =>
    expect(
      subscriberMemberId.check(
        claimWith({ subscriber: { ...cleanClaim.subscriber, memberId } }),
        context,
      ),
    ).toHaveLength(1),
  );
});
