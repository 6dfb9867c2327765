import { ElementReader } from './element-reader.ts';
import { claimStatusHlParents, grammar276 } from './grammar/276-277.ts';
import { eligibilityHlParents, grammar270 } from './grammar/270-271.ts';
import { rules270 } from './grammar/270-rules.ts';
import { rules276 } from './grammar/276-rules.ts';
import { GuidedSetReader, type GuidedSetSpec, type SetHandler } from './guided-set-reader.ts';
import { issueAt, type IssueSink } from './issue.ts';
import { checkSegment, type SegmentRules } from './segment-rules.ts';
import type { Segment } from './segment.ts';

/** A request set of one guide, and the segment each patient level must hold at least once. */
interface RequestSpec extends GuidedSetSpec {
  readonly rules: SegmentRules;
  /** e.g. `EQ` (a 270 asks something about its patient), `TRN` (a 276 names a claim). */
  readonly patientNeeds: { readonly id: string; readonly what: string };
}

/** A patient level: the lowest HL of a branch (HL04 not `1`), waiting for its segment. */
interface OpenPatient {
  readonly hl: Segment;
  found: boolean;
}

function requestHandler(spec: RequestSpec, sink: IssueSink): SetHandler<undefined> {
  const r = new ElementReader(sink);
  let patient: OpenPatient | undefined;
  let patients = 0;
  const close = (): void => {
    if (patient !== undefined && !patient.found) {
      sink(
        issueAt(
          patient.hl,
          'required-segment-missing',
          `The patient at HL ${patient.hl.elements[0] ?? ''} has no ${spec.patientNeeds.what}`,
          { ack: { ik3: '3' } },
        ),
      );
    }
    patient = undefined;
  };
  return {
    segment(seg, loop, path) {
      r.loop = path;
      if (seg.id === 'HL') {
        close();
        const level = seg.elements[2] ?? '';
        if ((level === '22' || level === '23') && seg.elements[3] !== '1') {
          patient = { hl: seg, found: false };
          patients += 1;
        }
      } else if (seg.id === spec.patientNeeds.id && patient !== undefined) {
        patient.found = true;
      }
      checkSegment(spec.rules, seg, loop, r);
    },
    finish(at) {
      close();
      if (patients === 0 && at !== undefined) {
        sink(
          issueAt(at, 'required-loop-missing', `The ${spec.name} asks about no patient`, {
            ack: { ik3: 'I7' },
          }),
        );
      }
      return undefined;
    },
  };
}

const spec270: RequestSpec = {
  grammar: grammar270,
  guides: ['X279'],
  hlParents: eligibilityHlParents,
  name: '270',
  rules: rules270,
  patientNeeds: { id: 'EQ', what: 'EQ eligibility or benefit inquiry' },
};

const spec276: RequestSpec = {
  grammar: grammar276,
  guides: ['X212'],
  hlParents: claimStatusHlParents,
  hlLeaves: ['23'],
  name: '276',
  rules: rules276,
  patientNeeds: { id: 'TRN', what: '2200 TRN claim status tracking number' },
};

/**
 * Checks 270 eligibility inquiries (005010X279A1) as a payer front end would: loops, HL tree,
 * element rules ({@link rules270}), and an EQ for every patient asked about.
 */
export const eligibilityInquiryChecker = (sink: IssueSink) =>
  new GuidedSetReader(sink, spec270, () => requestHandler(spec270, sink));

/**
 * Checks 276 claim status requests (005010X212): loops, HL tree, element rules
 * ({@link rules276}), and a 2200 claim (TRN) for every patient level.
 */
export const claimStatusRequestChecker = (sink: IssueSink) =>
  new GuidedSetReader(sink, spec276, () => requestHandler(spec276, sink));
