import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { codedLines } from '../coded-lines.ts';

/**
 * Every modifier must be a CPT modifier or a HCPCS Level II modifier in force on the date of
 * service (837P 2400 SV101-3..6). CMS HCPCS Level II file, modifier records (RIC 7).
 */
export function modifierValid(facts: CodeFacts): ScrubRule {
  return {
    id: 'MOD-VALID-001',
    category: 'modifier',
    severity: 'reject',
    source: '837P 2400 SV101-3..6; CMS HCPCS Level II modifier list; CPT Appendix A',
    title: 'Every modifier is a valid CPT or HCPCS modifier on the date of service',
    check: (claim) =>
      codedLines(claim).flatMap(({ index: i, ...l }) =>
        l.modifiers.flatMap((m, k) => {
          const f = facts.modifier(m, l.serviceDate);
          if (f.status === 'valid' || f.status === 'no-release') return [];
          const why =
            f.status === 'terminated'
              ? `was discontinued on ${f.terminationDate ?? '?'}`
              : f.status === 'not-yet-added'
                ? 'is not yet in effect'
                : 'is not a CPT or HCPCS modifier';
          return [
            {
              location: line(i),
              field: `modifiers.${k + 1}`,
              message: `Line ${i + 1} (${l.procedure.code}): modifier ${m} ${why} on ${l.serviceDate}.`,
              fix: 'Remove the modifier or replace it with the valid one.',
            },
          ];
        }),
      ),
  };
}
