import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * A service already billed for the same patient, date, code and rendering provider on another
 * claim denies as a duplicate (CARC 18); a corrected claim goes as frequency 7 instead.
 */
export const duplicateClaim: ScrubRule = {
  id: 'DUP-CLM-001',
  category: 'duplicate',
  severity: 'deny',
  source: 'CARC 18 (exact duplicate claim/service)',
  title: 'No line was already billed on another claim',
  check: (claim, context) => {
    if (claim.frequency !== '1') return [];
    const others = (context.claimsOnFile ?? []).filter(
      (other) =>
        other.claimNumber !== claim.claimNumber &&
        other.patientAccountNumber === claim.patient.accountNumber,
    );
    return claim.lines.flatMap((l, i) => {
      const npi = l.renderingProviderNpi ?? claim.renderingProvider?.npi;
      const match = others.find(
        (other) =>
          (other.renderingProviderNpi ?? npi) === npi &&
          other.lines.some(
            (o) =>
              o.serviceDate === l.serviceDate &&
              o.procedureCode === l.procedure.code &&
              o.modifiers.join() === l.modifiers.join(),
          ),
      );
      return match
        ? [
            {
              location: line(i),
              field: 'procedure',
              message: `${l.procedure.code} on ${l.serviceDate} for this patient and provider is already billed on claim ${match.claimNumber}.`,
              fix: `Send a corrected claim (frequency 7) for ${match.claimNumber} instead, or drop the line.`,
            },
          ]
        : [];
    });
  },
};
