import { ABBREVIATIONS, SYNONYMS } from './abbreviations.ts';
import { isStopword, stem, terms, words } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { phraseKey } from './search-index.ts';
import { fieldPhraseDocs, termSetHash } from './field-phrases.ts';
import { scoreGroups, type Alternative } from './score.ts';

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

const MAX_PREFIX_EXPANSIONS = 24;
/** A synonym a note uses for the title's word ("replacement" → "artificial") counts nearly in full. */
const SYNONYM_FACTOR = 0.9;
/** Whole-field matches also through completions (0.7) and near spellings (0.6). */
const EXACT_FLOOR = 0.6;

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

  const leading = new Set(groups[0]?.map((a) => a.term));
  const { named, exact } = namedDocuments(index, groups);
  return scoreGroups(index, groups, { leading, named, exact }, limit, accept).map(
    ({ doc, score, matched }) => ({
      doc,
      code: index.codes[doc]!,
      score,
      billable: index.billable[doc] === 1,
      matched,
      of: groups.length,
    }),
  );
}

/**
 * Documents named outright by the query, from one strong alternative per query word (exact
 * words and abbreviation expansions): `named` have it as a phrase ("htn" → "hypertension" names
 * I10, the index main term's default); `exact` have a field that says exactly it, no more.
 */
function namedDocuments(
  index: SearchIndex,
  groups: readonly Alternative[][],
): { named: Set<number>; exact: Set<number> } {
  const named = new Set<number>();
  const exact = new Set<number>();
  for (const [floor, into] of [
    [0.85, named],
    [EXACT_FLOOR, exact],
  ] as const) {
    let keys: number[][] = [[]];
    for (const group of groups) {
      const strong = group
        .filter((a) => a.factor >= floor)
        .sort((a, b) => b.factor - a.factor)
        .slice(0, 3);
      keys = keys.flatMap((key) => strong.map((a) => [...key, a.term])).slice(0, 27);
    }
    for (const key of keys) {
      if (key.length === 0) continue;
      if (into === named) {
        const phrase = phraseKey(key.map((term) => index.terms[term] ?? ''));
        for (const doc of index.phrases.get(phrase) ?? []) into.add(doc);
      } else {
        for (const doc of fieldPhraseDocs(index.fieldPhrases, termSetHash(key))) into.add(doc);
      }
    }
  }
  return { named, exact };
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
    for (const synonym of SYNONYMS[word] ?? [])
      add(group, index.termIds.get(stem(synonym)), SYNONYM_FACTOR);
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

/**
 * Completions of a word being typed, the most frequent first ("dis" → disease, disorder…): the
 * common completions are what a coder most likely means, and the cap bounds the work.
 */
function prefixTerms(index: SearchIndex, prefix: string): number[] {
  if (prefix.length < 2) return [];
  const sorted = index.sortedTermIds;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.terms[sorted[mid]!] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length; i += 1) {
    const id = sorted[i]!;
    const term = index.terms[id] ?? '';
    if (!term.startsWith(prefix)) break;
    if (term !== prefix) out.push(id);
  }
  const df = (id: number) => index.postingDocs[id]?.length ?? 0;
  return out.length <= MAX_PREFIX_EXPANSIONS
    ? out
    : out.sort((a, b) => df(b) - df(a)).slice(0, MAX_PREFIX_EXPANSIONS);
}

/**
 * The code typed and the codes that start with it, in code order (the exact code first); none
 * when no code starts with it. For code systems whose codes do not look like ICD-10-CM, HCPCS or
 * CPT codes (ICD-10-PCS `0DTJ4ZZ`).
 */
export function searchByCode(
  index: SearchIndex,
  code: string,
  options: SearchOptions = {},
): SearchHit[] {
  return codeHits(index, code, options.limit ?? 20, options.accept ?? (() => true));
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
