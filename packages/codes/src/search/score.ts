import type { SearchIndex } from './search-index.ts';
import { TopK } from './top-k.ts';

/** One way to match a query word: an index term and how much a match through it is worth. */
export type Alternative = { readonly term: number; readonly factor: number };

/** Per-document boosts that do not depend on the query words matched. */
export interface Boosts {
  /** Index terms of the query's first word: a title starting with one ranks higher. */
  readonly leading: ReadonlySet<number>;
  /** Documents the query names outright (an index main term's default code). */
  readonly named: ReadonlySet<number>;
  /** Documents with a field made of exactly the query's words (an inclusion term, an index path). */
  readonly exact: ReadonlySet<number>;
}

export interface Scored {
  readonly doc: number;
  readonly score: number;
  readonly matched: number;
}

const BILLABLE_BOOST = 1.05;
const LEADING_BOOST = 1.15;
const NAMED_BOOST = 2;
const EXACT_BOOST = 1.5;
const MAX_BOOST = BILLABLE_BOOST * LEADING_BOOST * NAMED_BOOST;
/** Postings the cheapest groups may cover before the rest only refine their candidates. */
const DRIVER_BUDGET = 20_000;

/** Buffers reused across queries on one index, so that a search allocates almost nothing. */
interface Scratch {
  readonly total: Float64Array;
  readonly best: Float64Array;
  readonly matched: Uint8Array;
  readonly mark: Uint32Array;
  readonly touched: Int32Array;
  readonly groupTouched: Int32Array;
  /** Per term, its highest posting score: the bound that lets whole groups be skipped. */
  readonly maxScore: Float32Array;
  epoch: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (scratch) return scratch;
  const n = index.codes.length;
  const maxScore = new Float32Array(index.terms.length);
  index.postingScores.forEach((scores, term) => {
    let max = 0;
    for (const s of scores) if (s > max) max = s;
    maxScore[term] = max;
  });
  scratch = {
    total: new Float64Array(n),
    best: new Float64Array(n),
    matched: new Uint8Array(n),
    mark: new Uint32Array(n),
    touched: new Int32Array(n),
    groupTouched: new Int32Array(n),
    maxScore,
    epoch: 0,
  };
  scratches.set(index, scratch);
  return scratch;
}

interface WeightedGroup {
  readonly terms: readonly { readonly term: number; readonly weight: number }[];
  readonly cost: number;
  readonly upper: number;
}

/**
 * BM25 over groups of alternatives: a document's score is the sum of its best alternative per
 * group, times (groups matched / groups)², times its boosts — so a code matching every word beats
 * one matching a frequent word many times.
 *
 * Exact, but not exhaustive (the MaxScore idea): the cheapest groups (rare words) are scanned in
 * full and make the candidates; the frequent words ("left", "initial", "fracture") only add to
 * those candidates. A document outside them matches frequent words only, so its score is at most
 * the frequent groups' upper bounds times their coverage squared; only if that bound could still
 * reach the k-th best score are the frequent groups scanned in full.
 */
export function scoreGroups(
  index: SearchIndex,
  groups: readonly (readonly Alternative[])[],
  boosts: Boosts,
  limit: number,
  accept: (code: string, doc: number) => boolean,
): Scored[] {
  const s = scratchFor(index);
  const n = index.codes.length;
  const weighted: WeightedGroup[] = groups.map((group) => {
    let cost = 0;
    let upper = 0;
    const terms = group.flatMap(({ term, factor }) => {
      const df = index.postingDocs[term]?.length ?? 0;
      if (df === 0) return [];
      const weight = factor * Math.log(1 + (n - df + 0.5) / (df + 0.5));
      cost += df;
      upper = Math.max(upper, weight * (s.maxScore[term] ?? 0));
      return [{ term, weight }];
    });
    return { terms, cost, upper };
  });
  const order = [...weighted].sort((a, b) => a.cost - b.cost);
  let budget = 0;
  const drivers = order.filter((g, i) => {
    budget += g.cost;
    return i === 0 || budget <= DRIVER_BUDGET;
  });
  const checkers = order.slice(drivers.length);

  if (s.epoch > 0xfffffff0) {
    s.mark.fill(0);
    s.epoch = 0;
  }
  // Two marks per query: candidates, then documents found by the second pass.
  s.epoch += 2;
  const epoch = s.epoch - 1;
  const second = s.epoch;
  let touched = 0;
  const enter = (doc: number) => {
    if (s.mark[doc] !== epoch) {
      s.mark[doc] = epoch;
      s.touched[touched] = doc;
      touched += 1;
    }
  };
  for (const group of drivers) accumulate(index, s, group, enter, undefined);
  for (const doc of boosts.named) enter(doc);
  for (const doc of boosts.exact) enter(doc);
  for (const group of checkers) accumulate(index, s, group, () => undefined, epoch);

  const top = new TopK(limit);
  const offer = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const doc = s.touched[i]!;
      const coverage = s.matched[doc]! / groups.length;
      const plain = s.total[doc]! * coverage * coverage;
      if (plain * MAX_BOOST <= top.threshold()) continue;
      const boost =
        (index.billable[doc] === 1 ? BILLABLE_BOOST : 1) *
        (boosts.leading.has(index.leadingTerm[doc]!) ? LEADING_BOOST : 1) *
        (boosts.named.has(doc)
          ? NAMED_BOOST
          : s.matched[doc] === groups.length && boosts.exact.has(doc)
            ? EXACT_BOOST
            : 1);
      const score = plain * boost;
      if (score > 0 && top.wouldKeep(score) && accept(index.codes[doc]!, doc))
        top.offer(doc, score);
    }
  };
  offer(0, touched);

  // Documents outside the candidates match checker groups only: can they still make the list?
  const rest = checkers.reduce((sum, g) => sum + g.upper, 0);
  const share = checkers.length / groups.length;
  if (
    checkers.length > 0 &&
    rest * share * share * BILLABLE_BOOST * LEADING_BOOST > top.threshold()
  ) {
    const candidates = touched;
    const outside = (doc: number) => {
      if (s.mark[doc] !== second) {
        s.mark[doc] = second;
        s.touched[touched] = doc;
        touched += 1;
      }
    };
    for (const group of checkers) accumulate(index, s, group, outside, undefined, epoch);
    offer(candidates, touched);
  }

  const out = top.sorted(index).map(({ doc, score }) => ({ doc, score, matched: s.matched[doc]! }));
  for (let i = 0; i < touched; i += 1) {
    const doc = s.touched[i]!;
    s.total[doc] = 0;
    s.matched[doc] = 0;
  }
  return out;
}

/**
 * Adds one group's best alternative to each document's total. With `only`, just the documents
 * marked with that epoch (the candidates); with `skip`, all but those marked with it.
 */
function accumulate(
  index: SearchIndex,
  s: Scratch,
  group: WeightedGroup,
  enter: (doc: number) => void,
  only: number | undefined,
  skip?: number,
): void {
  let count = 0;
  for (const { term, weight } of group.terms) {
    const docs = index.postingDocs[term]!;
    const scores = index.postingScores[term]!;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i]!;
      if (only !== undefined ? s.mark[doc] !== only : s.mark[doc] === skip) continue;
      const score = weight * scores[i]!;
      if (s.best[doc] === 0) {
        s.groupTouched[count] = doc;
        count += 1;
      }
      if (score > s.best[doc]!) s.best[doc] = score;
    }
  }
  for (let i = 0; i < count; i += 1) {
    const doc = s.groupTouched[i]!;
    enter(doc);
    s.total[doc] = s.total[doc]! + s.best[doc]!;
    s.matched[doc] = s.matched[doc]! + 1;
    s.best[doc] = 0;
  }
}
