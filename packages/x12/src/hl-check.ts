import { issueAt, type IssueSink } from './issue.ts';
import { element, type Segment } from './segment.ts';

interface Level {
  readonly seg: Segment;
  readonly id: string;
  readonly code: string;
  /** HL04 as written. */
  readonly childFlag: string;
  hasChild: boolean;
}

/**
 * Checks the HL hierarchy of one transaction set (X12 HL; 005010X222A1 2000A/B/C):
 * HL01 numbered 1, 2, 3... in order; HL02 names an earlier HL (and is empty on the top
 * level); HL03 is an allowed level code whose parent level is the right one (22 under 20,
 * 23 under 22); HL04 is `1` exactly when a later HL names this one as parent.
 */
export class HlChecker {
  readonly #sink: IssueSink;
  readonly #parents: Readonly<Record<string, string | undefined>>;
  #levels = new Map<string, Level>();
  #count = 0;

  readonly #leaves: ReadonlySet<string>;

  /**
   * `parents` maps each allowed HL03 code to the HL03 code its parent must have; `leaves` are
   * the levels whose HL04 the guide leaves empty (e.g. the 277CA patient level `PT`).
   */
  constructor(
    sink: IssueSink,
    parents: Readonly<Record<string, string | undefined>>,
    leaves: readonly string[] = [],
  ) {
    this.#sink = sink;
    this.#parents = parents;
    this.#leaves = new Set(leaves);
  }

  #issue(seg: Segment, code: string, message: string, n: number, ik4: string): void {
    this.#sink(issueAt(seg, code, message, { element: n, loop: 'HL', ack: { ik3: '8', ik4 } }));
  }

  /** Checks one HL segment. */
  push(seg: Segment): void {
    this.#count += 1;
    const id = element(seg, 1);
    const parent = element(seg, 2);
    const code = element(seg, 3);
    const child = element(seg, 4);
    if (id !== String(this.#count)) {
      this.#issue(seg, 'hl-sequence', `HL01 is "${id}", expected ${this.#count}`, 1, '7');
    }
    if (!(code in this.#parents)) {
      this.#issue(
        seg,
        'hl-level-code',
        `HL03 "${code}" is not an allowed level (${Object.keys(this.#parents).join(', ')})`,
        3,
        '7',
      );
    }
    const wantParent = this.#parents[code];
    if (parent === '') {
      if (wantParent !== undefined)
        this.#issue(seg, 'hl-parent-missing', `HL level ${code} needs a parent HL02`, 2, '1');
    } else {
      const up = this.#levels.get(parent);
      if (up === undefined) {
        this.#issue(seg, 'hl-parent-unknown', `HL02 "${parent}" names no earlier HL`, 2, '7');
      } else {
        up.hasChild = true;
        if (wantParent !== undefined && up.code !== wantParent) {
          this.#issue(
            seg,
            'hl-parent-level',
            `HL level ${code} must be under level ${wantParent}, not ${up.code}`,
            2,
            '7',
          );
        }
      }
    }
    if (child !== '0' && child !== '1' && !(child === '' && this.#leaves.has(code)))
      this.#issue(seg, 'hl-child-code', `HL04 "${child}" must be 0 or 1`, 4, '7');
    if (this.#levels.has(id))
      this.#issue(seg, 'hl-duplicate', `HL01 "${id}" is used twice`, 1, '7');
    this.#levels.set(id, { seg, id, code, childFlag: child, hasChild: false });
  }

  /** Ends the transaction set: checks every HL04 against the children actually present. */
  end(): void {
    for (const level of this.#levels.values()) {
      const flag = level.childFlag;
      if (flag === '1' && !level.hasChild) {
        this.#issue(
          level.seg,
          'hl-child-flag',
          `HL04 says HL ${level.id} has children but none follows`,
          4,
          '7',
        );
      } else if (flag === '0' && level.hasChild) {
        this.#issue(
          level.seg,
          'hl-child-flag',
          `HL04 says HL ${level.id} has no children but some follow`,
          4,
          '7',
        );
      }
    }
    this.#levels = new Map();
    this.#count = 0;
  }
}
