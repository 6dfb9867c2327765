import type { ElementReader } from './element-reader.ts';
import { HlChecker } from './hl-check.ts';
import { issueAt, type IssueSink, type SegmentLocation } from './issue.ts';
import { LoopTracker, type TransactionGrammar } from './loop-grammar.ts';
import type { TransactionReader } from './read-transactions.ts';
import { element, type Segment } from './segment.ts';
import type { IsoDate } from './x12-date.ts';

/** What the reading frame needs to know of one kind of transaction set. */
export interface GuidedSetSpec {
  readonly grammar: TransactionGrammar;
  /**
   * GS08/ST03 must contain one of these (e.g. `X279` reads 005010X279 and 005010X279A1);
   * without, every set whose ST01 is the grammar's is read (the 835 and 999 have one guide).
   */
  readonly guides?: readonly string[];
  /** HL03 level code → the HL03 its parent must have (see {@link HlChecker}); HL-based sets only. */
  readonly hlParents?: Readonly<Record<string, string | undefined>>;
  /** Levels whose HL04 the guide leaves empty. */
  readonly hlLeaves?: readonly string[];
  /** How messages name the set, e.g. `271`. */
  readonly name: string;
}

/**
 * Reads the segments of one transaction set once they are placed in their loop, handing back
 * items as they complete: one per set at its end (a 271), or one per claim as the next claim
 * or the SE closes it (an 837I, in bounded memory).
 */
export interface SetHandler<T> {
  /**
   * A segment the grammar accepts; `loop` is its innermost loop ID (`''` outside loops),
   * `opened` true when it starts a new occurrence of that loop.
   */
  segment(seg: Segment, loop: string, path: string, opened: boolean): T | undefined;
  /**
   * Closes the item an HL or the end of the set ends, before the HL tree is checked (so that
   * the item's own issues come first); for handlers whose items end at the next HL.
   */
  closeItem?(): T | undefined;
  /** The set ended (SE, or the input or group stopped first): what is left to hand back. */
  finish(at: Segment | undefined): T | undefined;
}

export const locate = (seg: Segment): SegmentLocation => ({
  id: seg.id,
  index: seg.index,
  txIndex: seg.txIndex,
  offset: seg.offset,
});

/** BHT03 reference and BHT04 creation date (both required) into a response. */
export function readBht(
  seg: Segment,
  r: ElementReader,
  into: { reference?: string; createdOn?: IsoDate },
): void {
  const reference = r.text(seg, 3, true);
  const createdOn = r.date(seg, 4, true);
  if (reference !== '') into.reference = reference;
  if (createdOn !== undefined) into.createdOn = createdOn;
}

/**
 * The reading frame of every typed reader: picks the sets of its transaction type and guide at
 * ST (others are skipped, so that every reader can see every segment), ends a set at SE, or at
 * GE/IEA/ISA/GS when its SE never came, places each segment with the loop grammar and reports
 * one that no open loop accepts (999 IK3 2), checks the HL tree of hierarchical sets, and
 * hands placed segments to a fresh handler per set.
 */
export class GuidedSetReader<T> implements TransactionReader<T> {
  readonly #sink: IssueSink;
  readonly #spec: GuidedSetSpec;
  readonly #makeHandler: (st: Segment) => SetHandler<T>;
  readonly #tracker: LoopTracker;
  readonly #hl: HlChecker | undefined;
  #groupGuide = '';
  #handler: SetHandler<T> | undefined;

  constructor(sink: IssueSink, spec: GuidedSetSpec, makeHandler: (st: Segment) => SetHandler<T>) {
    this.#sink = sink;
    this.#spec = spec;
    this.#makeHandler = makeHandler;
    this.#tracker = new LoopTracker(spec.grammar);
    this.#hl =
      spec.hlParents === undefined
        ? undefined
        : new HlChecker(sink, spec.hlParents, spec.hlLeaves ?? []);
  }

  push(seg: Segment): T | undefined {
    if (seg.id === 'GS') this.#groupGuide = element(seg, 8);
    if (seg.id === 'ST') {
      const pending = this.#finish(seg);
      if (this.#reads(seg)) {
        this.#tracker.reset();
        this.#tracker.place(seg);
        this.#handler = this.#makeHandler(seg);
      }
      return pending;
    }
    const handler = this.#handler;
    if (handler === undefined) return undefined;
    if (seg.id === 'GE' || seg.id === 'IEA' || seg.id === 'ISA' || seg.id === 'GS')
      return this.#finish(seg);
    const placement = this.#tracker.place(seg);
    if (!placement.known) {
      this.#sink(
        issueAt(
          seg,
          'unexpected-segment',
          `${seg.id} is not expected here in this ${this.#spec.name}`,
          {
            ...(placement.path === '' ? {} : { loop: placement.path }),
            ack: { ik3: '2' },
          },
        ),
      );
      return undefined;
    }
    let closed: T | undefined;
    if (seg.id === 'HL' && this.#hl !== undefined) {
      closed = handler.closeItem?.();
      this.#hl.push(seg);
    }
    const done =
      handler.segment(seg, placement.loop?.id ?? '', placement.path, placement.opened) ?? closed;
    if (seg.id !== 'SE') return done;
    const last = this.#finish(seg);
    return done ?? last;
  }

  end(): T | undefined {
    return this.#finish(undefined);
  }

  /** True while a set this reader reads is open (between its ST and its end). */
  get reading(): boolean {
    return this.#handler !== undefined;
  }

  #reads(st: Segment): boolean {
    if (element(st, 1) !== this.#spec.grammar.set) return false;
    const guide = element(st, 3) || this.#groupGuide;
    return this.#spec.guides?.some((g) => guide.includes(g)) ?? true;
  }

  #finish(at: Segment | undefined): T | undefined {
    const handler = this.#handler;
    if (handler === undefined) return undefined;
    this.#handler = undefined;
    const closed = handler.closeItem?.();
    this.#hl?.end();
    return handler.finish(at) ?? closed;
  }
}
