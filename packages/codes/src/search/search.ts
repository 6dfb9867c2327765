import { ABBREVIATIONS, SYNONYMS } from './abbreviations.ts';
import { isStopword, stem, terms, words } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { phraseKey } from './search-index.ts';

export interface SearchHit {
  /** The document's position in the index (codes of different systems can share a string). */
  readonly doc: number;
  readonly code: string;
  readonly score: number;
  readonly billable: boolean;
  /** How many of the query's words the code matched. */
  readonly matched: number;
  readonly of: number;
}

export interface SearchOptions {
  readonly limit?: number;
  /** Keep only documents this accepts (e.g. one code system, or codes valid on the date of service). */
  readonly accept?: (code: string, doc: number) => boolean;
}

type Alternative = { readonly term: number; readonly factor: number };

const MAX_PREFIX_EXPANSIONS = 40;

const CODE_SHAPE = /^(?:[a-z]\d[0-9a-z](?:\.?[0-9a-z]{0,4})?|\d{4}[0-9ftu]|[a-v]\d{1,4})$/i;

/**
 * Free text in, ranked codes out. Each query word becomes a group of alternatives (its exact
 * term, abbreviation expansions, synonyms, prefix completions, near spellings) scored with BM25;
 * a code's score is the sum of its best alternative per group, scaled by the share of groups it
 * matched, so a code matching every word beats one matching a frequent word many times.
 * A code-shaped query ("E11.2", "k0001") lists that code and its children first.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const limit = options.limit ?? 20;
  const accept = options.accept ?? (() => true);
  const trimmed = query.trim();
  if (CODE_SHAPE.test(trimmed)) {
    const byCode = codeHits(index, trimmed.replace('.', '').toUpperCase(), limit, accept);
    if (byCode.length > 0) return byCode;
  }
  const groups = queryGroups(index, trimmed);
  if (groups.length === 0) return [];

  const n = index.codes.length;
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  for (const group of groups) {
    const groupTouched: number[] = [];
    for (const { term, factor } of group) {
      const docs = index.postingDocs[term];
      const scores = index.postingScores[term];
      if (!docs || !scores) continue;
      const weight = factor * Math.log(1 + (n - docs.length + 0.5) / (docs.length + 0.5));
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        const score = weight * scores[i]!;
        if (best[doc] === 0) groupTouched.push(doc);
        if (score > best[doc]!) best[doc] = score;
      }
    }
    for (const doc of groupTouched) {
      if (matched[doc] === 0) touched.push(doc);
      total[doc] = total[doc]! + best[doc]!;
      matched[doc] = matched[doc]! + 1;
      best[doc] = 0;
    }
  }

  const top = new TopK(limit);
  const leading = new Set(groups[0]?.map((a) => a.term));
  const named = namedDocuments(index, groups);
  for (const doc of touched) {
    const coverage = matched[doc]! / groups.length;
    const boost =
      (index.billable[doc] === 1 ? 1.05 : 1) *
      (leading.has(index.leadingTerm[doc]!) ? 1.15 : 1) *
      (named.has(doc) ? 2 : 1);
    const score = total[doc]! * coverage * coverage * boost;
    if (top.wouldKeep(score) && accept(index.codes[doc]!, doc)) top.offer(doc, score);
  }
  return top.sorted(index).map(({ doc, score }) => ({
    doc,
    code: index.codes[doc]!,
    score,
    billable: index.billable[doc] === 1,
    matched: matched[doc]!,
    of: groups.length,
  }));
}

/**
 * Documents named outright by the query: those with a phrase made of one strong alternative
 * per query word ("htn" → "hypertension" names I10, the index main term's default).
 */
function namedDocuments(index: SearchIndex, groups: readonly Alternative[][]): Set<number> {
  let keys: string[][] = [[]];
  for (const group of groups) {
    const strong = group.filter((a) => a.factor >= 0.85).slice(0, 3);
    keys = keys
      .flatMap((key) => strong.map((a) => [...key, index.terms[a.term] ?? '']))
      .slice(0, 27);
  }
  const named = new Set<number>();
  for (const key of keys) for (const doc of index.phrases.get(phraseKey(key)) ?? []) named.add(doc);
  return named;
}

function queryGroups(index: SearchIndex, query: string): Alternative[][] {
  const groups: Alternative[][] = [];
  const queryWords = words(query).filter((w) => !isStopword(w));
  queryWords.forEach((word, position) => {
    const expansion = ABBREVIATIONS[word];
    if (expansion && expansion.length === 1 && terms(expansion[0] ?? '').length > 1) {
      for (const term of terms(expansion[0] ?? ''))
        groups.push(alternativesFor(index, term, false));
      return;
    }
    const group = alternativesFor(index, stem(word), position === queryWords.length - 1);
    (expansion ?? []).forEach((phrase, rank) => {
      for (const term of terms(phrase)) add(group, index.termIds.get(term), rank === 0 ? 1 : 0.85);
    });
    for (const synonym of SYNONYMS[word] ?? []) add(group, index.termIds.get(stem(synonym)), 0.8);
    if (group.length > 0) groups.push(group);
  });
  return groups;
}

function alternativesFor(index: SearchIndex, term: string, isLastWord: boolean): Alternative[] {
  const group: Alternative[] = [];
  const exact = index.termIds.get(term);
  add(group, exact, 1);
  if (/^\d+$/.test(term)) {
    for (const id of prefixTerms(index, term))
      if (/^\d+[a-z]$/.test(index.terms[id] ?? '')) add(group, id, 0.9);
    return group;
  }
  if (isLastWord || exact === undefined) {
    for (const id of prefixTerms(index, term)) add(group, id, 0.7);
  }
  if (term.length >= 4 && (exact === undefined || (index.postingDocs[exact]?.length ?? 0) < 3)) {
    for (const { id, distance } of index.typos.near(term, term.length >= 8 ? 2 : 1))
      add(group, id, distance === 1 ? 0.6 : 0.4);
  }
  return group;
}

function add(group: Alternative[], term: number | undefined, factor: number): void {
  if (term === undefined) return;
  const existing = group.find((a) => a.term === term);
  if (!existing) group.push({ term, factor });
  else if (existing.factor < factor) group[group.indexOf(existing)] = { term, factor };
}

function prefixTerms(index: SearchIndex, prefix: string): number[] {
  const sorted = index.sortedTermIds;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.terms[sorted[mid]!] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && out.length < MAX_PREFIX_EXPANSIONS; i += 1) {
    const id = sorted[i]!;
    const term = index.terms[id] ?? '';
    if (!term.startsWith(prefix)) break;
    if (term !== prefix) out.push(id);
  }
  return out;
}

function codeHits(
  index: SearchIndex,
  code: string,
  limit: number,
  accept: (code: string, doc: number) => boolean,
): SearchHit[] {
  const order = index.codeOrder;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.codes[order[mid]!] ?? '') < code) lo = mid + 1;
    else hi = mid;
  }
  const hits: SearchHit[] = [];
  for (let i = lo; i < order.length && hits.length < limit; i += 1) {
    const doc = order[i]!;
    const candidate = index.codes[doc] ?? '';
    if (!candidate.startsWith(code)) break;
    if (!accept(candidate, doc)) continue;
    hits.push({
      doc,
      code: candidate,
      score: candidate === code ? 2 : 1,
      billable: index.billable[doc] === 1,
      matched: 1,
      of: 1,
    });
  }
  return hits;
}

/** The k best documents by score, kept in a small min-heap. */
class TopK {
  readonly #docs: number[] = [];
  readonly #scores: number[] = [];
  readonly #k: number;

  constructor(k: number) {
    this.#k = k;
  }

  wouldKeep(score: number): boolean {
    return this.#docs.length < this.#k || score > this.#scores[0]!;
  }

  offer(doc: number, score: number): void {
    if (this.#docs.length < this.#k) {
      this.#docs.push(doc);
      this.#scores.push(score);
      this.#up(this.#docs.length - 1);
    } else {
      this.#docs[0] = doc;
      this.#scores[0] = score;
      this.#down(0);
    }
  }

  sorted(index: SearchIndex): { doc: number; score: number }[] {
    return this.#docs
      .map((doc, i) => ({ doc, score: this.#scores[i]! }))
      .sort((a, b) => b.score - a.score || codeOrder(index.codes[a.doc]!, index.codes[b.doc]!));
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.#scores[parent]! <= this.#scores[i]!) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.#docs.length && this.#scores[left]! < this.#scores[smallest]!)
        smallest = left;
      if (right < this.#docs.length && this.#scores[right]! < this.#scores[smallest]!)
        smallest = right;
      if (smallest === i) return;
      this.#swap(i, smallest);
      i = smallest;
    }
  }

  #swap(a: number, b: number): void {
    [this.#docs[a], this.#docs[b]] = [this.#docs[b]!, this.#docs[a]!];
    [this.#scores[a], this.#scores[b]] = [this.#scores[b]!, this.#scores[a]!];
  }
}

/** Shorter (less specific) codes first on equal scores, then alphabetical. */
const codeOrder = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
