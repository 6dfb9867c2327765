import type { Segment } from './segment.ts';

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
  readonly segments: ReadonlySet<string>;
  readonly children: ReadonlyMap<string, readonly CompiledLoop[]>;
  /** Shared, frozen placements (one allocation per loop, not per segment). */
  readonly opened: Placement;
  readonly inside: Placement;
  readonly unknown: Placement;
}

function compile(
  def: LoopDef | undefined,
  path: string,
  segments: readonly string[],
  loops: readonly LoopDef[],
): CompiledLoop {
  const children = new Map<string, CompiledLoop[]>();
  for (const child of loops) {
    const compiled = compile(
      child,
      path === '' ? child.id : `${path}/${child.id}`,
      child.segments,
      child.loops ?? [],
    );
    const list = children.get(child.trigger.id) ?? [];
    list.push(compiled);
    children.set(child.trigger.id, list);
  }
  const at = (opened: boolean, known: boolean): Placement =>
    Object.freeze({ loop: def, path, opened, known });
  return {
    def,
    path,
    segments: new Set(segments),
    children,
    opened: at(true, true),
    inside: at(false, true),
    unknown: at(false, false),
  };
}

function triggers(loop: CompiledLoop, seg: Segment): boolean {
  const t = loop.def?.trigger;
  if (t === undefined) return false;
  if (t.element === undefined || t.values === undefined) return true;
  const raw = seg.elements[t.element - 1] ?? '';
  return t.values.includes(raw);
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
  #stack: CompiledLoop[];

  constructor(grammar: TransactionGrammar) {
    this.#root = compile(undefined, '', grammar.segments, grammar.loops);
    this.#stack = [this.#root];
  }

  /** Starts a new transaction set (call at ST). */
  reset(): void {
    this.#stack = [this.#root];
  }

  /** Places one segment and updates the open loops. */
  place(seg: Segment): Placement {
    const stack = this.#stack;
    for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
      const loop = stack[depth];
      if (loop === undefined) break;
      const candidates = loop.children.get(seg.id);
      if (candidates !== undefined) {
        for (const child of candidates) {
          if (!triggers(child, seg)) continue;
          stack.length = depth + 1;
          stack.push(child);
          return child.opened;
        }
      }
      if (loop.segments.has(seg.id)) {
        stack.length = depth + 1;
        return loop.inside;
      }
    }
    return (stack[stack.length - 1] ?? this.#root).unknown;
  }
}
