// The encoder's evaluation set, made from the official data itself: Tabular List inclusion terms
// and Alphabetic Index paths (main term + subterms) as queries, the code they name as the
// answer, rewritten the way clinical notes say things. Deterministic for a given seed.
import {
  normalizeIcd10cmCode,
  stem,
  terms,
  walkIndexTerms,
  words,
  type CodeSets,
  type SearchDocument,
  type SearchSystem,
} from '../packages/codes/src/index.ts';
import { ABBREVIATIONS } from '../packages/codes/src/search/abbreviations.ts';
import { isStopword } from '../packages/codes/src/search/normalize.ts';

export const REWRITE_KINDS = [
  'as printed',
  'word order',
  'abbreviation',
  'plural/singular',
  'no stopwords',
  'typo',
  'all combined',
] as const;
export type RewriteKind = (typeof REWRITE_KINDS)[number];

export interface EvalQuery {
  readonly query: string;
  /** The answer's document id in the encoder documents. */
  readonly answer: number;
  readonly code: string;
  readonly source: 'inclusion term' | 'index path';
  readonly kind: RewriteKind;
}

interface Item {
  readonly text: string;
  readonly answer: number;
  readonly source: EvalQuery['source'];
}

/** mulberry32: a small seeded PRNG, so that the set is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bag = (text: string) => [...new Set(terms(text))].sort().join(' ');

/**
 * Every (text, billable code) pair the official files give, minus those copied from the code's
 * own long title (as a bag of index terms: they test nothing) and those whose text names more
 * than one code (ambiguous by construction).
 */
function sourceItems(
  codeSets: CodeSets,
  documents: readonly SearchDocument[],
  systems: readonly SearchSystem[],
): Item[] {
  const icd = new Map<string, number>();
  documents.forEach((doc, id) => {
    if (systems[id] === 'icd10cm' && doc.billable) icd.set(doc.code, id);
  });
  const raw: Item[] = [];
  const store = codeSets.icd10cm;
  for (const node of store?.tabular?.nodes.values() ?? []) {
    const answer = icd.get(node.name.replace('.', ''));
    if (answer === undefined) continue;
    for (const note of node.notes)
      if (note.kind === 'inclusionTerm')
        raw.push({ text: note.text, answer, source: 'inclusion term' });
  }
  for (const index of store?.indexes ?? []) {
    if (index.kind !== 'index') continue;
    for (const { term, path } of walkIndexTerms(index.mainTerms)) {
      if (term.codes.length !== 1 || term.see.length > 0) continue;
      const code = normalizeIcd10cmCode((term.codes[0] ?? '').replace(/[-.]+$/, ''));
      const answer = code ? icd.get(code) : undefined;
      if (answer === undefined) continue;
      const [main = '', ...rest] = path;
      const text = [main.split(/,\s*/)[0] ?? main, ...rest].join(' ');
      raw.push({ text, answer, source: 'index path' });
    }
  }
  const answersByBag = new Map<string, Set<number>>();
  for (const item of raw) {
    const key = bag(item.text);
    answersByBag.set(key, (answersByBag.get(key) ?? new Set()).add(item.answer));
  }
  const seen = new Set<string>();
  return raw.filter((item) => {
    const key = bag(item.text);
    if (!key || seen.has(key) || (answersByBag.get(key)?.size ?? 0) > 1) return false;
    seen.add(key);
    const title = documents[item.answer]?.fields[0]?.text ?? '';
    return key !== bag(title);
  });
}

/** Note shorthand for a phrase: the reverse of the encoder's abbreviation table. */
const SHORTHAND: readonly { readonly phrase: readonly string[]; readonly abbr: string }[] =
  Object.entries(ABBREVIATIONS)
    .flatMap(([abbr, phrases]) => phrases.map((p) => ({ phrase: words(p).map(stem), abbr })))
    .sort((a, b) => b.phrase.length - a.phrase.length);

function abbreviate(ws: readonly string[]): string[] | undefined {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < ws.length;) {
    const hit = SHORTHAND.find(({ phrase }) =>
      phrase.every((p, k) => ws[i + k] !== undefined && stem(ws[i + k] ?? '') === p),
    );
    if (hit) {
      out.push(hit.abbr);
      i += hit.phrase.length;
      changed = true;
    } else {
      out.push(ws[i] ?? '');
      i += 1;
    }
  }
  return changed ? out : undefined;
}

function flipNumber(word: string): string {
  const singular = stem(word);
  if (singular !== word) return singular;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] ?? 'e';
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word.slice(0, at) + (letter === word[at] ? 'q' : letter) + word.slice(at + 1);
  }
}

const pick = <T>(list: readonly T[], random: () => number): T | undefined =>
  list[Math.floor(random() * list.length)];

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One rewrite of a text, or undefined when the rewrite does not apply to it. */
export function rewrite(text: string, kind: RewriteKind, random: () => number): string | undefined {
  const ws = words(text);
  const changeOne = (ok: (w: string) => boolean, change: (w: string) => string) => {
    const candidates = ws.flatMap((w, i) => (ok(w) ? [i] : []));
    const at = pick(candidates, random);
    return at === undefined ? undefined : ws.map((w, i) => (i === at ? change(w) : w));
  };
  let out: string[] | undefined;
  switch (kind) {
    case 'as printed':
      return text;
    case 'word order':
      out = new Set(ws).size > 1 ? shuffled(ws, random) : undefined;
      if (out && out.join(' ') === ws.join(' ')) out = [...ws.slice(1), ...ws.slice(0, 1)];
      break;
    case 'abbreviation':
      out = abbreviate(ws);
      break;
    case 'plural/singular':
      out = changeOne((w) => w.length >= 4 && /^[a-z]+$/.test(w) && !isStopword(w), flipNumber);
      break;
    case 'no stopwords':
      out = ws.some(isStopword) ? ws.filter((w) => !isStopword(w)) : undefined;
      break;
    case 'typo':
      out = changeOne(
        (w) => w.length >= 7 && /^[a-z]+$/.test(w),
        (w) => typo(w, random),
      );
      break;
    case 'all combined': {
      const short = abbreviate(ws) ?? ws;
      const kept = short.filter((w) => !isStopword(w));
      const mixed = shuffled(kept, random);
      const long = mixed.findIndex((w) => w.length >= 7 && /^[a-z]+$/.test(w));
      out = mixed.map((w, i) => (i === long ? typo(w, random) : w));
      break;
    }
  }
  return out && out.length > 0 && out.join(' ') !== ws.join(' ') ? out.join(' ') : undefined;
}

/**
 * `perKind` queries of each rewrite kind, half from inclusion terms and half from index paths,
 * each kind drawing its own seeded sample of source items.
 */
export function evaluationSet(
  codeSets: CodeSets,
  documents: readonly SearchDocument[],
  systems: readonly SearchSystem[],
  { seed, perKind }: { seed: number; perKind: number },
): { queries: EvalQuery[]; items: number } {
  const items = sourceItems(codeSets, documents, systems);
  const queries: EvalQuery[] = [];
  REWRITE_KINDS.forEach((kind, k) => {
    const random = prng(seed * 31 + k);
    for (const source of ['inclusion term', 'index path'] as const) {
      let taken = 0;
      for (const item of shuffled(
        items.filter((i) => i.source === source),
        random,
      )) {
        if (taken >= perKind / 2) break;
        const query = rewrite(item.text, kind, random);
        if (query === undefined) continue;
        const code = documents[item.answer]?.code ?? '';
        queries.push({ query, answer: item.answer, code, source, kind });
        taken += 1;
      }
    }
  });
  return { queries, items: items.length };
}
