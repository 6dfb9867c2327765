import { terms } from './normalize.ts';
import { buildFieldPhrases, type FieldPhrases } from './field-phrases.ts';
import { TypoIndex } from './typo-index.ts';

/** One searchable text of a code, weighted: title 3, inclusion/index terms 2, notes 1. */
export interface SearchField {
  readonly text: string;
  readonly weight: number;
}

export interface SearchDocument {
  readonly code: string;
  readonly billable: boolean;
  /** The first field is the title; its length normalises the score. */
  readonly fields: readonly SearchField[];
  /**
   * Phrases that name this code outright when typed whole, such as the Alphabetic Index main
   * term whose default it is ("Pneumonia" → J18.9, "Hypertension" → I10).
   */
  readonly phrases?: readonly string[];
}

/**
 * An inverted index over code texts, compact enough to hold every ICD-10-CM and HCPCS code in
 * memory: postings are typed arrays, terms are sorted for prefix expansion, and a deletion
 * index gives typo tolerance. Hand-written because the encoder's ranking (coverage of the
 * query, billable codes, code-shaped queries) is the product's own.
 */
export interface SearchIndex {
  readonly codes: readonly string[];
  readonly billable: Uint8Array;
  readonly termIds: ReadonlyMap<string, number>;
  /** Term strings by id. */
  readonly terms: readonly string[];
  /** Term ids sorted by their string, for prefix search. */
  readonly sortedTermIds: Int32Array;
  readonly postingDocs: readonly Int32Array[];
  /** Per posting, the BM25 term-frequency part with the title-length norm already applied. */
  readonly postingScores: readonly Float32Array[];
  /** The first term of each title, for the "title starts with what was typed" boost. */
  readonly leadingTerm: Int32Array;
  readonly typos: TypoIndex;
  /** Codes without dots, sorted, with their document ids, for code-shaped queries. */
  readonly codeOrder: Int32Array;
  /** Document ids by {@link phraseKey} of their phrases. */
  readonly phrases: ReadonlyMap<string, readonly number[]>;
  /** Documents by the term set of each of their fields, for whole-field matches. */
  readonly fieldPhrases: FieldPhrases;
}

/** A phrase as a bag of its index terms, so that word order does not matter. */
export function phraseKey(termList: readonly string[]): string {
  return [...new Set(termList)].sort().join(' ');
}

/** BM25 parameters: saturation and title-length normalisation (titles are short, so B is mild). */
const K1 = 1.2;
const B = 0.6;

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const docsPerTerm: number[][] = [];
  const weightsPerTerm: number[][] = [];
  const titleLength = new Float32Array(documents.length);
  const leadingTerm = new Int32Array(documents.length).fill(-1);
  const fieldTermIds: number[][][] = [];

  documents.forEach((doc, docId) => {
    const weights = new Map<number, number>();
    const fields: number[][] = [];
    fieldTermIds.push(fields);
    doc.fields.forEach((field, index) => {
      const fieldTerms = terms(field.text);
      const ids: number[] = [];
      fields.push(ids);
      if (index === 0) titleLength[docId] = Math.max(1, fieldTerms.length);
      fieldTerms.forEach((term, position) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termList.length;
          termIds.set(term, id);
          termList.push(term);
          docsPerTerm.push([]);
          weightsPerTerm.push([]);
        }
        ids.push(id);
        if (index === 0 && position === 0) leadingTerm[docId] = id;
        // A term counts once per field, at the field's weight; repeats across fields add a little.
        const current = weights.get(id) ?? 0;
        weights.set(id, Math.max(current, field.weight) + Math.min(current, field.weight) * 0.1);
      });
    });
    for (const [id, weight] of weights) {
      docsPerTerm[id]?.push(docId);
      weightsPerTerm[id]?.push(weight);
    }
  });

  const phrases = new Map<string, number[]>();
  documents.forEach((doc, docId) => {
    for (const phrase of doc.phrases ?? []) {
      const key = phraseKey(terms(phrase));
      if (key) phrases.set(key, [...(phrases.get(key) ?? []), docId]);
    }
  });
  const sortedTermIds = Int32Array.from(termList.keys()).sort((a, b) =>
    compare(termList[a] ?? '', termList[b] ?? ''),
  );
  const codeOrder = Int32Array.from(documents.keys()).sort((a, b) =>
    compare(documents[a]?.code ?? '', documents[b]?.code ?? ''),
  );
  const averageLength = titleLength.reduce((a, b) => a + b, 0) / Math.max(1, documents.length);
  return {
    codes: documents.map((d) => d.code),
    billable: Uint8Array.from(documents, (d) => (d.billable ? 1 : 0)),
    leadingTerm,
    termIds,
    terms: termList,
    sortedTermIds,
    postingDocs: docsPerTerm.map((list) => Int32Array.from(list)),
    postingScores: weightsPerTerm.map((weights, term) => {
      const docs = docsPerTerm[term] ?? [];
      const out = new Float32Array(weights.length);
      for (let i = 0; i < weights.length; i += 1) {
        const tf = weights[i]!;
        const norm = K1 * (1 - B + (B * (titleLength[docs[i]!] ?? 1)) / averageLength);
        out[i] = (tf * (K1 + 1)) / (tf + norm);
      }
      return out;
    }),
    typos: TypoIndex.build(termList),
    codeOrder,
    phrases,
    fieldPhrases: buildFieldPhrases(fieldTermIds),
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
