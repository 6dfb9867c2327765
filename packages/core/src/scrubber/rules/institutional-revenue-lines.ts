import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/** 837I loop 2400 repeats at most 999 times. */
const MAX_LINES = 999;

/**
 * Revenue-code lines (837I 2400 SV2, UB-04 FL 42–47): a four-digit revenue code other than
 * 0001 (the UB-04's total line, which the 837I carries in CLM02 instead), at least one unit,
 * and no negative charge; at most 999 lines.
 */
export const institutionalRevenueLines: ScrubRule = {
  id: 'INST-REV-001',
  category: 'line',
  severity: 'reject',
  source: '837I 2400 SV201, SV203, SV205; UB-04 FL 42, 46, 47',
  title: 'Every revenue line has a valid revenue code, units and charge',
  check: (claim) => {
    const facts = claim.institutional;
    if (!facts) return [];
    const findings: Finding[] = [];
    if (facts.lines.length === 0)
      findings.push({
        field: 'institutional.lines',
        message: 'The claim has no service lines.',
        fix: 'Bill at least one revenue code line.',
      });
    if (facts.lines.length > MAX_LINES)
      findings.push({
        field: 'institutional.lines',
        message: `The claim has ${facts.lines.length} lines; an 837I carries at most ${MAX_LINES}.`,
        fix: 'Split the bill into interim bills or summarize lines by revenue code.',
      });
    facts.lines.forEach((l, i) => {
      const at = { location: line(i) };
      if (!/^\d{4}$/.test(l.revenueCode))
        findings.push({
          ...at,
          field: 'revenueCode',
          message: `Line ${i + 1}: revenue code "${l.revenueCode}" is not four digits.`,
          fix: 'Use the four-digit NUBC revenue code with its leading zero (0450, not 450).',
        });
      else if (l.revenueCode === '0001')
        findings.push({
          ...at,
          field: 'revenueCode',
          message: `Line ${i + 1}: revenue code 0001 (total charges) is not a service line on an 837I.`,
          fix: 'Remove the total line; the claim total goes in CLM02.',
        });
      if (!(l.units > 0))
        findings.push({
          ...at,
          field: 'units',
          message: `Line ${i + 1} (revenue code ${l.revenueCode}) bills ${l.units} units.`,
          fix: 'Enter the units or days of service (FL 46), at least 1.',
        });
      if (l.charge < 0)
        findings.push({
          ...at,
          field: 'charge',
          message: `Line ${i + 1} (revenue code ${l.revenueCode}) has a negative charge.`,
          fix: 'Enter the total charge for the line; correct a billed amount with a replacement claim.',
        });
    });
    return findings;
  },
};
