import { describe, expect, it } from 'vitest';
import { emptyCoverage, registrationBody } from './registration-body.ts';
import type { RegistrationFields } from './registration-body.ts';

const form: RegistrationFields = {
  patient: {
    lastName: 'Rivera',
    firstName: 'Mia',
    dateOfBirth: '2019-04-12',
    sex: 'F',
    line1: '12 Oak Ave',
    city: 'Springfield',
    state: 'IL',
    zip: '62704',
    phone: '',
  },
  guarantorRelationship: 'parent',
  guarantor: { lastName: 'Rivera', firstName: 'Maria' },
  coverages: [
    {
      ...emptyCoverage(),
      payerId: 'p1',
      memberId: 'W123',
      relationship: '19',
      effectiveFrom: '2024-01-01',
      subscriber: { lastName: 'Rivera', firstName: 'Maria', dateOfBirth: '1986-02-03', sex: 'F' },
    },
    { ...emptyCoverage(), payerId: 'p2', memberId: 'M9', effectiveFrom: '2024-01-01' },
  ],
};

describe('registrationBody', () => {
  const body = registrationBody(form) as {
    patient: Record<string, unknown>;
    guarantor: Record<string, unknown>;
    coverages: Record<string, unknown>[];
  };

  it('orders the coverages as entered and names the subscriber only when not the patient', () => {
    expect(body.coverages.map((c) => c.order)).toEqual(['primary', 'secondary']);
    expect(body.coverages[0]?.subscriber).toMatchObject({
      firstName: 'Maria',
      address: { line1: '12 Oak Ave', zip: '62704' },
    });
    expect(body.coverages[1]).not.toHaveProperty('subscriber');
    expect(body.coverages[1]).not.toHaveProperty('groupNumber');
  });

  it('sends why Medicare pays second on a secondary coverage, never on the primary', () => {
    const msp = registrationBody({
      ...form,
      coverages: [
        { ...emptyCoverage(), payerId: 'p2', medicareSecondaryType: '12' },
        { ...emptyCoverage(), payerId: 'medicare', medicareSecondaryType: '43' },
      ],
    }).coverages as Record<string, unknown>[];
    expect(msp[0]).not.toHaveProperty('medicareSecondaryType');
    expect(msp[1]).toMatchObject({ order: 'secondary', medicareSecondaryType: '43' });
    expect(body.coverages[1]).not.toHaveProperty('medicareSecondaryType');
  });

  it('leaves out an empty phone and names a guarantor who is not the patient', () => {
    expect(body.patient).not.toHaveProperty('phone');
    expect(body.guarantor).toMatchObject({ relationship: 'parent', firstName: 'Maria' });
  });

  it('sends a self guarantor without other fields', () => {
    expect(registrationBody({ ...form, guarantorRelationship: 'self' }).guarantor).toEqual({
      relationship: 'self',
    });
  });
});
