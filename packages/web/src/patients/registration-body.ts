/** The registration form as typed, before it becomes the API's body. */
export interface PersonFields {
  lastName: string;
  firstName: string;
  dateOfBirth: string;
  sex: string;
}

export interface CoverageFields {
  payerId: string;
  memberId: string;
  groupNumber: string;
  /** X12 individual relationship code: 18 self, 01 spouse, 19 child, G8 other. */
  relationship: string;
  effectiveFrom: string;
  /** MSP type (SBR05) when Medicare is this secondary or tertiary coverage's payer; else ''. */
  medicareSecondaryType: string;
  /** The subscriber when not the patient (lives at the patient's address). */
  subscriber: PersonFields;
}

export interface RegistrationFields {
  patient: PersonFields & {
    line1: string;
    city: string;
    state: string;
    zip: string;
    phone: string;
  };
  guarantorRelationship: 'self' | 'parent' | 'spouse' | 'guardian' | 'other';
  guarantor: { lastName: string; firstName: string };
  coverages: CoverageFields[];
}

const ORDERS = ['primary', 'secondary', 'tertiary'] as const;

const blank = (text: string) => text.trim() === '';

/**
 * The body of POST /patients: the patient, the guarantor (self, or named at the patient's
 * address), and the coverages in the order entered (primary, secondary, tertiary); empty
 * optional fields are left out so that the server judges only what was typed.
 */
export function registrationBody(form: RegistrationFields): Record<string, unknown> {
  const p = form.patient;
  const address = { line1: p.line1, city: p.city, state: p.state, zip: p.zip };
  return {
    patient: {
      lastName: p.lastName,
      firstName: p.firstName,
      dateOfBirth: p.dateOfBirth,
      sex: p.sex,
      address,
      ...(blank(p.phone) ? {} : { phone: p.phone }),
    },
    guarantor:
      form.guarantorRelationship === 'self'
        ? { relationship: 'self' }
        : { relationship: form.guarantorRelationship, ...form.guarantor, address },
    coverages: form.coverages.map((c, i) => ({
      payerId: c.payerId,
      order: ORDERS[i],
      memberId: c.memberId,
      relationship: c.relationship,
      effectiveFrom: c.effectiveFrom,
      ...(blank(c.groupNumber) ? {} : { groupNumber: c.groupNumber }),
      ...(i === 0 || blank(c.medicareSecondaryType)
        ? {}
        : { medicareSecondaryType: c.medicareSecondaryType }),
      ...(c.relationship === '18' ? {} : { subscriber: { ...c.subscriber, address } }),
    })),
  };
}

export const emptyPerson = (): PersonFields => ({
  lastName: '',
  firstName: '',
  dateOfBirth: '',
  sex: '',
});

export const emptyCoverage = (): CoverageFields => ({
  payerId: '',
  memberId: '',
  groupNumber: '',
  relationship: '18',
  effectiveFrom: '',
  medicareSecondaryType: '',
  subscriber: emptyPerson(),
});
