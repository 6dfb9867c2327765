import { issueAt, type X12Issue } from './issue.ts';
import type { Segment } from './segment.ts';

interface IsaField {
  readonly width: number;
  readonly name: string;
  /** TA105 interchange note code reported when the field is wrong. */
  readonly ta1: string;
  readonly pattern?: RegExp;
}

/** ISA01..ISA16: fixed widths and value rules (005010 ISA, TR3 Appendix C). */
const isaFields: readonly IsaField[] = [
  { width: 2, name: 'Authorization Information Qualifier', ta1: '010', pattern: /^(00|03)$/ },
  { width: 10, name: 'Authorization Information', ta1: '011' },
  { width: 2, name: 'Security Information Qualifier', ta1: '012', pattern: /^(00|01)$/ },
  { width: 10, name: 'Security Information', ta1: '013' },
  {
    width: 2,
    name: 'Interchange ID Qualifier (sender)',
    ta1: '005',
    pattern: /^(01|14|20|27|28|29|30|33|ZZ)$/,
  },
  { width: 15, name: 'Interchange Sender ID', ta1: '006', pattern: /\S/ },
  {
    width: 2,
    name: 'Interchange ID Qualifier (receiver)',
    ta1: '007',
    pattern: /^(01|14|20|27|28|29|30|33|ZZ)$/,
  },
  { width: 15, name: 'Interchange Receiver ID', ta1: '008', pattern: /\S/ },
  {
    width: 6,
    name: 'Interchange Date',
    ta1: '014',
    pattern: /^\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/,
  },
  { width: 4, name: 'Interchange Time', ta1: '015', pattern: /^([01]\d|2[0-3])[0-5]\d$/ },
  { width: 1, name: 'Repetition Separator', ta1: '026' },
  { width: 5, name: 'Interchange Control Version Number', ta1: '017', pattern: /^\d{5}$/ },
  { width: 9, name: 'Interchange Control Number', ta1: '018', pattern: /^\d{9}$/ },
  { width: 1, name: 'Acknowledgment Requested', ta1: '019', pattern: /^[01]$/ },
  { width: 1, name: 'Interchange Usage Indicator', ta1: '020', pattern: /^[PT]$/ },
  { width: 1, name: 'Component Element Separator', ta1: '027' },
];

/**
 * Checks the ISA's fixed-width fields: every element present with its exact width and a valid
 * value (ISA01..ISA16, 005010 ISA). ISA12 other than `00501` is a warning (TA1 003).
 */
export function checkIsaFields(isa: Segment): X12Issue[] {
  const issues: X12Issue[] = [];
  if (isa.elements.length !== 16) {
    issues.push(
      issueAt(isa, 'isa-element-count', `ISA has ${isa.elements.length} elements, expected 16`, {
        ack: { ta1: '022' },
      }),
    );
  }
  isaFields.forEach((field, i) => {
    const value = isa.elements[i];
    if (value === undefined) return;
    const n = i + 1;
    if (value.length !== field.width) {
      issues.push(
        issueAt(
          isa,
          'isa-field-width',
          `ISA${String(n).padStart(2, '0')} ${field.name} is ${value.length} characters, expected ${field.width}`,
          {
            element: n,
            ack: { ta1: field.ta1, ik4: value.length < field.width ? '4' : '5' },
          },
        ),
      );
    } else if (field.pattern !== undefined && !field.pattern.test(value)) {
      issues.push(
        issueAt(
          isa,
          'isa-field-value',
          `ISA${String(n).padStart(2, '0')} ${field.name} "${value}" is not valid`,
          {
            element: n,
            ack: { ta1: field.ta1, ik4: n === 9 ? '8' : n === 10 ? '9' : '7' },
          },
        ),
      );
    }
  });
  const version = isa.elements[11];
  if (version !== undefined && /^\d{5}$/.test(version) && version !== '00501') {
    issues.push(
      issueAt(isa, 'isa-version', `ISA12 is ${version}; this engine reads 00501 (5010)`, {
        element: 12,
        severity: 'warning',
        ack: { ta1: '003' },
      }),
    );
  }
  return issues;
}
