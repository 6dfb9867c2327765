import { checkGsHeader, checkStHeader } from './envelope-headers.ts';
import { checkIsaFields } from './isa-fields.ts';
import { issueAt, type AckCodes, type IssueSink, type X12Issue } from './issue.ts';
import { element, type Segment } from './segment.ts';

interface OpenInterchange {
  readonly isa: Segment;
  groups: number;
  readonly groupNumbers: Set<string>;
}

interface OpenGroup {
  readonly gs: Segment;
  sets: number;
  readonly setNumbers: Set<string>;
}

interface OpenSet {
  readonly st: Segment;
  count: number;
}

/**
 * Checks the ISA/IEA, GS/GE and ST/SE envelopes of a stream of segments, one segment at a time:
 * nesting, control numbers (IEA02 = ISA13, GE02 = GS06, SE02 = ST02), counts (IEA01 = number of
 * GS, GE01 = number of ST, SE01 = segments from ST to SE inclusive), uniqueness of control
 * numbers, and the ISA's fixed-width fields (X12.5 / X12.6 control structures; 005010X231A1 for
 * the IK5/AK9 codes, TA1 I18 note codes).
 *
 * @example
 * ```ts
 * const check = new EnvelopeChecker((issue) => issues.push(issue));
 * for (const segment of parseSegments(text)) check.push(segment);
 * check.end();
 * ```
 */
export class EnvelopeChecker {
  readonly #onIssue: IssueSink;
  #interchange: OpenInterchange | undefined;
  #group: OpenGroup | undefined;
  #set: OpenSet | undefined;
  readonly #interchangeNumbers = new Set<string>();

  constructor(onIssue: IssueSink) {
    this.#onIssue = onIssue;
  }

  #issue(seg: Segment, code: string, message: string, ack: AckCodes, el?: number): void {
    this.#onIssue(issueAt(seg, code, message, el === undefined ? { ack } : { ack, element: el }));
  }

  /** Checks one segment (in input order). */
  push(seg: Segment): void {
    if (this.#set !== undefined) this.#set.count += 1;
    switch (seg.id) {
      case 'ISA':
        this.#openInterchange(seg);
        return;
      case 'IEA':
        this.#closeInterchange(seg);
        return;
      case 'GS':
        this.#openGroup(seg);
        return;
      case 'GE':
        this.#closeGroup(seg);
        return;
      case 'ST':
        this.#openSet(seg);
        return;
      case 'SE':
        this.#closeSet(seg);
        return;
      default:
        // TA1 sits directly in the interchange (X12 TA1, 005010X231A1 appendix).
        if (this.#set === undefined && !(seg.id === 'TA1' && this.#group === undefined)) {
          this.#issue(
            seg,
            'segment-outside-set',
            `${seg.id} is outside any ST/SE transaction set`,
            {
              ta1: '024',
              ik3: '2',
            },
          );
        }
    }
  }

  /** Signals the end of input: every envelope still open is missing its trailer. */
  end(): void {
    if (this.#set !== undefined) this.#missingSe();
    if (this.#group !== undefined) this.#missingGe();
    if (this.#interchange !== undefined) this.#missingIea();
  }

  #openInterchange(isa: Segment): void {
    if (this.#interchange !== undefined) {
      if (this.#set !== undefined) this.#missingSe();
      if (this.#group !== undefined) this.#missingGe();
      this.#missingIea();
    }
    for (const issue of checkIsaFields(isa)) this.#onIssue(issue);
    const number = element(isa, 13);
    if (this.#interchangeNumbers.has(number)) {
      this.#issue(
        isa,
        'duplicate-isa13',
        `interchange control number ${number} is used twice`,
        { ta1: '025' },
        13,
      );
    }
    this.#interchangeNumbers.add(number);
    this.#interchange = { isa, groups: 0, groupNumbers: new Set() };
  }

  #closeInterchange(iea: Segment): void {
    const open = this.#interchange;
    if (open === undefined) {
      this.#issue(iea, 'unexpected-iea', 'IEA without a matching ISA', { ta1: '022' });
      return;
    }
    if (this.#set !== undefined) this.#missingSe();
    if (this.#group !== undefined) this.#missingGe();
    const count = element(iea, 1);
    if (!/^\d{1,5}$/.test(count) || Number(count) !== open.groups) {
      this.#issue(
        iea,
        'iea-count',
        `IEA01 is "${count}" but the interchange holds ${open.groups} group(s)`,
        { ta1: '021' },
        1,
      );
    }
    const number = element(iea, 2);
    if (number !== element(open.isa, 13)) {
      this.#issue(
        iea,
        'iea-control-number',
        `IEA02 "${number}" does not match ISA13 "${element(open.isa, 13)}"`,
        { ta1: '001' },
        2,
      );
    }
    this.#interchange = undefined;
  }

  #openGroup(gs: Segment): void {
    if (this.#set !== undefined) this.#missingSe();
    if (this.#group !== undefined) this.#missingGe();
    const interchange = this.#interchange;
    if (interchange === undefined) {
      this.#issue(gs, 'gs-outside-interchange', 'GS is not inside an ISA/IEA interchange', {
        ta1: '024',
      });
    } else {
      interchange.groups += 1;
      const number = element(gs, 6);
      if (interchange.groupNumbers.has(number)) {
        this.#issue(
          gs,
          'duplicate-gs06',
          `group control number ${number} is used twice in the interchange`,
          { ak9: '19' },
          6,
        );
      }
      interchange.groupNumbers.add(number);
    }
    for (const issue of checkGsHeader(gs)) this.#onIssue(issue);
    this.#group = { gs, sets: 0, setNumbers: new Set() };
  }

  #closeGroup(ge: Segment): void {
    const open = this.#group;
    if (open === undefined) {
      this.#issue(ge, 'unexpected-ge', 'GE without a matching GS', { ta1: '024' });
      return;
    }
    if (this.#set !== undefined) this.#missingSe();
    const count = element(ge, 1);
    if (!/^\d{1,6}$/.test(count) || Number(count) !== open.sets) {
      this.#issue(
        ge,
        'ge-count',
        `GE01 is "${count}" but the group holds ${open.sets} transaction set(s)`,
        { ak9: '5' },
        1,
      );
    }
    if (element(ge, 2) !== element(open.gs, 6)) {
      this.#issue(
        ge,
        'ge-control-number',
        `GE02 "${element(ge, 2)}" does not match GS06 "${element(open.gs, 6)}"`,
        { ak9: '4' },
        2,
      );
    }
    this.#group = undefined;
  }

  #openSet(st: Segment): void {
    if (this.#set !== undefined) this.#missingSe();
    const group = this.#group;
    if (group !== undefined) {
      group.sets += 1;
      const number = element(st, 2);
      if (group.setNumbers.has(number)) {
        this.#issue(
          st,
          'duplicate-st02',
          `transaction set control number ${number} is used twice in the group`,
          { ik5: '23' },
          2,
        );
      }
      group.setNumbers.add(number);
    } else if (this.#interchange !== undefined) {
      this.#issue(st, 'st-outside-group', 'ST is not inside a GS/GE functional group', {
        ta1: '024',
      });
    }
    for (const issue of checkStHeader(st)) this.#onIssue(issue);
    this.#set = { st, count: 1 };
  }

  #closeSet(se: Segment): void {
    const open = this.#set;
    if (open === undefined) {
      this.#issue(se, 'unexpected-se', 'SE without a matching ST', { ta1: '024' });
      return;
    }
    const count = element(se, 1);
    if (!/^\d{1,10}$/.test(count) || Number(count) !== open.count) {
      this.#issue(
        se,
        'se-count',
        `SE01 is "${count}" but the transaction set has ${open.count} segments (ST to SE)`,
        { ik5: '4' },
        1,
      );
    }
    if (element(se, 2) !== element(open.st, 2)) {
      this.#issue(
        se,
        'se-control-number',
        `SE02 "${element(se, 2)}" does not match ST02 "${element(open.st, 2)}"`,
        { ik5: '3' },
        2,
      );
    }
    this.#set = undefined;
  }

  #missingSe(): void {
    const open = this.#set;
    if (open === undefined) return;
    this.#issue(open.st, 'missing-se', `transaction set ${element(open.st, 2)} has no SE trailer`, {
      ik5: '2',
    });
    this.#set = undefined;
  }

  #missingGe(): void {
    const open = this.#group;
    if (open === undefined) return;
    this.#issue(
      open.gs,
      'missing-ge',
      `functional group ${element(open.gs, 6)} has no GE trailer`,
      { ak9: '3' },
    );
    this.#group = undefined;
  }

  #missingIea(): void {
    const open = this.#interchange;
    if (open === undefined) return;
    this.#issue(
      open.isa,
      'missing-iea',
      `interchange ${element(open.isa, 13)} has no IEA trailer`,
      { ta1: '023' },
    );
    this.#interchange = undefined;
  }
}

/** Checks the envelopes of a whole list of segments and returns every issue found. */
export function checkEnvelopes(segments: Iterable<Segment>): X12Issue[] {
  const issues: X12Issue[] = [];
  const checker = new EnvelopeChecker((issue) => issues.push(issue));
  for (const segment of segments) checker.push(segment);
  checker.end();
  return issues;
}
