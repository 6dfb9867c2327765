import { controlNumber, date, isFlaw, time, type Checked } from './build-values.ts';
import type { Delimiters } from './delimiters.ts';
import type { InterchangeEnvelope } from './interchange-writer.ts';
import type { X12Issue } from './issue.ts';

/**
 * Checks an interchange envelope before {@link wrapInterchange} writes it: ISA05..08 widths,
 * GS02/GS03 lengths, ISA13/GS06 control numbers, GS04/GS05 date and time, the functional
 * identifier and guide version the transaction needs, and no delimiter in any value
 * (ASC X12.5 ISA/GS; TR3 Appendix C). Issues are located on ISA (position 1) or GS (2).
 */
export function checkEnvelope(
  env: InterchangeEnvelope,
  want: { readonly functionalId: string; readonly version: string },
  delimiters: Delimiters,
): X12Issue[] {
  const issues: X12Issue[] = [];
  const check = (id: 'ISA' | 'GS', element: number, value: Checked, what: string): void => {
    const problem = isFlaw(value)
      ? value
      : [...value].some(
            (c) =>
              c === delimiters.element ||
              c === delimiters.component ||
              c === delimiters.segment ||
              c === delimiters.repetition ||
              c < ' ',
          )
        ? {
            code: 'delimiter-in-data',
            message: `"${value}" holds a delimiter or control character`,
          }
        : undefined;
    if (problem === undefined) return;
    issues.push({
      severity: 'error',
      code: problem.code,
      message: `envelope ${id}${String(element).padStart(2, '0')} ${what}: ${problem.message}`,
      segmentIndex: id === 'ISA' ? 1 : 2,
      segmentId: id,
      element,
      ack: id === 'ISA' ? { ta1: '024' } : { ak9: '1' },
    });
  };
  const sized = (value: string, min: number, max: number): Checked =>
    value.length >= min && value.length <= max
      ? value
      : {
          flaw: true,
          code: 'element-length',
          message: `"${value}" is not ${min}-${max} characters`,
        };
  const equal = (value: string, expected: string): Checked =>
    value === expected
      ? value
      : { flaw: true, code: 'invalid-code', message: `"${value}" must be ${expected}` };
  check('ISA', 5, sized(env.senderQualifier, 2, 2), 'sender qualifier');
  check('ISA', 6, sized(env.senderId.trim(), 1, 15), 'sender ID');
  check('ISA', 7, sized(env.receiverQualifier, 2, 2), 'receiver qualifier');
  check('ISA', 8, sized(env.receiverId.trim(), 1, 15), 'receiver ID');
  check(
    'ISA',
    13,
    controlNumber(env.interchangeControlNumber, 9, 'control number'),
    'control number',
  );
  check(
    'ISA',
    15,
    env.usage === 'P' || env.usage === 'T' ? env.usage : equal(env.usage, 'P or T'),
    'usage',
  );
  check('GS', 1, equal(env.functionalId, want.functionalId), 'functional identifier');
  check('GS', 2, sized(env.applicationSender, 2, 15), 'application sender');
  check('GS', 3, sized(env.applicationReceiver, 2, 15), 'application receiver');
  check('GS', 4, date(env.date, 'date'), 'date');
  check('GS', 5, time(env.time), 'time');
  check('GS', 6, controlNumber(env.groupControlNumber, 1, 'control number'), 'control number');
  check('GS', 8, equal(env.version, want.version), 'version');
  return issues;
}
