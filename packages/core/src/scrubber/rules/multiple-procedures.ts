import { formatUsd } from '../../money/index.ts';
import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { linesByDate } from './code-set-helpers.ts';

/**
 * Procedures with multiple-procedure indicator 2 (standard) or 3 (endoscopic) on the same day
 * are paid 100% for the highest-valued and 50% for the others: list the highest-valued first,
 * and keep modifier 51 (where a payer wants it) off the primary. CMS MPFS "Mult Proc"
 * indicator; Claims Processing Manual ch. 12 §40.6.
 */
export function multipleProcedures(facts: CodeFacts): ScrubRule {
  return {
    id: 'MULT-PROC-001',
    category: 'procedure',
    severity: 'warn',
    source: 'CMS MPFS multiple procedure indicator; Claims Processing Manual ch. 12 §40.6',
    title: 'Several reducible procedures on a day are ordered by value, 51 not on the primary',
    check: (claim) =>
      [...linesByDate(claim).values()].flatMap((day) => {
        const reducible = day.filter(({ line: l }) => {
          const indicator = facts.procedure(l.procedure, l.serviceDate).fee?.multipleProcedure;
          return indicator === '2' || indicator === '3';
        });
        const [primary, ...others] = reducible;
        if (!primary || others.length === 0) return [];
        const findings: Finding[] = [];
        const higher = others.find(({ line: l }) => l.charge > primary.line.charge);
        if (higher) {
          findings.push({
            location: line(higher.index),
            field: 'charge',
            message: `Line ${higher.index + 1} (${higher.line.procedure.code}, ${formatUsd(higher.line.charge)}) is worth more than the first reducible procedure on line ${primary.index + 1} (${primary.line.procedure.code}, ${formatUsd(primary.line.charge)}): the payer cuts the later lines to 50%.`,
            fix: 'List the multiple procedures in descending order of value, the highest first.',
          });
        }
        if (primary.line.modifiers.includes('51')) {
          findings.push({
            location: line(primary.index),
            field: 'modifiers',
            message: `Line ${primary.index + 1} (${primary.line.procedure.code}) is the primary procedure but carries modifier 51.`,
            fix: 'Put 51 on the secondary procedures only (where the payer asks for it).',
          });
        }
        return findings;
      }),
  };
}
