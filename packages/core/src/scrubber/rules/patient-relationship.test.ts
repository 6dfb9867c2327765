import { describe, expect, it } from 'vitest';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { patientRelationship } from './patient-relationship.ts';

describe('REQ-REL-001 patient relationship', () => {
  it('passes self, and a child with the subscriber named', () => {
    expect(patientRelationship.check(cleanClaim, context)).toEqual([]);
    expect(patientRelationship.check(claimWith({ relationship: '19' }), context)).toEqual([]);
  });
  it('flags an unknown code and a missing subscriber', () => {
    expect(patientRelationship.check(claimWith({ relationship: '03' }), context)[0]?.field).toBe(
      'relationship',
    );
    const noSubscriber = claimWith({ relationship: '01', subscriber: { memberId: 'W1' } });
    expect(patientRelationship.check(noSubscriber, context)[0]?.message).toContain('spouse');
  });
});
