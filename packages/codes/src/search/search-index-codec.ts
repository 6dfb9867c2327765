import { BinaryParts, packParts, peekText } from '../common/binary-parts.ts';
import { MedbillError } from '@medbill/core';
import { ENCODER_VERSION, type Encoder } from './encoder.ts';
import type { SearchIndex } from './search-index.ts';
import type { SearchSystem } from './search-documents.ts';
import { TypoIndex } from './typo-index.ts';

/** Stored by position: append new systems, never reorder. */
const SYSTEMS: readonly SearchSystem[] = ['icd10cm', 'hcpcs', 'cpt', 'icd10pcs'];
/** Codes, terms and phrase keys never hold a line break (they are normalised words and codes). */
const SEP = '\n';

/**
 * The encoder as a binary section of the code-set snapshot, so that a server start reads the
 * index instead of building it: postings as one array of documents and one of scores with an
 * offset per term, texts as line-separated lists, the typo and whole-field lookups as their
 * sorted key arrays. {@link decodeEncoder} gives back an index that answers every query exactly
 * as the one encoded.
 */
export function encodeEncoder({ index, systems }: Encoder): Uint8Array {
  const postingOffsets = new Int32Array(index.postingDocs.length + 1);
  index.postingDocs.forEach((docs, term) => {
    postingOffsets[term + 1] = (postingOffsets[term] ?? 0) + docs.length;
  });
  const postingDocs = new Int32Array(postingOffsets.at(-1) ?? 0);
  const postingScores = new Float32Array(postingDocs.length);
  index.postingDocs.forEach((docs, term) => postingDocs.set(docs, postingOffsets[term]));
  index.postingScores.forEach((scores, term) => postingScores.set(scores, postingOffsets[term]));

  const phraseKeys = [...index.phrases.keys()];
  const phraseOffsets = new Int32Array(phraseKeys.length + 1);
  phraseKeys.forEach((key, i) => {
    phraseOffsets[i + 1] = (phraseOffsets[i] ?? 0) + (index.phrases.get(key)?.length ?? 0);
  });
  const phraseDocs = Int32Array.from(phraseKeys.flatMap((key) => index.phrases.get(key) ?? []));

  return packParts({
    version: String(ENCODER_VERSION),
    codes: index.codes.join(SEP),
    systems: Uint8Array.from(systems, (system) => SYSTEMS.indexOf(system)),
    billable: index.billable,
    terms: index.terms.join(SEP),
    sortedTermIds: index.sortedTermIds,
    postingOffsets,
    postingDocs,
    postingScores,
    leadingTerm: index.leadingTerm,
    typoKeys: index.typos.keys,
    codeOrder: index.codeOrder,
    phraseKeys: phraseKeys.join(SEP),
    phraseOffsets,
    phraseDocs,
    fieldPhraseKeys: index.fieldPhrases.keys,
  });
}

/** Whether an encoder section is of the current {@link ENCODER_VERSION}, read without decoding it. */
export function isCurrentEncoder(bytes: Uint8Array): boolean {
  return peekText(bytes, 'version') === String(ENCODER_VERSION);
}

/**
 * Reads {@link encodeEncoder}'s section, the typed arrays as views over a copy; undefined when
 * another {@link ENCODER_VERSION} wrote it (it is then rebuilt).
 */
export function decodeEncoder(bytes: Uint8Array): Encoder | undefined {
  const parts = new BinaryParts(bytes);
  if (!parts.has('version') || parts.text('version') !== String(ENCODER_VERSION)) return undefined;
  const lines = (name: string) => {
    const text = parts.text(name);
    return text === '' ? [] : text.split(SEP);
  };
  const terms = lines('terms');
  const postingOffsets = parts.int32('postingOffsets');
  const postingDocs = parts.int32('postingDocs');
  const postingScores = parts.float32('postingScores');
  const postingsOf = <T extends Int32Array | Float32Array>(all: T) =>
    terms.map((_, term) => all.subarray(postingOffsets[term], postingOffsets[term + 1]) as T);

  const phraseOffsets = parts.int32('phraseOffsets');
  const phraseDocs = parts.int32('phraseDocs');
  const phrases = new Map(
    lines('phraseKeys').map((key, i) => [
      key,
      Array.from(phraseDocs.subarray(phraseOffsets[i], phraseOffsets[i + 1])),
    ]),
  );

  const index: SearchIndex = {
    codes: lines('codes'),
    billable: parts.uint8('billable'),
    termIds: new Map(terms.map((term, id) => [term, id])),
    terms,
    sortedTermIds: parts.int32('sortedTermIds'),
    postingDocs: postingsOf(postingDocs),
    postingScores: postingsOf(postingScores),
    leadingTerm: parts.int32('leadingTerm'),
    typos: new TypoIndex(terms, parts.float64('typoKeys')),
    codeOrder: parts.int32('codeOrder'),
    phrases,
    fieldPhrases: { keys: parts.float64('fieldPhraseKeys') },
  };
  const systems = Array.from(parts.uint8('systems'), (i) => {
    const system = SYSTEMS[i];
    if (!system) throw new MedbillError('invalid', `encoder section names code system #${i}`);
    return system;
  });
  return { index, systems };
}
