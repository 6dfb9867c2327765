import { describe, expect, it } from 'vitest';
import type { Claim837p } from './build-837p-input.ts';
import { dependentClaim, selfClaim } from './build-837p.fixture.ts';
import { groupClaims } from './build-837p-tree.ts';

/** A copy of `claim` in new objects (as claims made from database rows would be). */
const copy = (claim: Claim837p, pcn: string): Claim837p => ({
  ...structuredClone<Claim837p>(claim),
  patientControlNumber: pcn,
});

/** The tree as patient control numbers: [provider [subscriber [own claims, [patient claims]]]]. */
const shape = (claims: readonly Claim837p[]) =>
  groupClaims(claims).map((p) =>
    p.subscribers.map((s) => [
      s.claims.map((c) => c.patientControlNumber),
      s.patients.map((l) => l.claims.map((c) => c.patientControlNumber)),
    ]),
  );

describe('groupClaims', () => {
  it('puts equal parties in one level, whatever objects hold them, in order of first appearance', () => {
    const a = copy(selfClaim, 'A');
    const b = copy(dependentClaim, 'B');
    expect(shape([a, b, copy(selfClaim, 'C'), copy(dependentClaim, 'D')])).toEqual([
      [
        [['A', 'C'], []],
        [[], [['B', 'D']]],
      ],
    ]);
  });

  it.each<[string, (c: Claim837p) => Claim837p]>([
    [
      'billing provider ZIP',
      (c) => ({
        ...c,
        billingProvider: {
          ...c.billingProvider,
          address: { ...c.billingProvider.address, zip: '62702' },
        },
      }),
    ],
    [
      'billing provider pay-to address',
      (c) => ({
        ...c,
        billingProvider: { ...c.billingProvider, payToAddress: c.billingProvider.address },
      }),
    ],
    [
      'subscriber group number',
      (c) => ({ ...c, subscriber: { ...c.subscriber, groupNumber: 'OTHER' } }),
    ],
    [
      'subscriber first name, same member ID',
      (c) => ({ ...c, subscriber: { ...c.subscriber, firstName: 'Janet' } }),
    ],
    ['payer ID', (c) => ({ ...c, payer: { ...c.payer, payerId: '99999' } })],
  ])('opens a new level when the %s differs', (what, change) => {
    const first = copy(selfClaim, 'A');
    const tree = groupClaims([first, change(copy(selfClaim, 'B')), copy(selfClaim, 'C')]);
    const levels = what.startsWith('billing')
      ? tree.length
      : tree.reduce((n, p) => n + p.subscribers.length, 0);
    expect(levels).toBe(2);
    expect(tree[0]?.subscribers[0]?.claims.map((c) => c.patientControlNumber)).toEqual(['A', 'C']);
  });

  it('takes an absent optional value as equal to an empty one', () => {
    const a = copy(selfClaim, 'A');
    const b = copy(selfClaim, 'B');
    const withoutGroup = { ...b, subscriber: { ...b.subscriber, groupNumber: '' } };
    const { groupNumber: _, ...subscriber } = a.subscriber;
    const noGroup = { ...a, subscriber };
    expect(shape([noGroup, withoutGroup])).toEqual([[[['A', 'B'], []]]]);
  });

  it('keeps two dependents of one subscriber apart, and their claims with them', () => {
    const child = copy(dependentClaim, 'A');
    const sibling: Claim837p = {
      ...copy(dependentClaim, 'B'),
      patient: { ...dependentClaim.patient!, firstName: 'Sam' },
    };
    expect(shape([child, sibling, copy(dependentClaim, 'C')])).toEqual([
      [[[], [['A', 'C'], ['B']]]],
    ]);
  });
});
