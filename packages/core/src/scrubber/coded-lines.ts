import type { IsoDate } from '../dates/index.ts';
import type { ProcedureCode } from '../identifiers/index.ts';
import type { ScrubClaim } from './scrub-claim.ts';

/** A line that bills a CPT/HCPCS code, professional (SV1) or institutional (SV2 with SV202). */
export interface CodedLine {
  /** 0-based position among the claim's lines of its kind, for the finding's location. */
  readonly index: number;
  readonly procedure: ProcedureCode;
  readonly modifiers: readonly string[];
  readonly serviceDate: IsoDate;
}

/**
 * The claim's CPT/HCPCS lines. An institutional line without its own date (inpatient lines
 * carry none) is dated by the statement period's start.
 */
export function codedLines(claim: ScrubClaim): CodedLine[] {
  const institutional = claim.institutional;
  if (!institutional) {
    return claim.lines.map((l, index) => ({
      index,
      procedure: l.procedure,
      modifiers: l.modifiers,
      serviceDate: l.serviceDate,
    }));
  }
  const fallback = institutional.statementFrom ?? claim.serviceDateFrom;
  return institutional.lines.flatMap((l, index) =>
    l.procedure
      ? [
          {
            index,
            procedure: l.procedure,
            modifiers: l.modifiers,
            serviceDate: l.serviceDate ?? fallback,
          },
        ]
      : [],
  );
}
