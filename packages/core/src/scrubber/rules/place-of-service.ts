import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { CLAIM, line } from '../rule.ts';

/**
 * The place of service (837P 2300 CLM05-1, 2400 SV105; CMS-1500 box 24B) must be a code on
 * the CMS Place of Service code set. CMS Place of Service Code Set; 837P TR3 CLM05-1.
 */
export function placeOfServiceValid(facts: CodeFacts): ScrubRule {
  return {
    id: 'POS-VALID-001',
    category: 'line',
    severity: 'reject',
    source: '837P 2300 CLM05-1, 2400 SV105; CMS Place of Service Code Set',
    title: 'The place of service is a valid CMS place-of-service code',
    check: (claim) => {
      if (claim.kind === 'institutional') return [];
      const findings: Finding[] = [];
      const check = (
        code: string,
        date: typeof claim.serviceDateFrom,
        at: Finding['location'],
        field: string,
      ) => {
        if (facts.placeOfService(code, date).status !== 'unknown') return;
        findings.push({
          location: at ?? CLAIM,
          field,
          message: `Place of service ${code} is not in the CMS place-of-service code set on ${date}.`,
          fix: 'Use the two-digit CMS place-of-service code for where the service was given (11 office, 22 outpatient hospital, 02/10 telehealth…).',
        });
      };
      check(claim.placeOfService, claim.serviceDateFrom, CLAIM, 'placeOfService');
      claim.lines.forEach((l, i) => {
        if (l.placeOfService !== undefined && l.placeOfService !== claim.placeOfService) {
          check(l.placeOfService, l.serviceDate, line(i), 'placeOfService');
        }
      });
      return findings;
    },
  };
}
