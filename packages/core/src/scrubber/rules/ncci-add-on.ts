import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { linesByDate, someCodes } from './code-set-helpers.ts';

/**
 * An add-on code is paid only with its primary procedure, by the same provider on the same
 * date of service. AOC edit type 1: one of the listed primaries is required; types 2 and 3 let
 * the contractor accept others, so a missing listed primary only warns. NCCI Policy Manual
 * ch. 1 §W; CMS NCCI add-on code edit table.
 */
export function ncciAddOn(facts: CodeFacts): ScrubRule {
  return {
    id: 'NCCI-AOC-001',
    category: 'ncci',
    severity: 'deny',
    source: 'NCCI Policy Manual ch. 1 §W (add-on codes); CMS NCCI AOC edit table',
    title: 'Every add-on code has its primary procedure on the same date',
    check: (claim) =>
      [...linesByDate(claim).values()].flatMap((day) => {
        const codes = new Set(day.map(({ line: l }) => l.procedure.code));
        return day.flatMap(({ line: l, index }) => {
          const addOn = facts.addOn(l.procedure.code, l.serviceDate);
          if (!addOn || addOn.primaries.some((p) => codes.has(p))) return [];
          if (addOn.primaries.length === 0 && !addOn.types.includes(1)) return [];
          return [
            {
              location: line(index),
              field: 'procedure',
              message: `Line ${index + 1}: add-on code ${l.procedure.code} is billed on ${l.serviceDate} without one of its primary procedures (${someCodes(addOn.primaries)}).`,
              fix: 'Add the primary procedure performed that day, or remove the add-on code.',
              ...(addOn.types.includes(1) ? {} : { severity: 'warn' as const }),
            },
          ];
        });
      }),
  };
}
