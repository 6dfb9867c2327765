import { issueAt, type X12Issue } from './issue.ts';
import { element, type Segment } from './segment.ts';

/**
 * GS syntax: GS06 group control number is 1-9 digits (AK9 6); GS08 names a 005010
 * implementation guide such as `005010X221A1` (AK9 2, functional group version not supported).
 */
export function checkGsHeader(gs: Segment): X12Issue[] {
  const issues: X12Issue[] = [];
  const number = element(gs, 6);
  if (!/^\d{1,9}$/.test(number)) {
    issues.push(
      issueAt(gs, 'gs06-syntax', `GS06 "${number}" is not a 1-9 digit control number`, {
        element: 6,
        ack: { ak9: '6', ik4: '6' },
      }),
    );
  }
  const version = element(gs, 8);
  if (!/^00501\dX\d{3}(A\d)?$/.test(version)) {
    issues.push(
      issueAt(
        gs,
        'gs08-version',
        `GS08 "${version}" is not a 005010 implementation guide version`,
        {
          element: 8,
          ack: { ak9: '2', ik4: '7' },
        },
      ),
    );
  }
  return issues;
}

/**
 * ST syntax: ST01 is a 3-character transaction set identifier (IK5 6) and ST02 a 4-9 character
 * control number (IK5 7).
 */
export function checkStHeader(st: Segment): X12Issue[] {
  const issues: X12Issue[] = [];
  if (!/^[0-9A-Z]{3}$/.test(element(st, 1))) {
    issues.push(
      issueAt(st, 'st01-invalid', `ST01 "${element(st, 1)}" is not a transaction set identifier`, {
        element: 1,
        ack: { ik5: '6' },
      }),
    );
  }
  if (!/^[0-9A-Za-z]{4,9}$/.test(element(st, 2))) {
    issues.push(
      issueAt(
        st,
        'st02-invalid',
        `ST02 "${element(st, 2)}" is not a 4-9 character control number`,
        {
          element: 2,
          ack: { ik5: '7' },
        },
      ),
    );
  }
  return issues;
}
