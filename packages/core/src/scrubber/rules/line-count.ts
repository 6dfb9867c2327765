import type { ScrubRule } from '../rule.ts';

/** TR3 2400 LX: at least one service line; an 837P claim carries at most 50. */
export const lineCount: ScrubRule = {
  id: 'REQ-LINE-001',
  category: 'required-data',
  severity: 'reject',
  source: '837P 2400 LX (repeat 50)',
  title: 'The claim has between 1 and 50 service lines',
  check: (claim) => {
    if (claim.kind === 'institutional') return []; // INST-REV-001 counts revenue lines
    const n = claim.lines.length;
    if (n === 0)
      return [
        {
          field: 'lines',
          message: 'The claim has no service line.',
          fix: 'Add the services performed.',
        },
      ];
    if (claim.kind === 'professional' && n > 50) {
      return [
        {
          field: 'lines',
          message: `The claim has ${n} lines; an 837P carries at most 50.`,
          fix: 'Split it into claims of 50 lines or fewer.',
        },
      ];
    }
    return [];
  },
};
