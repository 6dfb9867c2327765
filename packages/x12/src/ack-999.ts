import type { X12Issue } from './issue.ts';
import type { Segment } from './segment.ts';
import type { SegmentInput } from './writer.ts';

/** Options for {@link build999}. */
export interface Ack999Options {
  /** ST02 of the first 999 (incremented for each further functional group). Default 1. */
  readonly firstControlNumber?: number;
  /** Component separator used inside IK401 (C030). Default `:`. */
  readonly component?: string;
}

interface SetSpan {
  readonly st: Segment;
  end: number;
}

interface GroupSpan {
  readonly gs: Segment;
  end: number;
  readonly sets: SetSpan[];
}

function spans(segments: readonly Segment[]): GroupSpan[] {
  const groups: GroupSpan[] = [];
  let group: GroupSpan | undefined;
  let set: SetSpan | undefined;
  for (const seg of segments) {
    if (seg.id === 'GS') {
      group = { gs: seg, end: Number.MAX_SAFE_INTEGER, sets: [] };
      groups.push(group);
    } else if (seg.id === 'GE' && group !== undefined) {
      group.end = seg.offset;
      group = undefined;
    } else if (seg.id === 'ST' && group !== undefined) {
      set = { st: seg, end: Number.MAX_SAFE_INTEGER };
      group.sets.push(set);
    } else if (seg.id === 'SE' && set !== undefined) {
      set.end = seg.offset;
      set = undefined;
    }
  }
  return groups;
}

const pad = (codes: readonly string[]): string[] => codes.slice(0, 5);

/**
 * Builds the 999 Implementation Acknowledgment transaction sets (005010X231A1) for the
 * functional groups in `segments`, one 999 per GS, from the issues found while reading them:
 * AK1 names the group, then per transaction set AK2, an IK3 for each segment with an error
 * (IK304 from `ack.ik3`), an IK4 for each element error under it (IK401 element:component,
 * IK403 from `ack.ik4`), and IK5 (A accepted, R rejected, with `ack.ik5` codes); AK9 closes the
 * group (A, P partially accepted or R, counts, `ack.ak9` codes). Only errors that carry 999
 * codes are acknowledged; warnings and business rules (835 balancing) are not.
 * The caller wraps the result in its own ISA/GS envelope.
 */
export function build999(
  segments: readonly Segment[],
  issues: readonly X12Issue[],
  options: Ack999Options = {},
): SegmentInput[][] {
  const component = options.component ?? ':';
  const errors = issues.filter(
    (i) => i.severity === 'error' && i.ack !== undefined && i.offset !== undefined,
  );
  let control = options.firstControlNumber ?? 1;
  return spans(segments).map((group) => {
    const out: SegmentInput[] = [];
    const gs = group.gs.elements;
    const st02 = String(control).padStart(4, '0');
    control += 1;
    out.push({ id: 'ST', elements: ['999', st02, '005010X231A1'] });
    out.push({ id: 'AK1', elements: [gs[0] ?? '', gs[5] ?? '', gs[7] ?? ''] });
    let accepted = 0;
    for (const set of group.sets) {
      const inSet = errors.filter(
        (i) => (i.offset ?? -1) >= set.st.offset && (i.offset ?? -1) <= set.end,
      );
      const st = set.st.elements;
      out.push({
        id: 'AK2',
        elements: [st[0] ?? '', st[1] ?? '', ...(st[2] === undefined ? [] : [st[2]])],
      });
      const bySegment = new Map<number, X12Issue[]>();
      for (const issue of inSet) {
        if (issue.ack?.ik3 === undefined || issue.txSegmentIndex === undefined) continue;
        const list = bySegment.get(issue.txSegmentIndex) ?? [];
        list.push(issue);
        bySegment.set(issue.txSegmentIndex, list);
      }
      for (const [position, list] of [...bySegment].sort((a, b) => a[0] - b[0])) {
        const first = list[0];
        if (first === undefined) continue;
        const hasElementError = list.some((i) => i.ack?.ik4 !== undefined);
        const code = hasElementError ? '8' : (first.ack?.ik3 ?? '8');
        out.push({ id: 'IK3', elements: [first.segmentId, String(position), '', code] });
        for (const issue of list) {
          if (issue.ack?.ik4 === undefined || issue.element === undefined) continue;
          const where =
            issue.component === undefined
              ? String(issue.element)
              : `${issue.element}${component}${issue.component}`;
          out.push({ id: 'IK4', elements: [where, '', issue.ack.ik4] });
        }
      }
      const ik5 = [...new Set(inSet.flatMap((i) => (i.ack?.ik5 === undefined ? [] : [i.ack.ik5])))];
      const rejected = inSet.length > 0;
      if (!rejected) accepted += 1;
      if (rejected && ik5.length === 0) ik5.push('5');
      out.push({ id: 'IK5', elements: [rejected ? 'R' : 'A', ...pad(ik5)] });
    }
    const groupErrors = errors.filter(
      (i) =>
        i.ack?.ak9 !== undefined &&
        (i.offset ?? -1) >= group.gs.offset &&
        (i.offset ?? -1) <= group.end,
    );
    const ak9Codes = [...new Set(groupErrors.map((i) => i.ack?.ak9 ?? ''))];
    const received = group.sets.length;
    const status =
      ak9Codes.length > 0 || accepted === 0
        ? accepted === 0
          ? 'R'
          : 'P'
        : accepted === received
          ? 'A'
          : 'P';
    out.push({
      id: 'AK9',
      elements: [status, String(received), String(received), String(accepted), ...pad(ak9Codes)],
    });
    out.push({ id: 'SE', elements: [String(out.length + 1), st02] });
    return out;
  });
}
