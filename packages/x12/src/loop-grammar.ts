import { element, type Segment } from './segment.ts';

/**
 * Which segment starts a loop: its ID and, when the ID is shared with sibling loops, the
 * values one of its elements must hold (e.g. `N1` with N101 `PR` starts 835 loop 1000A).
 */
export interface LoopTrigger {
  readonly id: string;
  readonly element?: number;
  readonly values?: readonly string[];
}

/** One loop of an implementation guide, declared as data. */
export interface LoopDef {
  /** TR3 loop ID, e.g. `2100`. */
  readonly id: string;
  readonly name: string;
  readonly trigger: LoopTrigger;
  /** IDs of the segments that may follow the trigger inside this loop (not its child loops). */
  readonly segments: readonly string[];
  readonly loops?: readonly LoopDef[];
}

/** A transaction set's structure per its TR3: the segments outside loops and the loops. */
export interface TransactionGrammar {
  /** ST01, e.g. `835`. */
  readonly set: string;
  /** The TR3 version (GS08 / ST03), e.g. `005010X221A1`. */
  readonly guide: string;
  readonly name: string;
  /** Segments of the header and summary tables, outside any loop (ST and SE included). */
  readonly segments: readonly string[];
  readonly loops: readonly LoopDef[];
}

/** A loop ready for matching: segment IDs in a set, child loops indexed by trigger ID. */
interface CompiledLoop {
  readonly def: LoopDef | undefined;
  readonly path: string;
  readonly parent: CompiledLoop | undefined;
  readonly segments: ReadonlySet<string>;
  readonly children: Map<string, CompiledLoop[]>;
  /** Shared, frozen placements (one allocation per loop, not per segment). */
  readonly opened: Placement;
  readonly inside: Placement;
  readonly unknown: Placement;
  /** The {@link steps} of each segment ID seen while this loop was the innermost open one. */
  readonly moves: Map<string, readonly Step[]>;
}

/** One way a segment can be placed: open `loop` (when its trigger matches) or stay inside it. */
interface Step {
  readonly loop: CompiledLoop;
  readonly open: boolean;
}

function compile(
  def: LoopDef | undefined,
  parent: CompiledLoop | undefined,
  segments: readonly string[],
  loops: readonly LoopDef[],
  ids: Set<string>,
): CompiledLoop {
  const path = def === undefined ? '' : parent?.path ? `${parent.path}/${def.id}` : def.id;
  const at = (opened: boolean, known: boolean): Placement =>
    Object.freeze({ loop: def, path, opened, known });
  const loop: CompiledLoop = {
    def,
    path,
    parent,
    segments: new Set(segments),
    children: new Map(),
    opened: at(true, true),
    inside: at(false, true),
    unknown: at(false, false),
    moves: new Map(),
  };
  for (const id of segments) ids.add(id);
  for (const child of loops) {
    ids.add(child.trigger.id);
    const compiled = compile(child, loop, child.segments, child.loops ?? [], ids);
    const list = loop.children.get(child.trigger.id) ?? [];
    list.push(compiled);
    loop.children.set(child.trigger.id, list);
  }
  return loop;
}

const conditional = (loop: CompiledLoop): boolean =>
  loop.def?.trigger.element !== undefined && loop.def.trigger.values !== undefined;

/**
 * The ways a segment `id` can be placed when `top` is the innermost open loop, in the order
 * they are tried: from `top` outwards, the child loops `id` triggers, then the loop itself when
 * it lists `id`. It ends at the first step that needs no element value to decide.
 */
function steps(top: CompiledLoop, id: string): Step[] {
  const out: Step[] = [];
  for (let loop: CompiledLoop | undefined = top; loop !== undefined; loop = loop.parent) {
    for (const child of loop.children.get(id) ?? []) {
      out.push({ loop: child, open: true });
      if (!conditional(child)) return out;
    }
    if (loop.segments.has(id)) {
      out.push({ loop, open: false });
      return out;
    }
  }
  return out;
}

function triggers(loop: CompiledLoop, seg: Segment): boolean {
  const t = loop.def?.trigger;
  if (t === undefined) return false;
  if (t.element === undefined || t.values === undefined) return true;
  return t.values.includes(element(seg, t.element));
}

/** Where a segment was placed by {@link LoopTracker.place}. */
export interface Placement {
  /** The innermost loop the segment belongs to, `undefined` for header/summary segments. */
  readonly loop: LoopDef | undefined;
  /** Loop IDs from the outermost, joined by `/` (e.g. `2000/2100/2110`); `''` outside loops. */
  readonly path: string;
  /** True when the segment started a new occurrence of `loop`. */
  readonly opened: boolean;
  /** False when no loop open or reachable accepts the segment (it stays where it was). */
  readonly known: boolean;
}

/**
 * Assigns each segment of a transaction set its loop, driven by a {@link TransactionGrammar}:
 * a segment belongs to the innermost open loop that lists it, or starts a child loop whose
 * trigger it matches; otherwise the open loops are closed from the inside out until one
 * accepts it (how TR3 loops nest: a new CLP closes 2110 and 2100, a new LX closes 2000).
 */
export class LoopTracker {
  readonly #root: CompiledLoop;
  /** Every segment ID the grammar names: others are never placed, and never memoized. */
  readonly #ids = new Set<string>();
  /** The innermost open loop; the open loops are it and its ancestors. */
  #top: CompiledLoop;

  constructor(grammar: TransactionGrammar) {
    this.#root = compile(undefined, undefined, grammar.segments, grammar.loops, this.#ids);
    this.#top = this.#root;
  }

  /** Starts a new transaction set (call at ST). */
  reset(): void {
    this.#top = this.#root;
  }

  /** Places one segment and updates the open loops. */
  place(seg: Segment): Placement {
    const top = this.#top;
    let moves = top.moves.get(seg.id);
    if (moves === undefined) {
      if (!this.#ids.has(seg.id)) return top.unknown;
      moves = steps(top, seg.id);
      top.moves.set(seg.id, moves);
    }
    for (const step of moves) {
      if (!step.open) {
        this.#top = step.loop;
        return step.loop.inside;
      }
      if (triggers(step.loop, seg)) {
        this.#top = step.loop;
        return step.loop.opened;
      }
    }
    return top.unknown;
  }
}
