import { cents, isoDate } from '@medbill/core';
import type { ScrubClaim, ScrubContext, ScrubLine } from '@medbill/core';
import { cleanClaim } from '../../../core/src/scrubber/scrub-claim.fixture.ts';

/** The corpus date of service: ICD-10-CM FY2026, HCPCS 2026-04, RVU25D, NCCI 2026Q2 all in force. */
export const DOS = isoDate('2026-04-15');

export const corpusContext: ScrubContext = { today: isoDate('2026-04-20') };

/** A line as written in the corpus: `'99214-25'`, with units, charge or pointers when they matter. */
export type LineSpec =
  | string
  | {
      readonly code: string;
      readonly units?: number;
      readonly dollars?: number;
      readonly pointers?: readonly number[];
      readonly date?: string;
      readonly pos?: string;
    };

function toLine(spec: LineSpec): ScrubLine {
  const {
    code: written,
    units = 1,
    dollars = 100,
    pointers = [1],
    date,
    pos,
  } = typeof spec === 'string' ? { code: spec } : spec;
  const [code = '', ...modifiers] = written.split('-');
  return {
    procedure: { system: /^\d{4}[\dFTU]$/.test(code) ? 'cpt' : 'hcpcs', code },
    modifiers,
    units,
    charge: cents(dollars * 100),
    scheduledCharge: cents(dollars * 100),
    diagnosisPointers: pointers,
    serviceDate: date === undefined ? DOS : isoDate(date),
    ...(pos === undefined ? {} : { placeOfService: pos }),
  };
}

/**
 * A visit built from the scrubber's clean fixture claim (same provider, payer, patient: a woman
 * born 1956-04-12) on {@link DOS}, with these diagnoses (dotless, first-listed first) and lines.
 */
export function visit(
  diagnoses: readonly string[],
  lines: readonly LineSpec[],
  change: Partial<ScrubClaim> = {},
): ScrubClaim {
  const built = lines.map(toLine);
  const dates = built.map((l) => l.serviceDate).sort();
  return {
    ...cleanClaim,
    serviceDateFrom: dates[0] ?? DOS,
    serviceDateTo: dates.at(-1) ?? DOS,
    diagnoses,
    lines: built,
    ...change,
  };
}

/** The same patient as a man. */
export const male: Partial<ScrubClaim> = { patient: { ...cleanClaim.patient, sex: 'M' } };

/** A claim already on file for the patient with one earlier service. */
export function onFile(code: string, date: string): ScrubContext {
  return {
    ...corpusContext,
    claimsOnFile: [
      {
        claimNumber: 'A100000-1',
        patientAccountNumber: cleanClaim.patient.accountNumber,
        lines: [{ serviceDate: isoDate(date), procedureCode: code, modifiers: [] }],
      },
    ],
  };
}
