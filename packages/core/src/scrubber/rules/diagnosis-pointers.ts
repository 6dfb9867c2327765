import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/** TR3 2400 SV107: one to four pointers, each to a diagnosis on the claim, none repeated. */
export const diagnosisPointers: ScrubRule = {
  id: 'LINE-DXP-001',
  category: 'line',
  severity: 'reject',
  source: '837P 2400 SV107-1..4',
  title: 'Every line points at 1–4 of the claim’s diagnoses',
  check: (claim) =>
    claim.lines.flatMap((l, i) => {
      const n = claim.diagnoses.length;
      const bad = l.diagnosisPointers.filter((p) => !Number.isInteger(p) || p < 1 || p > n);
      const problems = [];
      if (l.diagnosisPointers.length === 0 || l.diagnosisPointers.length > 4) {
        problems.push({
          location: line(i),
          field: 'diagnosisPointers',
          message: `Line ${i + 1} (${l.procedure.code}) has ${l.diagnosisPointers.length} diagnosis pointers; it needs 1 to 4.`,
          fix: 'Point the line at the diagnoses that support it, most important first.',
        });
      }
      if (bad.length > 0) {
        problems.push({
          location: line(i),
          field: 'diagnosisPointers',
          message: `Line ${i + 1} (${l.procedure.code}) points at diagnosis ${bad.join(', ')} but the claim has ${n}.`,
          fix: 'Re-point the line at a diagnosis on the claim.',
        });
      }
      if (new Set(l.diagnosisPointers).size !== l.diagnosisPointers.length) {
        problems.push({
          location: line(i),
          field: 'diagnosisPointers',
          message: `Line ${i + 1} (${l.procedure.code}) points at the same diagnosis twice.`,
          fix: 'Remove the repeated pointer.',
        });
      }
      return problems;
    }),
};
