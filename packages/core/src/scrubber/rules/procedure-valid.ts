import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { codedLines } from '../coded-lines.ts';

/**
 * Every procedure code must be valid on its date of service: HCPCS Level II by the add and
 * termination dates of the quarterly file in force; CPT codes (whose list is the AMA's) by the
 * CMS fee schedule and NCCI tables in force, so an unknown CPT code only warns.
 * 45 CFR 162.1002 (code set on the date of service); HCPCS record layout fields 27–29.
 */
export function procedureValid(facts: CodeFacts): ScrubRule {
  return {
    id: 'PROC-VALID-001',
    category: 'procedure',
    severity: 'reject',
    source: '45 CFR 162.1002; CMS HCPCS Level II file (add/termination dates); CMS MPFS RVU file',
    title: 'Every procedure code is valid on its date of service',
    check: (claim) =>
      codedLines(claim).flatMap(({ index: i, ...l }): Finding[] => {
        const f = facts.procedure(l.procedure, l.serviceDate);
        const code = l.procedure.code;
        const base = { location: line(i), field: 'procedure' };
        switch (f.status) {
          case 'valid':
          case 'no-release':
            return [];
          case 'terminated':
            return [
              {
                ...base,
                message: `Line ${i + 1}: ${code} was terminated on ${f.terminationDate ?? '?'} and is not valid on ${l.serviceDate} (${f.release ?? ''}).`,
                fix: 'Use the code that replaced it for services on this date.',
              },
            ];
          case 'not-yet-added':
            return [
              {
                ...base,
                message: `Line ${i + 1}: ${code} takes effect on ${f.addDate ?? '?'}, after the date of service ${l.serviceDate}.`,
                fix: 'Use the code in force on the date of service.',
              },
            ];
          case 'unknown':
            return [
              l.procedure.system === 'cpt'
                ? {
                    ...base,
                    severity: 'warn',
                    message: `Line ${i + 1}: CPT ${code} is in neither the fee schedule (${f.release ?? ''}) nor the NCCI tables for ${l.serviceDate}.`,
                    fix: 'Check the CPT code against the current CPT book.',
                  }
                : {
                    ...base,
                    message: `Line ${i + 1}: ${code} is not a HCPCS Level II code in the ${f.release ?? ''} file.`,
                    fix: 'Check the code; use the HCPCS Level II code in force on the date of service.',
                  },
            ];
        }
      }),
  };
}
