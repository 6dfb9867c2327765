// The three engines the encoder benchmark compares, behind one shape: our index, and MiniSearch
// and FlexSearch indexing the same documents (same texts, fields grouped by their weight).
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import { buildSearchIndex, search, type SearchDocument } from '../packages/codes/src/index.ts';

export interface Engine {
  readonly name: string;
  /** Document ids, best first. */
  search(query: string, limit: number): number[];
}

/** Field weights used by the encoder documents; each baseline gets one field per weight. */
const WEIGHTS = [4, 3, 2, 1] as const;

function textsByWeight(doc: SearchDocument): Record<`w${(typeof WEIGHTS)[number]}`, string> {
  const out = { w4: '', w3: '', w2: '', w1: '' };
  for (const field of doc.fields) {
    const key = `w${Math.min(4, Math.max(1, Math.round(field.weight)))}` as keyof typeof out;
    out[key] = out[key] ? `${out[key]} \n ${field.text}` : field.text;
  }
  return out;
}

export function medbillEngine(documents: readonly SearchDocument[]): Engine {
  const index = buildSearchIndex(documents);
  return {
    name: 'medbill',
    search: (query, limit) => search(index, query, { limit }).map((hit) => hit.doc),
  };
}

/**
 * MiniSearch with its usual encoder settings: prefix search, fuzzy 0.2 (edit distance up to a
 * fifth of the word, at most 2 like ours), OR of the words, BM25+ with a boost per field weight; the code as a field
 * too, so that code-shaped queries have a chance.
 */
export function miniSearchEngine(documents: readonly SearchDocument[]): Engine {
  const mini = new MiniSearch<{
    id: number;
    code: string;
    w4: string;
    w3: string;
    w2: string;
    w1: string;
  }>({
    fields: ['code', 'w4', 'w3', 'w2', 'w1'],
    storeFields: [],
    searchOptions: {
      prefix: true,
      fuzzy: 0.2,
      maxFuzzy: 2,
      combineWith: 'OR',
      boost: { code: 4, w4: 4, w3: 3, w2: 2, w1: 1 },
    },
  });
  mini.addAll(documents.map((doc, id) => ({ id, code: doc.code, ...textsByWeight(doc) })));
  return {
    name: 'MiniSearch',
    search: (query, limit) =>
      mini
        .search(query)
        .slice(0, limit)
        .map((r) => r.id as number),
  };
}

/**
 * FlexSearch 0.8 with forward (prefix) tokenisation, the LatinBalance encoder (its fuzzy,
 * phonetic-light charset) and `suggest` (results that miss a word are kept). It has no field
 * weights inside one query, so each weight is its own index and the ranked lists are fused by
 * weighted reciprocal rank.
 */
export function flexSearchEngine(documents: readonly SearchDocument[]): Engine {
  const indexes = WEIGHTS.map((weight) => ({
    weight,
    index: new Index({ tokenize: 'forward', encoder: Charset.LatinBalance, resolution: 9 }),
  }));
  const codes = new Index({ tokenize: 'forward', encoder: Charset.Exact });
  documents.forEach((doc, id) => {
    const texts = textsByWeight(doc);
    for (const { weight, index } of indexes) {
      const text = texts[`w${weight}`];
      if (text) index.add(id, text);
    }
    codes.add(id, doc.code);
  });
  return {
    name: 'FlexSearch',
    search: (query, limit) => {
      const fused = new Map<number, number>();
      const take = (ids: readonly (number | string)[], weight: number) =>
        ids.forEach((id, rank) => {
          const doc = Number(id);
          fused.set(doc, (fused.get(doc) ?? 0) + weight / (rank + 10));
        });
      for (const { weight, index } of indexes)
        take(index.search(query, { limit: 50, suggest: true }), weight);
      take(codes.search(query.replace('.', ''), { limit: 20 }), 4);
      return [...fused]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([doc]) => doc);
    },
  };
}
