import { compareIsoDate, isWithin } from '../../dates/index.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * An institutional claim states the period it covers (837I 2300 DTP*434, UB-04 FL 6, required
 * on every claim); the period does not end before it starts, the admission is not after its
 * start, and every line and procedure date falls inside it.
 */
export const institutionalStatementPeriod: ScrubRule = {
  id: 'INST-DATE-001',
  category: 'dates',
  severity: 'reject',
  source: '837I 2300 DTP*434, DTP*435, HI BBR/BBQ dates, 2400 DTP*472; UB-04 FL 6, 12, 45, 74',
  title: 'The statement period is present and holds the admission, line and procedure dates',
  check: (claim) => {
    const facts = claim.institutional;
    if (!facts) return [];
    const { statementFrom: from, statementTo: to } = facts;
    if (from === undefined || to === undefined) {
      return [
        {
          field: 'institutional.statementFrom',
          message: 'The claim has no statement covers period (from–through).',
          fix: 'Enter the first and last dates the bill covers (UB-04 FL 6).',
        },
      ];
    }
    if (compareIsoDate(to, from) < 0) {
      return [
        {
          field: 'institutional.statementTo',
          message: `The statement period ends (${to}) before it starts (${from}).`,
          fix: 'Correct the statement covers period.',
        },
      ];
    }
    const period = { from, to };
    const findings: Finding[] = [];
    if (facts.admissionDate !== undefined && compareIsoDate(facts.admissionDate, from) > 0) {
      findings.push({
        field: 'institutional.admissionDate',
        message: `The admission date ${facts.admissionDate} is after the statement period starts (${from}).`,
        fix: 'Correct the admission date or the statement period: a stay cannot be billed before the admission.',
      });
    }
    facts.lines.forEach((l, i) => {
      if (l.serviceDate !== undefined && !isWithin(l.serviceDate, period)) {
        findings.push({
          location: line(i),
          field: 'serviceDate',
          message: `Line ${i + 1} (revenue code ${l.revenueCode}) is dated ${l.serviceDate}, outside the statement period ${from} to ${to}.`,
          fix: "Correct the line's date, or bill it on the claim for the period it falls in.",
        });
      }
    });
    facts.procedures.forEach((p, i) => {
      if (p.date !== undefined && compareIsoDate(p.date, to) > 0) {
        findings.push({
          field: `institutional.procedures.${i + 1}`,
          message: `Procedure ${p.code} is dated ${p.date}, after the statement period ends (${to}).`,
          fix: 'Correct the procedure date.',
        });
      }
    });
    return findings;
  },
};
