import { z } from 'zod';
import { coverageInput } from './coverage.ts';
import { guarantorInput } from './guarantor.ts';
import { patientInput } from './patient.ts';

/** What the front desk enters at registration: the patient, who pays, and their insurance. */
export const registrationInput = z.object({
  patient: patientInput,
  guarantor: guarantorInput.default({ relationship: 'self' }),
  coverages: z.array(coverageInput).max(3).default([]),
});

export type RegistrationInput = z.output<typeof registrationInput>;
